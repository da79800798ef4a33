/** The data of a cessation confirmation: the cessation filed on the affiliation the letter names. */
import type Database from 'better-sqlite3';
import { readCessation } from '../../../db/repositories/situation-read';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { cessationReasons, type CessationReason } from '../../../shared/domain/situation/types';
import type { LetterInput } from '../../letters/letter-data';
import type { CaseFileParty } from '../letters/letter-header';

function isReason(value: string | null): value is CessationReason {
  return value !== null && (cessationReasons as readonly string[]).includes(value);
}

export function cessationConfirmationLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
): LetterInput {
  const cessation = params.affiliationId === undefined ? undefined : readCessation(sqlite, params.affiliationId);
  if (!cessation || cessation.personId !== party.ref.id || cessation.endDate === null || !isReason(cessation.reason))
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'affiliation' });
  const details = JSON.parse(cessation.details) as { quarters?: unknown };
  const labels = Array.isArray(details.quarters) ? details.quarters.filter((q) => typeof q === 'string') : [];
  return {
    kind: 'cessation-confirmation',
    language: party.language,
    data: {
      ...party.header,
      reason: cessation.reason,
      cessationDate: cessation.effectiveDate,
      endDate: cessation.endDate,
      cancelledQuarters: labels.map((label) => ({
        year: Number(label.slice(0, 4)),
        quarter: Number(label.slice(-1)) as 1 | 2 | 3 | 4,
      })),
    },
  };
}
