/** Step 3 (person): the helping-spouse link, required for the helping-spouse category. */
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../i18n/message-text';
import type { SpouseForm } from '../../../../shared/contract/channels/intake';
import type { FieldErrors } from '../intake-issues';
import { SelectField, TextField } from './fields';

type Props = {
  form: SpouseForm;
  errors: FieldErrors;
  isRequired: boolean;
  onChange: (patch: Partial<SpouseForm>, field: string) => void;
};

export function SpouseStep({ form, errors, isRequired, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="intake__group">
      <legend>{t('intake.spouse.title')}</legend>
      {isRequired && <p className="intake__note">{t('intake.spouse.required')}</p>}
      <label className="form-check intake__check">
        <input
          type="checkbox"
          checked={form.hasPartner}
          onChange={(event) => onChange({ hasPartner: event.target.checked }, 'hasPartner')}
        />
        {t('intake.spouse.hasPartner')}
      </label>
      {errors.relation && !form.hasPartner && (
        <p className="form-field__error">
          {messageText(t, (key) => i18n.exists(key), errors.relation, {}, 'errors.validation')}
        </p>
      )}
      {form.hasPartner && (
        <div className="form-grid">
          <SelectField
            id="intake-spouse-relation"
            label={t('intake.spouse.relation')}
            value={form.relation}
            error={errors.relation}
            options={[
              { value: '', label: t('intake.choose') },
              { value: 'assists', label: t('caseFile.links.assists') },
              { value: 'assisted-by', label: t('caseFile.links.assistedBy') },
            ]}
            onChange={(relation) => onChange({ relation }, 'relation')}
          />
          <TextField
            id="intake-spouse-partnerNiss"
            label={t('intake.spouse.partnerNiss')}
            inputMode="numeric"
            value={form.partnerNiss}
            error={errors.partnerNiss}
            onChange={(partnerNiss) => onChange({ partnerNiss }, 'partnerNiss')}
          />
        </div>
      )}
    </fieldset>
  );
}
