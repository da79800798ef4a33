/** Company intake, step 1: enterprise number, name, legal form, balance-sheet class, start and seat. */
import { useTranslation } from 'react-i18next';
import type { CompanyForm } from '../../../../shared/contract/channels/intake';
import type { FieldErrors } from '../intake-issues';
import { municipalityNames, SelectField, TextField } from './fields';

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
      suggestions={field === 'municipality' ? municipalityNames(form.postalCode) : undefined}
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
          <SelectField
            id="intake-company-language"
            label={t('caseFile.identity.language')}
            value={form.language}
            options={[
              { value: 'fr', label: t('languages.fr') },
              { value: 'nl', label: t('languages.nl') },
              { value: 'de', label: t('languages.de') },
            ]}
            onChange={(language) => onChange({ language }, 'language')}
          />
        </div>
      </fieldset>
      <fieldset className="intake__group">
        <legend>{t('intake.company.seat')}</legend>
        <div className="form-grid">
          {text('street', t('intake.address.street'))}
          {text('houseNumber', t('intake.address.houseNumber'))}
          {text('box', t('intake.address.box'))}
          {text('postalCode', t('intake.address.postalCode'))}
          {text('municipality', t('intake.address.municipality'))}
        </div>
      </fieldset>
    </>
  );
}
