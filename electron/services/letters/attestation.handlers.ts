/**
 * Checking an attestation presented to the fund: any signed-in advisor types its code. The reply
 * names the kind and issue date of the archived letter, never the person it was issued to.
 */
import type { HandlerGroup } from '../service-context';
import { verifyAttestation } from './attestation-verify';
import type { LettersRuntime } from './letters-runtime';

export function attestationHandlers(runtime: LettersRuntime): HandlerGroup<'letters.verifyAttestation'> {
  return {
    'letters.verifyAttestation': ({ code }) => {
      const check = verifyAttestation(runtime.context.db.$client, code, runtime.archive);
      return check.status === 'valid'
        ? { status: 'valid', kind: check.kind, issuedAt: check.issuedAt, pdfSha256: check.pdfSha256 }
        : { status: check.status, kind: null, issuedAt: null, pdfSha256: null };
    },
  };
}
