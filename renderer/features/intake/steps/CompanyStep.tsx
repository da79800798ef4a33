/** Company intake, step 1: enterprise number, name, legal form, balance-sheet class, start and seat. */
import { useTranslation } from 'react-i18next';
import type { CompanyForm } from '../../../../shared/contract/channels/intake';
import type { FieldErrors } from '../intake-issues';
import { AddressFields, LanguageField, SelectField, TextField } from './fields';

type Props = { form: CompanyForm; errors: FieldErrors; onChange: (patch: Partial<CompanyForm>, field: string) => void };

export function CompanyStep({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const text = (field: keyof CompanyForm & string, label: string, type: 'text' | 'date' = 'text') => (
    <TextField
      id={`intake-company-${field}`}
      label={label}
      type={type}
      value={String(form[field])}
      error={errors[field]}
      onChange={(value) => onChange({ [field]: value }, field)}
    />
  );
  return (
    <>
      <fieldset className="intake__group">
        <legend>{t('intake.company.title')}</legend>
        <div className="form-grid">
          {text('enterpriseNumber', t('identifier.enterpriseNumber'))}
          {text('name', t('intake.company.name'))}
          {text('legalForm', t('caseFile.identity.legalForm'))}
          <SelectField
            id="intake-company-balanceSheetClass"
            label={t('intake.company.balanceSheetClass')}
            value={form.balanceSheetClass}
            error={errors.balanceSheetClass}
            options={[
              { value: '', label: t('intake.choose') },
              { value: 'small', label: t('intake.company.small') },
              { value: 'large', label: t('intake.company.large') },
            ]}
            onChange={(balanceSheetClass) => onChange({ balanceSheetClass }, 'balanceSheetClass')}
          />
          {text('startDate', t('intake.company.startDate'), 'date')}
          <LanguageField
            id="intake-company-language"
            value={form.language}
            onChange={(language) => onChange({ language }, 'language')}
          />
        </div>
      </fieldset>
      <AddressFields
        idPrefix="intake-company"
        legend={t('intake.company.seat')}
        form={form}
        errors={errors}
        onChange={onChange}
      />
    </>
  );
}
