/** Branches, advisors, addresses and affiliations: plain synced rows without search keys. */
import type { InferSelectModel } from 'drizzle-orm';
import { addresses, advisors, affiliations, branches } from '../schema';
import type { ChangeRecorder } from './change-recorder';
import { insertSyncedRow, type Tx } from './synced-rows';

type Fields<Row> = Omit<Row, 'id' | 'createdAt' | 'updatedAt' | 'rowVersion' | 'deletedAt'> & { id?: string };

export type BranchRow = InferSelectModel<typeof branches>;
export type AdvisorRow = InferSelectModel<typeof advisors>;
export type AddressRow = InferSelectModel<typeof addresses>;
export type AffiliationRow = InferSelectModel<typeof affiliations>;

export function insertBranch(tx: Tx, recorder: ChangeRecorder, fields: Fields<BranchRow>): BranchRow {
  return insertSyncedRow(tx, recorder, branches, 'branch', fields);
}

export function insertAdvisor(tx: Tx, recorder: ChangeRecorder, fields: Fields<AdvisorRow>): AdvisorRow {
  return insertSyncedRow(tx, recorder, advisors, 'advisor', fields);
}

export function insertAddress(tx: Tx, recorder: ChangeRecorder, fields: Fields<AddressRow>): AddressRow {
  return insertSyncedRow(tx, recorder, addresses, 'address', fields);
}

export function insertAffiliation(tx: Tx, recorder: ChangeRecorder, fields: Fields<AffiliationRow>): AffiliationRow {
  return insertSyncedRow(tx, recorder, affiliations, 'affiliation', fields);
}
