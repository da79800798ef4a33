/**
 * A labelled form control with its hint and its error, wired for assistive technology: the error
 * sets `aria-invalid` and both texts are referenced by `aria-describedby`. The error is a message
 * key, translated here (an unknown key shows the generic validation message, never a raw key).
 */
import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../i18n/message-text';

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translation key of the error, or null/undefined when the value is fine. */
  error?: string | null;
  errorParams?: Record<string, string | number>;
  suffix?: ReactNode;
  className?: string;
  children: ReactElement<ControlProps>;
};

export function FormField({ id, label, hint, error, errorParams, suffix, className, children }: Props) {
  const { t, i18n } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  });
  return (
    <div className={['form-field', error ? 'has-error' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      {suffix ? (
        <span className="form-field__with-suffix">
          {control}
          <span className="form-field__suffix" aria-hidden="true">
            {suffix}
          </span>
        </span>
      ) : (
        control
      )}
      {hint && (
        <span id={hintId} className="form-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="form-field__error">
          {messageText(t, (key) => i18n.exists(key), error, errorParams, 'errors.validation')}
        </span>
      )}
    </div>
  );
}
