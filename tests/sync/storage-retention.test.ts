/**
 * What leaves a device, against a real head office. Acknowledged changes and their audit lines after
 * the fund's delay, shown beforehand on the storage panel. A case file that leaves a device's scope (head office moves it to another branch) leaves nothing on
 * the device: every table of the profile (read from sqlite_master, so a table added later is checked
 * too) is searched, every column, for any id of the case file's rows, its NISS and its letters.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import { DEFAULT_FUND_RETENTION, type FundRetention } from '../../shared/contract/sync-protocol';
import { mutations, syncRows } from '../../server/db/schema';
import { lockWriters, moveCaseFile } from '../../server/sync/rows';
import { headOfficeBranches } from '../../scripts/head-office-demo';
import { and, eq } from 'drizzle-orm';
import { invoke } from '../fixtures/core';
import { useHeadOfficeWithDevices } from './support/head-office-with-devices';
import type { AppCore } from '../../electron/services/app-core';

const BRANCH = 'NAM';
/** The fund's periods as head office's operator set them; a test changes them as the operator would. */
const fundRetention: FundRetention = { ...DEFAULT_FUND_RETENTION };
const office = useHeadOfficeWithDevices('pglite', { persons: 40, seed: 11 }, 'retention', () => ({
  retention: fundRetention,
}));

type Sqlite = AppCore['db']['$client'];

