import type { GuichetDb } from '../../db/connection';
import type { ChangeRecorder } from '../../db/repositories/change-recorder';
import { insertPerson } from '../../db/repositories/person-repo';

export function newPersonFields(db: GuichetDb, recorder: ChangeRecorder) {
  return db.transaction((tx) =>
    insertPerson(tx, recorder, {
      niss: '85010100123',
      lastName: 'Peeters',
      firstName: 'An',
      birthDate: null,
      sex: null,
      language: 'nl',
      email: null,
      phone: null,
      iban: null,
      branchId: null,
    }),
  );
}
