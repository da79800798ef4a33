/**
 * Seals an attestation before it is rendered for the archive: its record id is chosen first, and
 * the verification code printed on it is derived from that id and the letter's data (sha256 of
 * `id + "\n" + JSON of the input`), so whoever holds the archive row recomputes the code from it.
 * The PDF's own hash cannot be in the code (the code is inside the PDF); rendering is
 * deterministic, so the data fixes the PDF, whose hash the same row keeps.
 */
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { verificationCodeOf } from '../../../shared/domain/attestation/verification-code';
import type { LetterInput, LetterKind } from '../../letters/letter-data';

const attestationKinds: ReadonlySet<LetterKind> = new Set([
  'affiliation-certificate',
  'regularity-certificate',
  'payment-certificate',
  'tax-certificate',
] as const);

export function isAttestation(kind: LetterKind): boolean {
  return attestationKinds.has(kind);
}

/** The code of a letter whose record has this id; `input` is the letter without its code. */
export function attestationCode(id: string, input: LetterInput): string {
  const { verificationCode: _ignored, ...data } = input.data as LetterInput['data'] & { verificationCode?: string };
  const digest = createHash('sha256')
    .update(`${id}\n${JSON.stringify({ ...input, data })}`)
    .digest('hex');
  return verificationCodeOf(digest);
}

/** The record id to archive under and the letter as printed (with its code when it is an attestation). */
export function sealForArchive(input: LetterInput): { id: string; input: LetterInput } {
  const id = uuidv7();
  if (!isAttestation(input.kind)) return { id, input };
  return {
    id,
    input: { ...input, data: { ...input.data, verificationCode: attestationCode(id, input) } } as LetterInput,
  };
}

/** Whether an archived record's data still gives the code it carries (the archive was not altered). */
export function isCodeOfRecord(id: string, input: LetterInput, code: string): boolean {
  const printed = (input.data as { verificationCode?: string }).verificationCode;
  return printed === code && attestationCode(id, input) === code;
}
