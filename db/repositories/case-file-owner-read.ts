/** The case file a write hangs from, read by its reference: name, language and branch. */
import type { CaseFileRef } from '../../shared/contract/channels/common';
import type { ChangeRecorder } from './change-recorder';
import { cachedStatement } from './statement-cache';
import { personDisplayNameSql } from './display-name';
import type { Language } from '../../shared/contract/schemas';

export type CaseFileOwnerRow = { displayName: string; language: Language; branchId: string | null };

const ownerSql = {
  person: `SELECT ${personDisplayNameSql()} AS displayName, language, branch_id AS branchId FROM persons WHERE id = ? AND deleted_at IS NULL`,
  company: `SELECT name AS displayName, language, branch_id AS branchId FROM companies WHERE id = ? AND deleted_at IS NULL`,
} as const;

export function readCaseFileOwner(sqlite: ChangeRecorder['sqlite'], ref: CaseFileRef): CaseFileOwnerRow | undefined {
  return cachedStatement<[string], CaseFileOwnerRow>(sqlite, ownerSql[ref.kind]).get(ref.id);
}

/** The contribution a structured communication designates within one case file (the fund issues one per claim). */
export function findContributionByCommunication(
  sqlite: ChangeRecorder['sqlite'],
  ref: CaseFileRef,
  digits: string,
): { id: string } | undefined {
  const column = ref.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string, string], { id: string }>(
    sqlite,
    `SELECT id FROM contributions WHERE structured_communication = ? AND ${column} = ? AND deleted_at IS NULL`,
  ).get(digits, ref.id);
}
