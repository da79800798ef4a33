/**
 * The audit line of an issued letter: who issued which kind to which case file, the archived PDF's
 * hash and, for an attestation, its verification code. Written by the caller inside the transaction
 * that records the letter, so an issued letter without its audit line cannot exist.
 */
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '../../../db/repositories/audit-repo';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { LetterInput } from '../../letters/letter-data';

export function auditIssuedLetter(
  recorder: ChangeRecorder,
  letter: { id: string; input: LetterInput; caseFile: CaseFileRef; pdfSha256: string },
): void {
  const code = (letter.input.data as { verificationCode?: string }).verificationCode;
  const after = {
    kind: letter.input.kind,
    language: letter.input.language,
    caseFileKind: letter.caseFile.kind,
    caseFileId: letter.caseFile.id,
    pdfSha256: letter.pdfSha256,
    ...(code === undefined ? {} : { verificationCode: code }),
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
