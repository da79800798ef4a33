/** The answer letter of a complaint, drawn from the complaint as answered. Pure reads. */
import type Database from 'better-sqlite3';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { readComplaint } from '../../../db/repositories/complaint-read';
import type { LetterInput } from '../../letters/letter-data';
import type { CaseFileParty } from '../letters/letter-header';

export function complaintAnswerLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
): LetterInput {
  if (params.complaintId === undefined) throw new GuichetError('validation', 'complaint.errors.letterNeedsComplaint');
  const complaint = readComplaint(sqlite, params.complaintId);
  if (!complaint || (party.ref.kind === 'person' ? complaint.personId : complaint.companyId) !== party.ref.id)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'complaint' });
  if (complaint.answer === null) throw new GuichetError('conflict', 'complaint.errors.notAnswered');
  return {
    kind: 'complaint-answer',
    language: party.language,
    data: {
      ...party.header,
      complaintSubject: complaint.subject,
      receivedOn: complaint.receivedOn,
      answer: complaint.answer,
    },
  };
}
