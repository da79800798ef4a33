/**
 * Writes of a change of situation. Each goes through synced-rows.ts (row, outbox record and audit
 * line together); the service runs them all in one transaction.
 */
import type { InferSelectModel } from 'drizzle-orm';
import { affiliations, persons, situationChanges } from '../schema';
import type { ChangeRecorder } from './change-recorder';
import { insertSyncedRow, updateSyncedRow, type Tx } from './synced-rows';

export type SituationChangeFields = Omit<
  InferSelectModel<typeof situationChanges>,
  'id' | 'createdAt' | 'updatedAt' | 'rowVersion' | 'deletedAt'
>;

export function insertSituationChange(tx: Tx, recorder: ChangeRecorder, fields: SituationChangeFields) {
  return insertSyncedRow(tx, recorder, situationChanges, 'situationChange', fields);
}

type AffiliationPatch = Partial<Pick<InferSelectModel<typeof affiliations>, 'category' | 'endDate'>>;

/** Refuses a stale `expectedRowVersion` (errors.staleVersion): the affiliation changed since the preview. */
export function updateAffiliation(
  tx: Tx,
  recorder: ChangeRecorder,
  id: string,
  patch: AffiliationPatch,
  expectedRowVersion: number,
) {
  return updateSyncedRow(tx, recorder, affiliations, 'affiliation', id, patch, expectedRowVersion);
}

type ContactPatch = Partial<Pick<InferSelectModel<typeof persons>, 'email' | 'phone' | 'language'>>;

/** Contact details and language only: the names (and so the search keys) are not touched here. */
export function updatePersonContact(
  tx: Tx,
  recorder: ChangeRecorder,
  id: string,
  patch: ContactPatch,
  expectedRowVersion: number,
) {
  return updateSyncedRow(tx, recorder, persons, 'person', id, patch, expectedRowVersion);
}

/** A version check without a change: a move adds a row and must still refuse a stale case file. */
export function touchPerson(tx: Tx, recorder: ChangeRecorder, id: string, expectedRowVersion: number) {
  return updateSyncedRow(tx, recorder, persons, 'person', id, {}, expectedRowVersion);
}
