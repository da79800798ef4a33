/** Persons (affiliates and directors): the only code that writes the persons table. */
import type { InferSelectModel } from 'drizzle-orm';
import type { GuichetDb } from '../connection';
import { persons } from '../schema';
import type { ChangeRecorder } from './change-recorder';
import { nextSearchRowid, personSearchKeys, removeSearchTokens, searchTokens, writeSearchTokens } from './search-index';
import { getSyncedRow, insertSyncedRow, tombstoneSyncedRow, updateSyncedRow, type Tx } from './synced-rows';

export type PersonRow = InferSelectModel<typeof persons>;
export type PersonFields = Omit<
  PersonRow,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'rowVersion'
  | 'deletedAt'
  | 'searchKey'
  | 'compactKey'
  | 'firstNameKey'
  | 'searchRowid'
>;

const ENTITY = 'person';

export function insertPerson(tx: Tx, recorder: ChangeRecorder, fields: PersonFields & { id?: string }): PersonRow {
  const searchRowid = nextSearchRowid(recorder.sqlite, 'persons');
  const row = insertSyncedRow(tx, recorder, persons, ENTITY, {
    ...fields,
    ...personSearchKeys(fields.lastName, fields.firstName),
    searchRowid,
  });
  writeSearchTokens(recorder.sqlite, 'person_search', searchRowid, searchTokens(fields.lastName, fields.firstName));
  return row;
}

export function updatePerson(
  db: GuichetDb,
  recorder: ChangeRecorder,
  id: string,
  patch: Partial<PersonFields>,
  expectedRowVersion?: number,
): PersonRow {
  return db.transaction((tx) => updatePersonIn(tx, recorder, id, patch, expectedRowVersion));
}

/** The same update inside the caller's transaction, for an edit that writes more than the person. */
export function updatePersonIn(
  tx: Tx,
  recorder: ChangeRecorder,
  id: string,
  patch: Partial<PersonFields>,
  expectedRowVersion?: number,
): PersonRow {
  const before = getSyncedRow(tx, persons, id);
  const lastName = patch.lastName ?? before?.lastName ?? '';
  const firstName = patch.firstName ?? before?.firstName ?? '';
  const row = updateSyncedRow(
    tx,
    recorder,
    persons,
    ENTITY,
    id,
    { ...patch, ...personSearchKeys(lastName, firstName) },
    expectedRowVersion,
  );
  writeSearchTokens(recorder.sqlite, 'person_search', row.searchRowid, searchTokens(lastName, firstName));
  return row;
}

export function deletePerson(db: GuichetDb, recorder: ChangeRecorder, id: string): void {
  db.transaction((tx) => {
    const before = getSyncedRow(tx, persons, id);
    tombstoneSyncedRow(tx, recorder, persons, ENTITY, id);
    if (before) removeSearchTokens(recorder.sqlite, 'person_search', before.searchRowid);
  });
}
