/**
 * Finds an issued attestation by the verification code printed on it. The code is part of the
 * letter's recorded data (`issued_letters.input`), so no column of its own is needed; a scan of the
 * device's issued letters is fine at counter volumes (an index on the expression can come when head
 * office keeps the archive). Attestations printed in a batch (yearly tax certificates) are found the
 * same way; their PDF is the batch's, whose hash their record keeps.
 */
import type Database from 'better-sqlite3';
import type { Language } from '../../shared/contract/schemas';
import { cachedStatement } from './statement-cache';

export type IssuedAttestationRow = {
  id: string;
  kind: string;
  caseReference: string;
  language: Language;
  input: string;
  pdfSha256: string;
  pdfFile: string;
  issuedAt: string;
};

export function findIssuedByVerificationCode(
  sqlite: Database.Database,
  formattedCode: string,
): IssuedAttestationRow | undefined {
  return cachedStatement<[string], IssuedAttestationRow>(
    sqlite,
    `SELECT id, kind, case_reference AS caseReference, language, input, pdf_sha256 AS pdfSha256, pdf_file AS pdfFile,
       issued_at AS issuedAt
     FROM issued_letters WHERE json_extract(input, '$.data.verificationCode') = ?`,
  ).get(formattedCode);
}
