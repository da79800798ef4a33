/** Companies: the only code that writes the companies table. */
import type { InferSelectModel } from 'drizzle-orm';
import { companies } from '../schema';
import type { ChangeRecorder } from './change-recorder';
import { nextSearchRowid, searchKeysFor, searchTokens, writeSearchTokens } from './search-index';
import { insertSyncedRow, type Tx } from './synced-rows';

export type CompanyRow = InferSelectModel<typeof companies>;
export type CompanyFields = Omit<
  CompanyRow,
  'id' | 'createdAt' | 'updatedAt' | 'rowVersion' | 'deletedAt' | 'searchKey' | 'compactKey' | 'searchRowid'
>;

export function insertCompany(tx: Tx, recorder: ChangeRecorder, fields: CompanyFields & { id?: string }): CompanyRow {
  const searchRowid = nextSearchRowid(recorder.sqlite, 'companies');
  const row = insertSyncedRow(tx, recorder, companies, 'company', {
    ...fields,
    ...searchKeysFor(fields.name),
    searchRowid,
  });
  writeSearchTokens(recorder.sqlite, 'company_search', searchRowid, searchTokens(fields.name));
  return row;
}
