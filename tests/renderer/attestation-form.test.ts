import { describe, expect, it } from 'vitest';
import {
  attestationParams,
  choicesFor,
  defaultAttestationForm,
} from '../../renderer/features/attestations/attestation-form';

describe('attestation form: the usual request by default', () => {
  const today = '2026-12-06';
  const form = defaultAttestationForm(today);

  it('affiliation first; regularity today; payments from 1 January to today; tax certificate of last year', () => {
    expect(attestationParams(form, today)).toEqual({ ok: true, kind: 'affiliation-certificate', params: {} });
    expect(attestationParams({ ...form, choice: 'regularity' }, today)).toEqual({
      ok: true,
      kind: 'regularity-certificate',
      params: { asOf: today },
    });
    expect(attestationParams({ ...form, choice: 'payment' }, today)).toEqual({
      ok: true,
      kind: 'payment-certificate',
      params: { from: '2026-01-01', to: today },
    });
    expect(attestationParams({ ...form, choice: 'tax' }, today)).toEqual({
      ok: true,
      kind: 'tax-certificate',
      params: { year: 2025 },
    });
  });

  it('refuses a tax year in the future or not a year, with a translated key', () => {
    for (const year of ['2027', '', '20x5', '1989'])
      expect(attestationParams({ ...form, choice: 'tax', year }, today)).toEqual({
        ok: false,
        errorKey: 'attestations.invalidYear',
      });
  });

  it('offers no tax certificate to a company', () => {
    expect(choicesFor('company')).toEqual(['affiliation', 'regularity', 'payment']);
    expect(choicesFor('person')).toContain('tax');
  });
});
