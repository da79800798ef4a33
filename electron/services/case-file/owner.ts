/** The case file a write hangs from: it must exist; its language and branch travel to letters and tasks. */
import type Database from 'better-sqlite3';
import { GuichetError } from '../../../shared/contract/errors';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { readCaseFileOwner } from '../../../db/repositories/case-file-owner-read';
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

export function loadOwner(sqlite: Database.Database, ref: CaseFileRef): CaseFileOwner {
  const row = readCaseFileOwner(sqlite, ref);
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
