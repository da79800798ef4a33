/** Months or an instalment amount, the start date and an optional larger advance. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import type { PlanForm, PlanFormErrors } from './plan-form';

type Props = {
  form: PlanForm;
  errors: PlanFormErrors;
  /** After a submit every error shows; before, only those of the fields the advisor touched. */
  isSubmitted?: boolean;
  onChange: (patch: Partial<PlanForm>) => void;
};
type TermField = 'months' | 'instalment' | 'start' | 'advance';

export function PlanTermsForm({ form, errors: allErrors, isSubmitted = false, onChange }: Props) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<TermField>>(() => new Set());
  const touch = (field: TermField) =>
    setTouched((current) => (current.has(field) ? current : new Set([...current, field])));
  const errors: PlanFormErrors = Object.fromEntries(
    Object.entries(allErrors).filter(([field]) => isSubmitted || touched.has(field as TermField)),
  );
  const change = (field: TermField, patch: Partial<PlanForm>) => {
    touch(field);
    onChange(patch);
  };
  return (
    <fieldset className="card plan-terms">
      <legend className="card__title">{t('paymentPlan.terms.title')}</legend>
      <div className="plan-terms__kind" role="radiogroup" aria-label={t('paymentPlan.terms.kind')}>
        <label className="form-check">
          <input
            type="radio"
            name="plan-terms-kind"
            checked={form.termsKind === 'months'}
            onChange={() => onChange({ termsKind: 'months' })}
          />
          {t('paymentPlan.terms.byMonths')}
        </label>
        <label className="form-check">
          <input
            type="radio"
            name="plan-terms-kind"
            checked={form.termsKind === 'instalment'}
            onChange={() => onChange({ termsKind: 'instalment' })}
          />
          {t('paymentPlan.terms.byInstalment')}
        </label>
      </div>
      <div className="form-grid">
        {form.termsKind === 'months' ? (
          <FormField
            id="plan-months"
            label={t('paymentPlan.terms.months')}
            error={errors.months}
            hint={t('paymentPlan.terms.monthsHint')}
          >
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={form.months}
              onChange={(event) => change('months', { months: event.target.value })}
              onBlur={() => touch('months')}
            />
          </FormField>
        ) : (
          <FormField
            id="plan-instalment"
            label={t('paymentPlan.terms.instalment')}
            error={errors.instalment}
            suffix="€"
          >
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.instalment}
              onChange={(event) => change('instalment', { instalment: event.target.value })}
              onBlur={() => touch('instalment')}
            />
          </FormField>
        )}
        <FormField
          id="plan-start"
          label={t('paymentPlan.terms.start')}
          error={errors.start}
          hint={t('paymentPlan.terms.startHint')}
        >
          <DateInput value={form.start} onChange={(start) => change('start', { start })} />
        </FormField>
        <FormField
          id="plan-advance"
          label={t('paymentPlan.terms.advance')}
          error={errors.advance}
          hint={t('paymentPlan.terms.advanceHint')}
          suffix="€"
        >
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={form.advance}
            onChange={(event) => change('advance', { advance: event.target.value })}
            onBlur={() => touch('advance')}
          />
        </FormField>
      </div>
    </fieldset>
  );
}