/** Every place in the profile where one of `needles` appears, as `table.column`. */
function tracesOf(sqlite: Sqlite, needles: readonly string[]): string[] {
  const tables = sqlite
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((row) => row.name);
  const found: string[] = [];
  for (const table of tables) {
    const columns = sqlite
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((row) => row.name);
    for (const column of columns) {
      const hit = sqlite
        .prepare<[string], { n: number }>(
          `SELECT count(*) AS n FROM "${table}" AS t WHERE EXISTS (SELECT 1 FROM json_each(?) AS needle WHERE instr(CAST(t."${column}" AS TEXT), needle.value) > 0)`,
        )
        .get(JSON.stringify(needles));
      if ((hit?.n ?? 0) > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

describe('a case file leaving the device', () => {
  it('whose audit head office kept is purged with its letters, drafts, outbox records and audit lines: no row of any table names it', async () => {
    const [code] = await office.enrolCodes(BRANCH, 1);
    const core = office.open({ enrolCode: code ?? '' });
    await office.enrolled(core);
    const sqlite = core.db.$client;
    invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    const person = sqlite
      .prepare<[], { id: string; niss: string; row_version: number; branch_id: string }>(
        `SELECT p.id, p.niss, p.row_version, p.branch_id FROM persons p JOIN addresses a ON a.person_id = p.id
         WHERE p.branch_id = (SELECT id FROM branches WHERE code = '${BRANCH}') ORDER BY p.id LIMIT 1`,
      )
      .get();
    if (!person) throw new Error('no person of the branch on the device');
    const ref = { kind: 'person' as const, id: person.id };
    const phoneBefore = sqlite
      .prepare<[string], { phone: string | null }>('SELECT phone FROM persons WHERE id = ?')
      .get(person.id)?.phone;
    await invoke(core, 'caseFile.updatePerson', {
      id: person.id,
      rowVersion: person.row_version,
      changes: { phone: '+32 470 12 34 56' },
    });
    await invoke(core, 'caseFile.addNote', {
      ...ref,
      channel: 'appointment',
      subject: 'Visite au guichet',
      body: 'Plan de paiement discuté',
    });
    await invoke(core, 'letters.issue', { source: 'case-file', caseFile: ref, kind: 'account-statement', params: {} });
    const letters = invoke(core, 'letters.history', ref) as ChannelOutput<'letters.history'>;
    expect(letters.length).toBe(1);
    const letterFile = sqlite.prepare<[], { pdf_file: string }>('SELECT pdf_file FROM issued_letters').get()?.pdf_file;
    expect(letterFile !== undefined && existsSync(letterFile)).toBe(true);
    // A completed intake draft that created the case file on this device keeps the forms typed.
    sqlite
      .prepare(
        `INSERT INTO intake_drafts (id, kind, identifier, step, forms, status, result_kind, result_id, created_at, updated_at, row_version)
         VALUES ('draft-of-purged', 'person', ?, 'recap', ?, 'completed', 'person', ?, '2026-11-26', '2026-11-26', 1)`,
      )
      .run(person.niss, JSON.stringify({ niss: person.niss }), person.id);
    const synced = await office.syncNow(core);
    expect(synced.pendingCount).toBe(0);
    // Head office keeps the audit line of each change (before and after), so the device may drop its own.
    const audited = await office.serverDb
      .select({ before: mutations.auditBefore, after: mutations.auditAfter, advisorId: mutations.advisorId })
      .from(mutations)
      .where(and(eq(mutations.entityId, person.id), eq(mutations.operation, 'update')));
    expect(audited).toEqual([
      { before: { phone: phoneBefore ?? null }, after: { phone: '+32 470 12 34 56' }, advisorId: expect.any(String) },
    ]);

    const members = await office.serverDb
      .select({ id: syncRows.id })
      .from(syncRows)
      .where(eq(syncRows.rootId, person.id));
    const needles = [person.id, ...members.map((row) => row.id), person.niss, 'draft-of-purged'];
    expect(members.length).toBeGreaterThan(3);
    // Before the move the case file is everywhere: its rows, the outbox, the audit, letters and search.
    expect(tracesOf(sqlite, needles)).toEqual(
      expect.arrayContaining(['persons.id', 'outbox.payload', 'audit_log.entity_id', 'issued_letters.case_reference']),
    );

    const branches = await headOfficeBranches(office.serverDb);
    await office.serverDb.transaction(async (tx) => {
      await lockWriters(tx);
      await moveCaseFile(tx, person.id, person.branch_id, branches.get('LIE') ?? null);
    });
    await office.syncNow(core);

    expect(tracesOf(sqlite, needles)).toEqual([]);
    expect(
      sqlite
        .prepare<[string], { n: number }>(`SELECT count(*) AS n FROM person_search WHERE person_search MATCH ?`)
        .get(`"${person.niss}"`)?.n,
    ).toBe(0);
    expect(letterFile !== undefined && existsSync(letterFile)).toBe(false);
  }, 120_000);

  it("after the fund's delay, a round removes the acknowledged changes and their audit lines; the storage panel says when", async () => {
    const [code] = await office.enrolCodes(BRANCH, 1);
    const core = office.open({ enrolCode: code ?? '' });
    await office.enrolled(core);
    const sqlite = core.db.$client;
    invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    const person = sqlite
      .prepare<[], { id: string }>(
        `SELECT id FROM persons WHERE branch_id = (SELECT id FROM branches WHERE code = '${BRANCH}') ORDER BY id LIMIT 1`,
      )
      .get();
    if (!person) throw new Error('no person of the branch on the device');
    for (const subject of ['Appel', 'Visite'])
      await invoke(core, 'caseFile.addNote', { kind: 'person', id: person.id, channel: 'phone', subject, body: '' });
    await office.syncNow(core);
    const kept = invoke(core, 'sync.storage', {}) as ChannelOutput<'sync.storage'>;
    const pushedAt = sqlite.prepare<[], { at: string }>('SELECT min(pushed_at) AS at FROM outbox').get()?.at ?? '';
    expect(kept).toMatchObject({ outboxPending: 0, outboxKept: 2, outboxHeld: 0, acknowledgedKeepDays: 7 });
    expect(kept.nextOutboxPurgeAt).toBe(new Date(new Date(pushedAt).getTime() + 7 * 86_400_000).toISOString());
    expect(kept.caseFilesBytes).toBeGreaterThan(0);
    expect(kept.fileBytes).toBeGreaterThanOrEqual(kept.caseFilesBytes + kept.outboxKeptBytes + kept.auditKeptBytes);

    // The fund sets no delay at head office: the next round brings the rule and removes what head office has acknowledged.
    fundRetention.acknowledgedKeepDays = 0;
    await invoke(core, 'caseFile.addNote', {
      kind: 'person',
      id: person.id,
      channel: 'email',
      subject: 'Courriel',
      body: '',
    });
    await invoke(core, 'caseFile.detail', { kind: 'person', id: person.id, source: 'search' });
    expect(sqlite.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 1 });
    await office.syncNow(core);
    expect(sqlite.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    // Who opened the file: head office holds it now, so the device's copy went with the rest.
    expect(sqlite.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 0 });
    expect(invoke(core, 'sync.storage', {})).toMatchObject({ outboxKept: 0, auditLines: 0, nextOutboxPurgeAt: null });
    // Head office has all three, with their audit.
    const audited = await office.serverDb
      .select({ after: mutations.auditAfter })
      .from(mutations)
      .where(and(eq(mutations.entity, 'interaction'), eq(mutations.operation, 'insert')));
    expect(audited.map((row) => (row.after as { subject?: string } | null)?.subject).sort()).toEqual(
      expect.arrayContaining(['Appel', 'Courriel', 'Visite']),
    );
    // Online, the case file's audit screen reads head office's lines where the device no longer has its own.
    const screen = (await invoke(core, 'caseFile.audit', {
      kind: 'person',
      id: person.id,
      limit: 100,
    })) as ChannelOutput<'caseFile.audit'>;
    const notes = screen.filter((line) => line.entity === 'interaction' && line.operation === 'insert');
    expect(notes.map((line) => line.after?.['subject']).sort()).toEqual(['Appel', 'Courriel', 'Visite']);
    expect(notes.every((line) => line.advisor?.displayName === 'Conseiller NAM')).toBe(true);
    // Offline, the device's own lines alone (here none are left): the screen still answers.
    invoke(core, 'sync.setPaused', { isPaused: true });
    expect(await invoke(core, 'caseFile.audit', { kind: 'person', id: person.id, limit: 100 })).toEqual([]);
    Object.assign(fundRetention, DEFAULT_FUND_RETENTION);
  }, 120_000);

  it("takes the fund's periods from head office, shows them as set by the fund, and lets audit lines head office never receives go after theirs", async () => {
    Object.assign(fundRetention, { acknowledgedKeepDays: 3, letterPdfKeepDays: 30, deviceAuditKeepDays: 60 });
    try {
      const [code] = await office.enrolCodes(BRANCH, 1);
      const core = office.open({ enrolCode: code ?? '' });
      await office.enrolled(core);
      const sqlite = core.db.$client;
      invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
      expect(invoke(core, 'sync.storage', {})).toMatchObject({
        acknowledgedKeepDays: 3,
        letterPdfKeepDays: 30,
        deviceAuditKeepDays: 60,
        isSetByFund: true,
      });
      const person = sqlite
        .prepare<[], { id: string }>(
          `SELECT id FROM persons WHERE branch_id = (SELECT id FROM branches WHERE code = '${BRANCH}') ORDER BY id DESC LIMIT 1`,
        )
        .get();
      if (!person) throw new Error('no person of the branch on the device');
      const ref = { kind: 'person' as const, id: person.id };
      await invoke(core, 'caseFile.addNote', { ...ref, channel: 'phone', subject: 'Appel', body: '' });
      await invoke(core, 'letters.issue', {
        source: 'case-file',
        caseFile: ref,
        kind: 'account-statement',
        params: {},
      });
      await office.syncNow(core);
      const issuedAt = sqlite
        .prepare<[], { at: string }>(`SELECT at FROM audit_log WHERE entity = 'issuedLetter'`)
        .get()?.at;
      const before = invoke(core, 'sync.storage', {}) as ChannelOutput<'sync.storage'>;
      expect(before).toMatchObject({ auditDeviceOnly: 1, auditLines: 2, outboxKept: 1 });
      expect(before.auditDeviceOnlyBytes).toBeGreaterThan(0);
      expect(before.nextDeviceAuditPurgeAt).toBe(
        new Date(new Date(issuedAt ?? '').getTime() + 60 * 86_400_000).toISOString(),
      );

      // The fund shortens the period at head office: the next round lets the letter's audit line go,
      // the letter's journal row stays, and the acknowledged change keeps its line for its own 3 days.
      fundRetention.deviceAuditKeepDays = 0;
      await office.syncNow(core);
      const after = invoke(core, 'sync.storage', {}) as ChannelOutput<'sync.storage'>;
      expect(after).toMatchObject({ deviceAuditKeepDays: 0, auditDeviceOnly: 0, auditLines: 1, outboxKept: 1 });
      expect(sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'interaction'`).get()).toEqual({
        n: 1,
      });
      expect(sqlite.prepare('SELECT count(*) AS n FROM issued_letters').get()).toEqual({ n: 1 });
    } finally {
      Object.assign(fundRetention, DEFAULT_FUND_RETENTION);
    }
  }, 120_000);
});
