/** Step 1 (person): identity, contact and address. Birth date and sex are read from the NISS. */
import { useTranslation } from 'react-i18next';
import type { IdentityForm } from '../../../../shared/contract/channels/intake';
import type { FieldErrors } from '../intake-issues';
import { AddressFields, LanguageField, SelectField, TextField } from './fields';

type Props = {
  form: IdentityForm;
  errors: FieldErrors;
  onChange: (patch: Partial<IdentityForm>, field: string) => void;
};

export function IdentityStep({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const text = (
    field: keyof IdentityForm & string,
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={`intake-identity-${field}`}
      label={label}
      value={String(form[field])}
      error={errors[field]}
      onChange={(value) => onChange({ [field]: value }, field)}
      {...extra}
    />
  );
  return (
    <>
      <fieldset className="intake__group">
        <legend>{t('intake.identity.person')}</legend>
        <div className="form-grid">
          {text('niss', t('identifier.niss'), { className: 'mono', inputMode: 'numeric' })}
          {text('lastName', t('caseFile.identity.lastName'), { autoComplete: 'off' })}
          {text('firstName', t('caseFile.identity.firstName'))}
          {text('birthDate', t('caseFile.identity.birthDate'), { type: 'date' })}
          <SelectField
            id="intake-identity-sex"
            label={t('caseFile.identity.sex')}
            value={form.sex}
            error={errors.sex}
            options={[
              { value: '', label: t('intake.choose') },
              { value: 'F', label: t('caseFile.sex.female') },
              { value: 'M', label: t('caseFile.sex.male') },
            ]}
            onChange={(sex) => onChange({ sex }, 'sex')}
          />
          <LanguageField
            id="intake-identity-language"
            value={form.language}
            onChange={(language) => onChange({ language }, 'language')}
          />
        </div>
      </fieldset>
      <fieldset className="intake__group">
        <legend>{t('caseFile.contact.title')}</legend>
        <div className="form-grid">
          {text('email', t('caseFile.contact.email'), { type: 'email', inputMode: 'email' })}
          {text('phone', t('caseFile.contact.phone'), { type: 'tel', inputMode: 'tel' })}
          {text('iban', t('caseFile.contact.iban'), { className: 'mono' })}
        </div>
      </fieldset>
      <AddressFields
        idPrefix="intake-identity"
        legend={t('caseFile.address.title')}
        form={form}
        errors={errors}
        onChange={onChange}
      />
    </>
  );
}
