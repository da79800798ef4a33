/**
 * A person's display name is one SQL expression (db/repositories/display-name.ts): the intake's
 * "already known" answer, its duplicate check and the letters' "to print" list must name a person
 * alike, whatever the names hold.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { insertRow } from '../../db/repositories/case-file-repo';
import { personByNiss, personDisplayName } from '../../db/repositories/intake-read';
import { readLettersToPrint } from '../../db/repositories/letters-read';
import { insertPerson } from '../../db/repositories/person-repo';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { createTempDb } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

describe("a person's display name", () => {
  const temp = createTempDb();
  afterAll(() => temp.cleanup());
  let serial = 0;

  it('is "last name first name" in the intake reads and the to-print list', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(name, name, (lastName, firstName) => {
        serial += 2;
        const niss = makeNiss({ birthDate: '1985-03-14', serial });
        const { db, recorder } = temp;
        const person = db.transaction((tx) => {
          const row = insertPerson(tx, recorder, personFields({ niss, lastName, firstName }));
          insertRow(tx, recorder, 'letter', {
            personId: row.id,
            companyId: null,
            kind: 'affiliation-confirmation',
            language: 'fr',
            status: 'queued',
            payload: {},
            sourceEntity: 'affiliation',
            sourceId: row.id,
            issuedAt: null,
          });
          return row;
        });
        const expected = `${lastName} ${firstName}`;
        expect(personDisplayName(db.$client, person.id)).toBe(expected);
        expect(personByNiss(db.$client, niss)?.name).toBe(expected);
        const queued = readLettersToPrint(db.$client).find((letter) => letter.personId === person.id);
        expect(queued?.displayName).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
