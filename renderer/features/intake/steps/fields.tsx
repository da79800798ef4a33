/** Small bound controls for the wizard's steps: a text field and a select, wired to FormField. */
import type { ReactNode } from 'react';
import { municipalitiesFor } from '../../../../shared/domain/identifiers/postal-code';
import { FormField } from '../../../ui/FormField';

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

export function TextField({ id, label, value, error, hint, type = 'text', inputMode, autoComplete = 'off', className, suggestions, onChange }: TextProps) {
  const listId = suggestions && suggestions.length > 0 ? `${id}-suggestions` : undefined;
  return (
    <>
      <FormField id={id} label={label} error={error} hint={hint} className={className}>
        <input type={type} inputMode={inputMode} autoComplete={autoComplete} list={listId} value={value} onChange={(event) => onChange(event.target.value)} />
      </FormField>
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((suggestion) => <option key={suggestion} value={suggestion} />)}
        </datalist>
      )}
    </>
  );
}

/** The municipality names the postal code list accepts for a code (empty while the code is unknown). */
export function municipalityNames(postalCode: string): string[] {
  return municipalitiesFor(postalCode.trim()).map((municipality) => municipality.name);
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
