/** situation.preview / situation.confirm through the real dispatch, on a real SQLite profile (today 2026-11-26). */
import { describe, expect, it } from 'vitest';
import { call, callError, signIn } from '../../../fixtures/core';
import { count, MAIN_2026, situationCase } from './situation-fixture';

const toComplementary = { kind: 'category', category: 'complementary', effectiveDate: '2026-10-01' } as const;

describe('a category change: preview, then confirm', () => {
  it('the preview answers Q4 2026 925.59 → 102.40 (Liantis 2026, incl. 3.95 %) and writes nothing', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    const outboxBefore = count(core, 'outbox');
    const preview = await call(core, 'situation.preview', { personId, change: toComplementary });
    expect(preview.quarters).toEqual([
      {
        quarter: '2026-Q4',
        before: { contribution: 89_042, fee: 3_517, total: 92_559, dueDate: '2026-12-31' },
        after: { contribution: 9_851, fee: 389, total: 10_240, dueDate: '2026-12-31' },
        difference: -82_319,
        action: 'replace',
      },
    ]);
    expect(preview.notice).toBe('due-notice');
    expect(preview.subject).toMatchObject({ entity: 'affiliation', rowVersion: 1 });
    expect(count(core, 'outbox')).toBe(outboxBefore);
    expect(count(core, 'situation_changes')).toBe(0);
  });

  it('the confirmation cancels the Q4 claim (kept), claims 102.40 with the same communication, closes the period and queues the due notice', async () => {
    const { core, personId, affiliationId, contributionIds } = situationCase();
    await signIn(core);
    const preview = await call(core, 'situation.preview', { personId, change: toComplementary });
    const outboxBefore = count(core, 'outbox');
    const auditBefore = count(core, 'audit_log');
    const done = await call(core, 'situation.confirm', {
      personId,
      rowVersion: preview.subject.rowVersion,
      change: toComplementary,
    });
    expect(done.quarters).toEqual(preview.quarters);
    const sqlite = core.db.$client;
    expect(sqlite.prepare('SELECT category FROM affiliations WHERE id = ?').get(affiliationId)).toEqual({
      category: 'complementary',
    });
    expect(sqlite.prepare('SELECT status FROM contributions WHERE id = ?').get(contributionIds[3])).toEqual({
      status: 'cancelled',
    });
    expect(
      sqlite
        .prepare(
          "SELECT amount_cents AS a, fee_cents AS f, structured_communication AS s FROM contributions WHERE quarter = 4 AND status = 'open'",
        )
        .all(),
    ).toEqual([{ a: 9_851, f: 389, s: '000000002024' }]);
    expect(
      sqlite
        .prepare('SELECT category, valid_from AS f, valid_to AS t, reason FROM affiliation_periods ORDER BY valid_from')
        .all(),
    ).toEqual([
      { category: 'main', f: '2025-01-01', t: '2026-09-30', reason: 'intake' },
      { category: 'complementary', f: '2026-10-01', t: null, reason: 'category-change' },
    ]);
    expect(sqlite.prepare('SELECT kind, status, source_entity AS s FROM letter_queue').all()).toEqual([
      { kind: 'due-notice', status: 'queued', s: 'situationChange' },
    ]);
    expect(
      sqlite.prepare('SELECT kind, effective_date AS d, difference_cents AS c FROM situation_changes').get(),
    ).toEqual({ kind: 'category', d: '2026-10-01', c: -82_319 });
    // affiliation, period closed, period opened, Q4 cancelled, Q4 claimed, change, letter: one record and one audit line each.
    expect(count(core, 'outbox') - outboxBefore).toBe(7);
    expect(count(core, 'audit_log') - auditBefore).toBe(7);
  });

  it('refuses a stale row version and writes nothing', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    await call(core, 'situation.confirm', { personId, rowVersion: 1, change: toComplementary });
    const outboxBefore = count(core, 'outbox');
    const error = await callError(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'cessation', reason: 'cessation', effectiveDate: '2026-11-02' },
    });
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
    expect(count(core, 'outbox')).toBe(outboxBefore);
    expect(count(core, 'situation_changes')).toBe(1);
  });

  it('a refused change (same category) is a translated validation error and writes nothing', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    const error = await callError(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'category', category: 'main', effectiveDate: '2026-10-01' },
    });
    expect(error).toMatchObject({ code: 'validation', messageKey: 'situation.errors.sameCategory' });
    expect(count(core, 'situation_changes')).toBe(0);
  });
});

