/** A person of the BXL branch affiliated in main activity since 2025, with the four 2026 quarters claimed. */
import { afterEach } from 'vitest';
import { insertRow } from '../../../../db/repositories/case-file-repo';
import { insertPerson } from '../../../../db/repositories/person-repo';
import { insertAddress, insertAffiliation } from '../../../../db/repositories/reference-repo';
import type { AppCore } from '../../../../electron/services/app-core';
import { makeNiss } from '../../../../shared/domain/identifiers/niss';
import { ensureAdvisors, openTestCore } from '../../../fixtures/core';
import { tempDir } from '../../../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** 2026 main-activity minimum 890.42 + 3.95 % fees 35.17 = 925.59 (Liantis 2026). */
export const MAIN_2026 = { contribution: 89_042, fee: 3_517 };

export type Situation = { core: AppCore; personId: string; affiliationId: string; contributionIds: string[] };

export function count(core: AppCore, table: string, where = '1 = 1'): number {
  return (core.db.$client.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}

export function situationCase(): Situation {
  const dir = tempDir();
  const core = openTestCore(dir.dir);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  const branchId = core.db.$client.prepare<[], { id: string }>('SELECT id FROM branches LIMIT 1').get()!.id;
  return core.db.transaction((tx) => {
    const person = insertPerson(tx, core.recorder, {
      niss: makeNiss({ birthDate: '1984-02-11', serial: 57 }),
      lastName: 'Lambert',
      firstName: 'Sophie',
      birthDate: '1984-02-11',
      sex: 'F',
      language: 'fr',
      email: null,
      phone: null,
      iban: null,
      branchId,
    });
    insertAddress(tx, core.recorder, {
      personId: person.id,
      companyId: null,
      street: 'Rue de Fer',
      houseNumber: '12',
      box: null,
      postalCode: '5000',
      municipality: 'Namur',
      country: 'BE',
      validFrom: '2025-01-01',
    });
    const affiliation = insertAffiliation(tx, core.recorder, {
      personId: person.id,
      companyId: null,
      category: 'main',
      startDate: '2025-01-01',
      endDate: null,
      branchId,
    });
    insertRow(tx, core.recorder, 'affiliationPeriod', {
      affiliationId: affiliation.id,
      category: 'main',
      validFrom: '2025-01-01',
      validTo: null,
      isPrimoStarter: false,
      reason: 'intake',
    });
    const contributionIds = [1, 2, 3, 4].map(
      (quarter) =>
        insertRow(tx, core.recorder, 'contribution', {
          personId: person.id,
          companyId: null,
          affiliationId: affiliation.id,
          year: 2026,
          quarter,
          kind: 'provisional',
          amountCents: MAIN_2026.contribution,
          feeCents: MAIN_2026.fee,
          dueDate: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'][quarter - 1]!,
          status: 'open',
          structuredCommunication: `00000000202${quarter}`,
        }).id,
    );
    return { core, personId: person.id, affiliationId: affiliation.id, contributionIds };
  });
}
