/**
 * A poison change (a value head office cannot store) never stops a device: two application cores of
 * one branch, a real head office over HTTP (PGlite, and the local PostgreSQL when it answers). The bad
 * change is forced into the outbox as a compromised or older client would write it; the valid change
 * after it reaches head office and the other device, the bad one is set aside with its reason and can
 * be discarded, audited with the advisor.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import type { AppCore } from '../../electron/services/app-core';
import { invoke } from '../fixtures/core';
import { isPostgresReachable, type Backend } from '../server/harness';
import { useHeadOfficeWithDevices } from './support/head-office-with-devices';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];

/** Rewrites a queued change's payload in the outbox, as a compromised or older client would have written it. */
function forceIntoOutbox(core: AppCore, mutationId: string, fields: Record<string, unknown>): void {
  const row = core.db.$client
    .prepare<[string], { payload: string }>('SELECT payload FROM outbox WHERE mutation_id = ?')
    .get(mutationId);
  if (!row) throw new Error('no such outbox record');
  const payload = { ...(JSON.parse(row.payload) as Record<string, unknown>), ...fields };
  core.db.$client
    .prepare('UPDATE outbox SET payload = ? WHERE mutation_id = ?')
    .run(JSON.stringify(payload), mutationId);
}

describe.each(backends)('a poison change on %s', (backend) => {
  const office = useHeadOfficeWithDevices(backend, { persons: 5, seed: 11 }, 'poison');
  const open = (enrolCode: string): AppCore => office.open({ enrolCode });
  const { syncNow, enrolled } = office;

  it('sets a note with U+0000 aside with its reason, delivers the valid note after it, and discards it audited', async () => {
    const [codeA, codeB] = await office.enrolCodes('NAM', 2);
    const a = open(codeA as string);
    const b = open(codeB as string);
    await Promise.all([enrolled(a), enrolled(b)]);
    invoke(a, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    const person = a.db.$client.prepare<[], { id: string }>('SELECT id FROM persons ORDER BY id LIMIT 1').get();
    if (!person) throw new Error('no person synced');
    const note = (subject: string) =>
      invoke(a, 'caseFile.addNote', {
        kind: 'person',
        id: person.id,
        channel: 'appointment',
        subject,
        body: '',
      }) as ChannelOutput<'caseFile.addNote'>;

    const bad = note('placeholder');
    const badMutation = a.db.$client
      .prepare<[string], { mutation_id: string }>('SELECT mutation_id FROM outbox WHERE entity_id = ?')
      .get(bad.id)?.mutation_id as string;
    forceIntoOutbox(a, badMutation, { subject: '\u0000' });
    const good = note('Rendez-vous du 26 novembre');

    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, rejectedCount: 1, lastErrorKey: null });
    const history = invoke(a, 'sync.history', { limit: 10 }) as ChannelOutput<'sync.history'>;
    expect(history.rejected).toMatchObject([
      { mutationId: badMutation, entity: 'interaction', reasonKey: 'sync.errors.unstorableValue' },
    ]);
    const atHeadOffice = (await office.serverDb.execute(
      sql`SELECT id, data->>'subject' AS subject FROM sync_rows WHERE entity = 'interaction' ORDER BY id`,
    )) as unknown as { rows: { id: string; subject: string }[] };
    expect(atHeadOffice.rows).toEqual([{ id: good.id, subject: 'Rendez-vous du 26 novembre' }]);

    expect(await syncNow(b)).toMatchObject({ pendingCount: 0, lastErrorKey: null });
    expect(b.db.$client.prepare('SELECT id, subject FROM interactions').all()).toEqual([
      { id: good.id, subject: 'Rendez-vous du 26 novembre' },
    ]);
    // Later rounds go on: the refused change stays aside, nothing is pending.
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, rejectedCount: 1, lastErrorKey: null });

    expect(invoke(a, 'sync.rejected.discard', { mutationId: badMutation })).toMatchObject({
      pendingCount: 0,
      rejectedCount: 0,
    });
    const audit = a.db.$client
      .prepare<[string], { advisor_id: string; entity_id: string; after: string }>(
        "SELECT advisor_id, entity_id, after FROM audit_log WHERE mutation_id = ? AND id LIKE '%/discarded'",
      )
      .get(badMutation);
    expect(audit).toMatchObject({ advisor_id: a.session.advisorId(), entity_id: bad.id });
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({
      refusal: 'unstorable-value',
      discardedChange: { subject: '\u0000' },
    });
    expect(() => invoke(a, 'sync.rejected.discard', { mutationId: badMutation })).toThrow();
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, rejectedCount: 0, lastErrorKey: null });
  });
});
