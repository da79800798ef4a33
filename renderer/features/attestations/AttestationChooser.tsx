/**
 * The attestation and its period: one radio per kind (arrow keys move between them), and only the
 * fields the chosen kind needs, already filled with the usual request.
 */
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import type { AttestationChoice, AttestationForm } from './attestation-form';

type Props = {
  form: AttestationForm;
  choices: readonly AttestationChoice[];
  yearError: string | null;
  onChange: (form: AttestationForm) => void;
};

export function AttestationChooser({ form, choices, yearError, onChange }: Props) {
  const { t } = useTranslation();
  const set = (field: keyof AttestationForm) => (event: { target: { value: string } }) =>
    onChange({ ...form, [field]: event.target.value });
  return (
    <div className="stack">
      <fieldset className="attestations__kinds">
        <legend>{t('attestations.kindLegend')}</legend>
        {choices.map((choice) => (
          <label key={choice} className="attestations__kind">
            <input
              type="radio"
              name="attestation-kind"
              value={choice}
              checked={form.choice === choice}
              onChange={() => onChange({ ...form, choice })}
            />
            {t(`attestations.kind.${choice}`)}
          </label>
        ))}
      </fieldset>
      {form.choice === 'regularity' && (
        <FormField id="attestation-as-of" label={t('attestations.asOf')}>
          <DateInput value={form.asOf} onChange={(asOf) => onChange({ ...form, asOf })} />
        </FormField>
      )}
      {form.choice === 'payment' && (
        <div className="button-row">
          <FormField id="attestation-from" label={t('attestations.from')}>
            <DateInput value={form.from} onChange={(from) => onChange({ ...form, from })} />
          </FormField>
          <FormField id="attestation-to" label={t('attestations.to')}>
            <DateInput value={form.to} onChange={(to) => onChange({ ...form, to })} />
          </FormField>
        </div>
      )}
      {form.choice === 'tax' && (
        <FormField id="attestation-year" label={t('attestations.year')} error={yearError}>
          <input type="number" inputMode="numeric" min={1990} value={form.year} onChange={set('year')} />
        </FormField>
      )}
    </div>
  );
}
