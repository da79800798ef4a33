/**
 * The audit line of an issued letter: who issued which kind to which case file, the archived PDF's
 * hash and, for an attestation, its verification code; for a letter of a batch, the batch too. Written
 * by the caller inside the transaction that records the letter (a single letter, or every letter of a
 * completed batch), so an issued letter without its audit line cannot exist.
 */
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../../../db/repositories/audit-repo';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import type { IssuedLetter } from '../../../db/repositories/letter-batch-journal';
import { readBatchCaseFiles } from '../../../db/repositories/letters-read';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { LetterInput } from '../../letters/letter-data';

export function auditIssuedLetter(
  recorder: ChangeRecorder,
  letter: {
    id: string;
    input: Pick<LetterInput, 'kind' | 'language' | 'data'>;
    /** Null only for a batch letter whose case file this profile does not hold (a demo batch). */
    caseFile: CaseFileRef | null;
    pdfSha256: string;
    batchId?: string;
  },
): void {
  const code = (letter.input.data as { verificationCode?: string }).verificationCode;
  const after = {
    kind: letter.input.kind,
    language: letter.input.language,
    caseFileKind: letter.caseFile?.kind ?? null,
    caseFileId: letter.caseFile?.id ?? null,
    pdfSha256: letter.pdfSha256,
    ...(code === undefined ? {} : { verificationCode: code }),
    ...(letter.batchId === undefined ? {} : { batchId: letter.batchId }),
  };
  appendAudit(recorder, {
    entity: 'issuedLetter',
    entityId: letter.id,
    operation: 'insert',
    fields: Object.keys(after),
    before: null,
    after,
    // Issued letters are local (no outbox record): the audit line gets its own key.
    mutationId: uuidv7(),
  });
}

/** One audit line per letter of a completed batch: one query for the case files, then one insert each. */
export function auditBatchLetters(recorder: ChangeRecorder, batchId: string, letters: readonly IssuedLetter[]): void {
  const caseFiles = readBatchCaseFiles(recorder.sqlite, batchId);
  for (const letter of letters)
    auditIssuedLetter(recorder, {
      id: letter.id,
      input: letter.input as Pick<LetterInput, 'kind' | 'language' | 'data'>,
      caseFile: caseFiles.get(letter.caseReference) ?? null,
      pdfSha256: letter.pdfSha256,
      batchId,
    });
}
