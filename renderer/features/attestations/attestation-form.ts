/**
 * The attestation chosen at the counter and its period, with the defaults that fit the usual
 * request: today for regularity, 1 January to today for payments, last year for the tax return.
 */
import type { LetterKindName, LetterParams } from '../../../shared/contract/channels/letters';

export const attestationChoices = ['affiliation', 'regularity', 'payment', 'tax'] as const;
export type AttestationChoice = (typeof attestationChoices)[number];

export const attestationKindOf = {
  affiliation: 'affiliation-certificate',
  regularity: 'regularity-certificate',
  payment: 'payment-certificate',
  tax: 'tax-certificate',
} as const satisfies Record<AttestationChoice, LetterKindName>;

export type AttestationForm = { choice: AttestationChoice; asOf: string; from: string; to: string; year: string };

export function defaultAttestationForm(today: string): AttestationForm {
  return {
    choice: 'affiliation',
    asOf: today,
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    year: String(Number(today.slice(0, 4)) - 1),
  };
}

/** The choices offered for a case file: a company has no tax certificate of social contributions. */
export function choicesFor(caseFileKind: 'person' | 'company'): readonly AttestationChoice[] {
  return caseFileKind === 'company' ? attestationChoices.filter((choice) => choice !== 'tax') : attestationChoices;
}

/** The letter parameters of the form, or the key of what is wrong with it. */
export function attestationParams(
  form: AttestationForm,
  today: string,
): { ok: true; kind: LetterKindName; params: LetterParams } | { ok: false; errorKey: 'attestations.invalidYear' } {
  const kind = attestationKindOf[form.choice];
  switch (form.choice) {
    case 'affiliation':
      return { ok: true, kind, params: {} };
    case 'regularity':
      return { ok: true, kind, params: { asOf: form.asOf } };
    case 'payment':
      return { ok: true, kind, params: { from: form.from, to: form.to } };
    case 'tax': {
      const year = Number(form.year);
      if (!Number.isInteger(year) || year < 1990 || year > Number(today.slice(0, 4)))
        return { ok: false, errorKey: 'attestations.invalidYear' };
      return { ok: true, kind, params: { year } };
    }
  }
}
