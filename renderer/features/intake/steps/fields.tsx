/** Small bound controls for the wizard's steps: a text field and a select, wired to FormField. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/contract/app-contract';
import { municipalitiesFor } from '../../../../shared/domain/identifiers/postal-code';
import { DateInput } from '../../../ui/DateInput';
import { FormField } from '../../../ui/FormField';
import { municipalityAfter } from '../../../ui/municipality-choice';

type TextProps = {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'date' | 'email' | 'tel';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  className?: string;
  /** Suggestions offered as the advisor types (a datalist), e.g. the municipalities of a postal code. */
  suggestions?: readonly string[];
  onChange: (value: string) => void;
};

export function TextField({
  id,
  label,
  value,
  error,
  hint,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  className,
  suggestions,
  onChange,
}: TextProps) {
  const listId = suggestions && suggestions.length > 0 ? `${id}-suggestions` : undefined;
  return (
    <>
      <FormField id={id} label={label} error={error} hint={hint} className={className}>
        {type === 'date' ? (
          <DateInput value={value} onChange={onChange} />
        ) : (
          <input
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            list={listId}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </FormField>
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </>
  );
}

/** The municipality names the postal code list accepts for a code (empty while the code is unknown). */
export function municipalityNames(postalCode: string): string[] {
  const code = postalCode.trim();
  return /^\d{4}$/.test(code) ? municipalitiesFor(code).map((municipality) => municipality.name) : [];
}

type SelectProps<V extends string> = {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  error?: string | undefined;
  hint?: ReactNode;
  onChange: (value: V) => void;
};

export function SelectField<V extends string>({ id, label, value, options, error, hint, onChange }: SelectProps<V>) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** The language the fund writes to the affiliate in (letters, notices): one of the three national languages. */
export function LanguageField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('caseFile.identity.language')}
      value={value}
      options={languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      onChange={onChange}
    />
  );
}

type AddressForm = { street: string; houseNumber: string; box: string; postalCode: string; municipality: string };

/**
 * A Belgian address as the wizard takes it, for a domicile or a registered seat alike. The postal code
 * fills the municipality when it has only one; when several share it, the municipality is a choice
 * among them.
 */
export function AddressFields({
  idPrefix,
  legend,
  form,
  errors,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  form: AddressForm;
  errors: Partial<Record<string, string>>;
  onChange: (patch: Partial<AddressForm>, field: keyof AddressForm) => void;
}) {
  const { t } = useTranslation();
  const field = (name: keyof AddressForm, label: string, extra: Partial<TextProps> = {}) => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={label}
      value={form[name]}
      error={errors[name]}
      onChange={(value) => onChange({ [name]: value }, name)}
      {...extra}
    />
  );
  const names = municipalityNames(form.postalCode);
  return (
    <fieldset className="intake__group">
      <legend>{legend}</legend>
      <div className="form-grid">
        {field('street', t('intake.address.street'))}
        {field('houseNumber', t('intake.address.houseNumber'))}
        {field('box', t('intake.address.box'))}
        {field('postalCode', t('intake.address.postalCode'), {
          inputMode: 'numeric',
          onChange: (postalCode) =>
            onChange(
              { postalCode, municipality: municipalityAfter(municipalityNames(postalCode), form.municipality) },
              'postalCode',
            ),
        })}
        {names.length > 1 ? (
          <SelectField
            id={`${idPrefix}-municipality`}
            label={t('intake.address.municipality')}
            value={names.includes(form.municipality) ? form.municipality : ''}
            options={[
              { value: '', label: t('intake.address.chooseMunicipality') },
              ...names.map((name) => ({ value: name, label: name })),
            ]}
            error={errors.municipality}
            onChange={(municipality) => onChange({ municipality }, 'municipality')}
          />
        ) : (
          field('municipality', t('intake.address.municipality'))
        )}
      </div>
    </fieldset>
  );
}
