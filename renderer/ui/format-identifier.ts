/**
 * Display form of a case file's identifier. The formats themselves are domain knowledge and live in
 * shared/domain/identifiers; this only picks the right one for the kind of file.
 */
import type { CaseFileKind } from '../../shared/contract/app-contract';
import { formatEnterpriseNumber } from '../../shared/domain/identifiers/enterprise-number';
import { formatNiss } from '../../shared/domain/identifiers/niss';

/** NISS for a person ('85.07.30-033.28'), enterprise number for a company ('0123.456.749'). */
export function formatIdentifier(kind: CaseFileKind, digits: string): string {
  return kind === 'person' ? formatNiss(digits) : formatEnterpriseNumber(digits);
}
