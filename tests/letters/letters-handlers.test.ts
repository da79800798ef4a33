/**
 * The letters channels through the real dispatch (validation included) on a seeded profile: the
 * back-office role is checked by the service, bad input is refused with a translated key and writes
 * nothing, a queued plan letter is issued once (recorded, queue item done, listed, reopened with the
 * same bytes), and a batch cancelled half-way and resumed prints every letter exactly once.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract/app-contract';
import type { ContractError } from '../../shared/contract/errors';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { tempDir } from '../fixtures/temp-db';

const TODAY = '2026-11-26';
let core: AppCore;
let cleanup: () => void;

beforeAll(() => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 1000,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
  // Seeding the demo profile takes a few seconds, more on a loaded machine.
}, 120_000);
afterAll(() => cleanup());

async function reply<C extends Channel>(channel: C, input: ChannelInput<C>) {
  return dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
}
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await reply(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}
async function refusal<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ContractError> {
  const result = await reply(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded where a refusal was expected`);
  return result.error;
}
const signIn = (username: string) => call('session.signIn', { username, password: DEMO_PASSWORD });
const counts = () =>
  core.db.$client
    .prepare<[], { issued: number; batches: number; queuedDone: number; outbox: number }>(
      `SELECT (SELECT count(*) FROM issued_letters) AS issued, (SELECT count(*) FROM letter_batches) AS batches,
         (SELECT count(*) FROM letter_queue WHERE status = 'issued') AS queuedDone, (SELECT count(*) FROM outbox) AS outbox`,
    )
    .get();

async function waitFor(batchId: string, done: (status: ChannelOutput<'letters.batchStatus'>) => boolean) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const status = await call('letters.batchStatus', { batchId });
    if (done(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('batch did not reach the expected state');
}

describe('letters channels', () => {
  it('refuses without a signed-in advisor, and batches without the back-office role — in the service', async () => {
    expect(await refusal('letters.toPrint', {})).toMatchObject({ code: 'unauthorized' });
    await signIn('bxl.conseiller');
    const criteria = { kind: 'reminder' as const, quarter: '2026-Q3', daysAfterDue: 30, branchCode: 'BXL' };
    expect(await refusal('letters.batchPreview', criteria)).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.session.roleRequired',
    });
    expect(await refusal('letters.batchStart', criteria)).toMatchObject({ code: 'forbidden' });
    expect(await refusal('letters.batchList', {})).toMatchObject({ code: 'forbidden' });
    expect(counts()?.batches).toBe(0);
  });

  it('bad input: a translated error and nothing written', async () => {
    await signIn('bxl.backoffice');
    const before = counts();
    expect(
      await refusal('letters.batchPreview', {
        kind: 'reminder',
        quarter: '2026-Q5',
        daysAfterDue: 30,
        branchCode: 'BXL',
      }),
    ).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'quarter', messageKey: 'validation.quarter' }] },
    });
    expect(
      await refusal('letters.batchStart', {
        kind: 'reminder',
        quarter: '2026-Q3',
        daysAfterDue: -1,
        branchCode: 'BXL',
      }),
    ).toMatchObject({
      details: { issues: [{ path: 'daysAfterDue', messageKey: 'letters.validation.daysAfterDue' }] },
    });
    expect(
      await refusal('letters.batchStart', {
        kind: 'reminder',
        quarter: '2026-Q3',
        daysAfterDue: 30,
        branchCode: 'XYZ',
      }),
    ).toMatchObject({ code: 'forbidden', messageKey: 'errors.access.otherBranch' });
    expect(
      await refusal('letters.batchStart', {
        kind: 'reminder',
        quarter: '1999-Q1',
        daysAfterDue: 30,
        branchCode: 'BXL',
      }),
    ).toMatchObject({ code: 'conflict', messageKey: 'letters.errors.batchEmpty' });
    expect(
      await refusal('letters.issue', { source: 'queue', queueId: '0190b3a4-0000-7000-8000-000000000000' }),
    ).toMatchObject({ code: 'not-found' });
    expect(
      await refusal('letters.preview', {
        source: 'case-file',
        caseFile: { kind: 'person', id: 'nope' },
        kind: 'reminder',
      }),
    ).toMatchObject({ code: 'validation' });
    expect(
      await refusal('letters.issue', {
        source: 'case-file',
        caseFile: { kind: 'person', id: '0190b3a4-0000-7000-8000-000000000000' },
        kind: 'reminder',
      }),
    ).toMatchObject({ code: 'not-found' });
    expect(counts()).toEqual(before);
  });

  it('a proposed plan queues its letter: listed to print, previewed, issued once, listed in the case file, reopened with the same bytes', async () => {
    await signIn('bxl.conseiller');
    const sqlite = core.db.$client;
    const candidates = sqlite
      .prepare<[string], { id: string }>(
        `SELECT DISTINCT p.id FROM persons p JOIN branches b ON b.id = p.branch_id AND b.code = 'BXL'
         JOIN contributions c ON c.person_id = p.id AND c.status = 'open' AND c.due_date < ?
         WHERE c.amount_cents + c.fee_cents > IFNULL((SELECT SUM(amount_cents) FROM payments WHERE contribution_id = c.id), 0)
           AND NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = p.id) ORDER BY p.niss LIMIT 20`,
      )
      .all(TODAY);
    let planId: string | undefined;
    let personId = '';
    for (const candidate of candidates) {
      const { debts } = await call('paymentPlan.openDebts', { kind: 'person', id: candidate.id });
      const selectable = debts.filter((debt) => !debt.isInPlan).map((debt) => debt.contributionId);
      const plan = await call('paymentPlan.save', {
        kind: 'person',
        id: candidate.id,
        contributionIds: selectable,
        terms: { kind: 'months', months: 4 },
      });
      const proposed = await reply('paymentPlan.propose', { planId: plan.id });
      if (proposed.ok) {
        planId = plan.id;
        personId = candidate.id;
        break;
      }
    }
    if (planId === undefined) throw new Error('no eligible debtor in the demo data');
    const queue = await call('letters.toPrint', {});
    const item = queue.find((entry) => entry.caseFile.id === personId && entry.kind === 'payment-plan-proposal');
    expect(item).toMatchObject({ reason: 'paymentPlan', caseFile: { kind: 'person', id: personId } });

    const before = counts();
    const preview = await call('letters.preview', { source: 'queue', queueId: item!.id });
    expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(preview.fileName).toMatch(/^payment-plan-proposal-\d{11}-2026-11-26\.pdf$/);
    expect(counts()).toEqual(before);

    const issued = await call('letters.issue', { source: 'queue', queueId: item!.id });
    expect(issued.pdfBase64).toBe(preview.pdfBase64);
    expect(issued.sha256).toBe(createHash('sha256').update(Buffer.from(issued.pdfBase64, 'base64')).digest('hex'));
    // One record, the queue item done, and its change queued for head office in the same transaction.
    expect(counts()).toMatchObject({ issued: before!.issued + 1, queuedDone: before!.queuedDone + 1 });
    expect(counts()!.outbox).toBeGreaterThan(before!.outbox);
    expect((await call('letters.toPrint', {})).some((entry) => entry.id === item!.id)).toBe(false);
    expect(await refusal('letters.issue', { source: 'queue', queueId: item!.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'letters.errors.alreadyIssued',
    });

    const history = await call('letters.history', { kind: 'person', id: personId });
    expect(history[0]).toMatchObject({
      id: issued.id,
      kind: 'payment-plan-proposal',
      advisorName: 'Conseiller BXL',
      batchId: null,
      pdfSha256: issued.sha256,
    });
    const reopened = await call('letters.reopen', { id: issued.id });
    expect(reopened.pdfBase64).toBe(issued.pdfBase64);
  });

  it('a batch: count and total first, cancelled half-way, resumed, every letter once; outputs in slices', async () => {
    await signIn('bxl.backoffice');
    // The branch with the most unpaid contributions of the quarter in the demo data.
    let criteria = { kind: 'reminder' as const, quarter: '2026-Q3', daysAfterDue: 30, branchCode: 'BXL' };
    let preview = await call('letters.batchPreview', criteria);
    // A back office runs the batches of its own branch only: each branch's back office counts its own.
    for (const branchCode of ['ANT', 'GNT', 'LIE', 'NAM', 'EUP']) {
      await signIn(`${branchCode.toLowerCase()}.backoffice`);
      const candidate = await call('letters.batchPreview', { ...criteria, branchCode });
      if (candidate.count > preview.count) [criteria, preview] = [{ ...criteria, branchCode }, candidate];
    }
    await signIn(`${criteria.branchCode.toLowerCase()}.backoffice`);
    expect(preview.count).toBeGreaterThan(5);
    const started = await call('letters.batchStart', criteria);
    expect(started).toMatchObject({ total: preview.count, totalCents: preview.totalCents, isActive: true });
    await call('letters.batchCancel', { batchId: started.id });
    const cancelled = await waitFor(started.id, (status) => !status.isActive);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(preview.count);
    expect((await call('letters.batchList', {})).map((batch) => batch.id)).toContain(started.id);

    await call('letters.batchResume', { batchId: started.id });
    const completed = await waitFor(started.id, (status) => status.status === 'completed');
    expect(completed).toMatchObject({ done: preview.count, hasOutput: true });
    expect((await call('letters.batchList', {})).map((batch) => batch.id)).not.toContain(started.id);

    let manifest = '';
    for (let offset: number | null = 0; offset !== null;) {
      const slice: ChannelOutput<'letters.batchOutput'> = await call('letters.batchOutput', {
        batchId: started.id,
        file: 'manifest',
        offset,
      });
      manifest += Buffer.from(slice.base64, 'base64').toString('utf8');
      offset = slice.nextOffset;
    }
    const rows = manifest.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(preview.count);
    const references = rows.map((row) => row.split(',')[1]);
    expect(new Set(references).size).toBe(preview.count);
    const recorded = core.db.$client
      .prepare<[string], { n: number; distinctCases: number }>(
        'SELECT count(*) AS n, count(DISTINCT case_reference) AS distinctCases FROM issued_letters WHERE batch_id = ?',
      )
      .get(started.id);
    expect(recorded).toEqual({ n: preview.count, distinctCases: preview.count });
    // Each letter of the batch has the audit line a single letter gets, naming its case file and the batch.
    const audited = core.db.$client
      .prepare<[string], { entityId: string; advisor: string | null; after: string; niss: string; personId: string }>(
        `SELECT a.entity_id AS entityId, v.username AS advisor, a.after, l.case_reference AS niss, p.id AS personId
           FROM issued_letters l
           LEFT JOIN audit_log a ON a.entity = 'issuedLetter' AND a.entity_id = l.id
           LEFT JOIN advisors v ON v.id = a.advisor_id
           JOIN persons p ON p.niss = l.case_reference
          WHERE l.batch_id = ?`,
      )
      .all(started.id);
    expect(audited).toHaveLength(preview.count);
    const batchSha = core.db.$client
      .prepare<[string], { sha: string }>('SELECT pdf_sha256 AS sha FROM letter_batches WHERE id = ?')
      .get(started.id)?.sha;
    for (const line of audited) {
      expect(line.entityId).not.toBeNull();
      expect(line.advisor).toBe(`${criteria.branchCode.toLowerCase()}.backoffice`);
      expect(JSON.parse(line.after)).toEqual({
        kind: 'reminder',
        language: expect.any(String),
        caseFileKind: 'person',
        caseFileId: line.personId,
        pdfSha256: batchSha,
        batchId: started.id,
      });
    }
    const pdf = await call('letters.batchOutput', { batchId: started.id, file: 'pdf' });
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.fileName).toMatch(new RegExp(`^reminder-2026-Q3-${criteria.branchCode}-`));
  });
});
