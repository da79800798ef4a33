/** The case file a write hangs from: it must exist; its language and branch travel to letters and tasks. */
import type Database from 'better-sqlite3';
import { GuichetError } from '../../../shared/contract/errors';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { cachedStatement } from '../../../db/repositories/statement-cache';
import type { Language } from '../../../shared/contract/schemas';

export type CaseFileOwner = {
  kind: 'person' | 'company';
  id: string;
  personId: string | null;
  companyId: string | null;
  displayName: string;
  language: Language;
  branchId: string | null;
};

type OwnerRow = { displayName: string; language: Language; branchId: string | null };

export function loadOwner(sqlite: Database.Database, ref: CaseFileRef): CaseFileOwner {
  const row =
    ref.kind === 'person'
      ? cachedStatement<[string], OwnerRow>(
          sqlite,
          `SELECT last_name || ' ' || first_name AS displayName, language, branch_id AS branchId FROM persons WHERE id = ? AND deleted_at IS NULL`,
        ).get(ref.id)
      : cachedStatement<[string], OwnerRow>(
          sqlite,
          `SELECT name AS displayName, language, branch_id AS branchId FROM companies WHERE id = ? AND deleted_at IS NULL`,
        ).get(ref.id);
  if (!row) throw new GuichetError('not-found', 'errors.notFound', { entity: ref.kind });
  return {
    kind: ref.kind,
    id: ref.id,
    personId: ref.kind === 'person' ? ref.id : null,
    companyId: ref.kind === 'company' ? ref.id : null,
    ...row,
  };
}

export function ownerColumnsOf(owner: CaseFileOwner): { personId: string | null; companyId: string | null } {
  return { personId: owner.personId, companyId: owner.companyId };
}
