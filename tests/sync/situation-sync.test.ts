/**
 * A change of situation reaches head office and the other devices of the branch: two app cores
 * enrolled in one branch of a real head office (PGlite), driven through the contract's handlers.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import type { AppCore } from '../../electron/services/app-core';
import { invoke } from '../fixtures/core';
import { until, useHeadOfficeWithDevices } from './support/head-office-with-devices';

describe('a change of situation syncs', () => {
  const office = useHeadOfficeWithDevices('pglite', { persons: 40, seed: 11 }, 'situation-sync');
  const now = () => new Date('2026-11-26T09:00:00.000Z');
  const open = (enrolCode: string): AppCore => office.open({ enrolCode, now });
  const { status, syncNow } = office;

  it('a move filed on one device shows, with the old address, on the other', async () => {
    const codes = await office.enrolCodes('NAM', 2);
    const [a, b] = [open(codes[0]!), open(codes[1]!)];
    for (const core of [a, b])
      await until(
        () => status(core),
        (current) => current.isEnrolled && current.lastSyncAt !== null && !current.isSyncing,
      );
    invoke(a, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    invoke(b, 'session.signIn', { username: 'nam.responsable', password: 'guichet-demo' });
    const person = a.db.$client
      .prepare<[], { id: string }>('SELECT person_id AS id FROM addresses WHERE person_id IS NOT NULL LIMIT 1')
      .get()!;
    const rowVersion = (invoke(a, 'caseFile.get', { kind: 'person', id: person.id }) as ChannelOutput<'caseFile.get'>)
      .person!.rowVersion;
    invoke(a, 'situation.confirm', {
      personId: person.id,
      rowVersion,
      change: {
        kind: 'address',
        effectiveDate: '2026-11-20',
        street: 'Rue de Bruxelles',
        houseNumber: '61',
        box: null,
        postalCode: '5000',
        municipality: 'Namur',
      },
    });
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, lastErrorKey: null });
    await syncNow(b);
    const history = invoke(b, 'situation.history', { personId: person.id }) as ChannelOutput<'situation.history'>;
    expect(history.changes).toMatchObject([
      { kind: 'address', effectiveDate: '2026-11-20', advisorName: 'Conseiller NAM' },
    ]);
    expect(history.addresses[0]).toMatchObject({ street: 'Rue de Bruxelles', validFrom: '2026-11-20', validTo: null });
    expect(history.addresses[1]?.validTo).toBe('2026-11-19');
  });
});
