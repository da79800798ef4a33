/**
 * Checks an attestation presented to the fund: the typed code (any case, with or without hyphens)
 * must pass its check character, name an archived attestation, be the code its record's id and data
 * give, and the archived PDF must still have the recorded hash.
 */
import { existsSync } from 'node:fs';
import { readArchiveFile, type ArchiveCipher } from '../../letters/archive-cipher';
import { findIssuedByVerificationCode } from '../../../db/repositories/attestation-read';
import { formatVerificationCode, parseVerificationCode } from '../../../shared/domain/attestation/verification-code';
import { sha256 } from '../../letters/batch/batch-runner';
import type { LetterInput } from '../../letters/letter-data';
import type Database from 'better-sqlite3';
import { isCodeOfRecord } from './certificate-seal';

export type AttestationCheck =
  | { status: 'valid'; id: string; kind: string; caseReference: string; issuedAt: string; pdfSha256: string }
  | { status: 'mistyped' | 'unknown' | 'altered' };

function archivedHash(archive: ArchiveCipher, file: string): string | null {
  try {
    return sha256(readArchiveFile(archive, file));
  } catch {
    return null;
  }
}

export function verifyAttestation(sqlite: Database.Database, typed: string, archive: ArchiveCipher): AttestationCheck {
  const parsed = parseVerificationCode(typed);
  if (!parsed.ok) return { status: 'mistyped' };
  const code = formatVerificationCode(parsed.value);
  const row = findIssuedByVerificationCode(sqlite, code);
  if (row === undefined) return { status: 'unknown' };
  const input = JSON.parse(row.input) as LetterInput;
  const isFileIntact = existsSync(row.pdfFile) && archivedHash(archive, row.pdfFile) === row.pdfSha256;
  if (!isCodeOfRecord(row.id, input, code) || !isFileIntact) return { status: 'altered' };
  return {
    status: 'valid',
    id: row.id,
    kind: row.kind,
    caseReference: row.caseReference,
    issuedAt: row.issuedAt,
    pdfSha256: row.pdfSha256,
  };
}
