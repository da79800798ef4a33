/**
 * Step 2 (person): category and start date, and what they mean — starter years, primo-starter,
 * floors and thresholds, the first year's provisional contributions — as the rules engine says.
 */
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../i18n/message-text';
import { intakeCategories, type ActivityForm, type IntakeDraftDto } from '../../../../shared/contract/channels/intake';
import { parseEuros } from '../../../../shared/domain/money';
import { contributionCategoryLabel } from '../../../ui/contribution-labels';
import { ExplanationList } from '../../../ui/ExplanationList';
import { FormField } from '../../../ui/FormField';
import type { FieldErrors } from '../intake-issues';
import { SelectField, TextField } from './fields';

type Props = {
  form: ActivityForm;
  errors: FieldErrors;
  consequences: IntakeDraftDto['consequences'];
  estimate: string;
  onEstimate: (value: string) => void;
  onChange: (patch: Partial<ActivityForm>, field: string) => void;
};

export function ActivityStep({ form, errors, consequences, estimate, onEstimate, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <fieldset className="intake__group">
        <legend>{t('intake.activity.title')}</legend>
        <div className="form-grid">
          <SelectField
            id="intake-activity-category"
            label={t('simulation.fields.category')}
            value={form.category}
            error={errors.category}
            options={[
              { value: '' as const, label: t('intake.choose') },
              ...intakeCategories.map((category) => ({
                value: category,
                label: contributionCategoryLabel(t, category),
              })),
            ]}
            onChange={(category) =>
              onChange({ category, ...(category !== 'main' ? { isPrimoStarter: false } : {}) }, 'category')
            }
          />
          <TextField
            id="intake-activity-startDate"
            label={t('simulation.fields.start')}
            type="date"
            value={form.startDate}
            error={errors.startDate}
            onChange={(startDate) => onChange({ startDate }, 'startDate')}
          />
          <FormField
            id="intake-activity-estimate"
            label={t('intake.activity.estimate')}
            hint={t('intake.activity.estimateHint')}
            error={errors.estimatedIncomeCents}
            suffix="€"
          >
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={estimate}
              onChange={(event) => {
                onEstimate(event.target.value);
                const amount = event.target.value.trim() === '' ? null : parseEuros(event.target.value);
                if (amount !== undefined && (amount === null || amount >= 0))
                  onChange({ estimatedIncomeCents: amount }, 'estimatedIncomeCents');
              }}
            />
          </FormField>
        </div>
        {form.category === 'main' && (
          <label className="form-check intake__check">
            <input
              type="checkbox"
              checked={form.isPrimoStarter}
              onChange={(event) => onChange({ isPrimoStarter: event.target.checked }, 'isPrimoStarter')}
            />
            {t('intake.activity.primoStarter')}
          </label>
        )}
        {errors.isPrimoStarter && (
          <p className="form-field__error">
            {messageText(t, (key) => i18n.exists(key), errors.isPrimoStarter, {}, 'errors.validation')}
          </p>
        )}
      </fieldset>
      <section className="intake__consequences" aria-labelledby="intake-consequences-title" aria-live="polite">
        <h3 id="intake-consequences-title" className="explanation__title">
          {t('intake.activity.consequences')}
        </h3>
        {consequences.length === 0 ? (
          <p className="empty-note">{t('intake.activity.noConsequences')}</p>
        ) : (
          <ExplanationList lines={consequences} />
        )}
      </section>
    </>
  );
}