describe('a cessation and a resumption', () => {
  it('bankruptcy on 2026-05-15 ends the affiliation on 2026-06-30, cancels Q3 and Q4 (925.59 each) and records the reason', async () => {
    const { core, personId, affiliationId, contributionIds } = situationCase();
    await signIn(core);
    const change = { kind: 'cessation', reason: 'bankruptcy', effectiveDate: '2026-05-15' } as const;
    const preview = await call(core, 'situation.preview', { personId, change });
    expect(preview.quarters.map((row) => [row.quarter, row.action, row.difference])).toEqual([
      ['2026-Q3', 'cancel', -(MAIN_2026.contribution + MAIN_2026.fee)],
      ['2026-Q4', 'cancel', -(MAIN_2026.contribution + MAIN_2026.fee)],
    ]);
    expect(preview.notice).toBe('cessation-confirmation');
    await call(core, 'situation.confirm', { personId, rowVersion: 1, change });
    const sqlite = core.db.$client;
    expect(sqlite.prepare('SELECT end_date AS e FROM affiliations WHERE id = ?').get(affiliationId)).toEqual({
      e: '2026-06-30',
    });
    expect(sqlite.prepare('SELECT status FROM contributions ORDER BY quarter').all()).toEqual([
      { status: 'open' },
      { status: 'open' },
      { status: 'cancelled' },
      { status: 'cancelled' },
    ]);
    expect(contributionIds).toHaveLength(4);
    expect(sqlite.prepare('SELECT reason FROM situation_changes').get()).toEqual({ reason: 'bankruptcy' });
    expect(sqlite.prepare('SELECT kind FROM letter_queue').get()).toEqual({ kind: 'cessation-confirmation' });
    const queue = await call(core, 'letters.toPrint', {});
    const item = queue.find((entry) => entry.kind === 'cessation-confirmation');
    expect(item).toMatchObject({ reason: 'situationChange', caseFile: { kind: 'person', id: personId } });
    const letter = await call(core, 'letters.preview', { source: 'queue', queueId: item!.id });
    expect(letter.fileName).toMatch(/^cessation-confirmation-/);
  });

  it('a resumption opens a new affiliation and claims its quarters; a cessation of an ended affiliation is refused', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    await call(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'cessation', reason: 'cessation', effectiveDate: '2026-02-10' },
    });
    const again = await callError(core, 'situation.preview', {
      personId,
      change: { kind: 'cessation', reason: 'death', effectiveDate: '2026-08-01' },
    });
    expect(again.messageKey).toBe('situation.errors.alreadyCeased');
    const change = { kind: 'resumption', category: 'complementary', effectiveDate: '2026-10-15' } as const;
    const preview = await call(core, 'situation.preview', { personId, change });
    // Complementary starter 2026: 98.51 + 3.89 = 102.40 (Liantis 2026); a starter's first quarter is due one quarter later.
    expect(preview.quarters).toMatchObject([
      { quarter: '2026-Q4', before: null, after: { total: 10_240, dueDate: '2027-03-31' }, action: 'add' },
    ]);
    await call(core, 'situation.confirm', { personId, rowVersion: preview.subject.rowVersion, change });
    expect(
      core.db.$client
        .prepare('SELECT category, start_date AS s, end_date AS e FROM affiliations ORDER BY start_date')
        .all(),
    ).toEqual([
      { category: 'main', s: '2025-01-01', e: '2026-03-31' },
      { category: 'complementary', s: '2026-10-15', e: null },
    ]);
  });
});

describe('a move', () => {
  const move = {
    kind: 'address',
    effectiveDate: '2026-11-01',
    street: 'Grand-Place',
    houseNumber: '7',
    box: null,
    postalCode: '1000',
    municipality: 'Bruxelles',
  } as const;

  it('refuses a postal code that is not in the bpost list, writing nothing', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    const error = await callError(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { ...move, postalCode: '1001' },
    });
    expect(error).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'change.postalCode', messageKey: 'situation.validation.postalCodeUnknown' }] },
    });
    expect(count(core, 'addresses')).toBe(1);
  });

  it('adds the new address and keeps the old one, which the history shows ending the day before', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    await call(core, 'situation.confirm', { personId, rowVersion: 1, change: move });
    const history = await call(core, 'situation.history', { personId });
    expect(history.addresses.map((row) => [row.municipality, row.validFrom, row.validTo])).toEqual([
      ['Bruxelles', '2026-11-01', null],
      ['Namur', '2025-01-01', '2026-10-31'],
    ]);
    expect(history.changes).toMatchObject([
      { kind: 'address', details: { before: 'Rue de Fer 12, 5000 Namur', after: 'Grand-Place 7, 1000 Bruxelles' } },
    ]);
    const twice = await callError(core, 'situation.confirm', { personId, rowVersion: 1, change: move });
    expect(twice.messageKey).toBe('situation.errors.moveBeforeCurrent');
  });

  it('a contact change bumps the person: a move filed on the former version is refused', async () => {
    const { core, personId } = situationCase();
    await signIn(core);
    const contact = {
      kind: 'contact',
      effectiveDate: '2026-11-20',
      email: 'S.Lambert@example.be',
      phone: null,
      language: 'nl',
    } as const;
    await call(core, 'situation.confirm', { personId, rowVersion: 1, change: contact });
    expect(core.db.$client.prepare('SELECT email, language FROM persons').get()).toEqual({
      email: 's.lambert@example.be',
      language: 'nl',
    });
    const stale = await callError(core, 'situation.confirm', { personId, rowVersion: 1, change: move });
    expect(stale).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
    expect(count(core, 'addresses')).toBe(1);
  });
});
