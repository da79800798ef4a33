/**
 * A self-employed person in main activity since 2018 on a temporary profile, every provisional
 * quarter from 2022-Q1 to 2026-Q4 claimed and those up to 2026-Q3 paid: enough paid quarters for the
 * bridging right. Today is 2026-11-26 (openTestCore's clock).
 */
import { afterEach } from 'vitest';
import { insertRow } from '../../../../db/repositories/case-file-repo';
import { insertPerson } from '../../../../db/repositories/person-repo';
import { insertAddress, insertAffiliation } from '../../../../db/repositories/reference-repo';
import type { AppCore } from '../../../../electron/services/app-core';
import { makeNiss } from '../../../../shared/domain/identifiers/niss';
import { makeStructuredCommunication } from '../../../../shared/domain/identifiers/structured-communication';
import { ensureAdvisors, openTestCore } from '../../../fixtures/core';
import { personFields } from '../../../fixtures/persons';
import { tempDir } from '../../../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

export function rightsCore(): { core: AppCore; dir: string } {
  const dir = tempDir();
  const core = openTestCore(dir.dir);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  return { core, dir: dir.dir };
}

export const AMOUNT_CENTS = 95_000;
export const FEE_CENTS = 3_753;

export function selfEmployed(core: AppCore, serial = 101): { id: string; niss: string } {
  const sqlite = core.db.$client;
  const branchId = sqlite.prepare<[], { id: string }>("SELECT id FROM branches WHERE code = 'BXL'").get()!.id;
  const niss = makeNiss({ birthDate: '1980-04-12', serial });
  const person = core.db.transaction((tx) => {
    const row = insertPerson(
      tx,
      core.recorder,
      personFields({ niss, lastName: 'Droitier', firstName: 'Anne', birthDate: '1980-04-12', branchId }),
    );
    insertAddress(tx, core.recorder, {
      personId: row.id,
      companyId: null,
      street: 'Rue de Fer',
      houseNumber: '12',
      box: null,
      postalCode: '5000',
      municipality: 'Namur',
      country: 'BE',
      validFrom: '2018-01-01',
    });
    const affiliation = insertAffiliation(tx, core.recorder, {
      personId: row.id,
      companyId: null,
      category: 'main',
      startDate: '2018-01-01',
      endDate: null,
      branchId,
    });
    let sequence = 0;
    for (let year = 2022; year <= 2026; year++)
      for (let quarter = 1; quarter <= 4; quarter++) {
        sequence++;
        const communication = makeStructuredCommunication(String(serial * 1000 + sequence).padStart(10, '0'));
        const contribution = insertRow(tx, core.recorder, 'contribution', {
          personId: row.id,
          companyId: null,
          affiliationId: affiliation.id,
          year,
          quarter,
          kind: 'provisional',
          amountCents: AMOUNT_CENTS,
          feeCents: FEE_CENTS,
          dueDate: `${year}-${String(quarter * 3).padStart(2, '0')}-28`,
          status: 'open',
          structuredCommunication: communication,
        });
        if (year === 2026 && quarter === 4) continue;
        insertRow(tx, core.recorder, 'payment', {
          personId: row.id,
          companyId: null,
          date: `${year}-${String(quarter * 3).padStart(2, '0')}-20`,
          amountCents: AMOUNT_CENTS + FEE_CENTS,
          structuredCommunication: communication,
          contributionId: contribution.id,
          paymentPlanId: null,
        });
      }
    return row;
  });
  return { id: person.id, niss };
}
