/**
 * The one date field of the app: the advisor types day/month/year (01/04/2026, 1/4/2026, 01.04.2026,
 * 01-04-2026) whatever the system locale, and the form receives the ISO date or '' (empty or not a
 * date yet). The native date input follows the operating system's order (mm/dd/yyyy on a US system),
 * so it only serves as the calendar behind the button. Drops in where an `<input>` was: FormField
 * gives it its id, aria-invalid and aria-describedby.
 */
import type { ChangeEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate, typedDateText } from '../../shared/domain/typed-date';
import './date-input.css';

export type DateInputProps = {
  id?: string;
  /** The ISO date (yyyy-mm-dd) or '' when none. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/** What the field shows and the ISO value it last gave the form (to tell its own changes from the form's). */
type Shown = { text: string; value: string };

function problemKey(text: string): 'dateInput.wrongFormat' | 'dateInput.notInCalendar' | null {
  const typed = parseTypedDate(text);
  if (typed.kind !== 'wrong') return null;
  return typed.problem === 'format' ? 'dateInput.wrongFormat' : 'dateInput.notInCalendar';
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

function openPicker(native: HTMLInputElement | null): void {
  if (!native) return;
  try {
    native.showPicker();
  } catch {
    // Without a picker (an older engine), the typed field stays the way in.
    native.focus();
  }
}

export function DateInput({ id, value, onChange, required, disabled, className, ...aria }: DateInputProps) {
  const { t } = useTranslation();
  const native = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<Shown>(() => ({ text: typedDateText(value), value }));
  const [isTouched, setTouched] = useState(false);
  if (value !== shown.value) {
    // The form set the value itself (a reset, a loaded record): show it.
    setShown({ text: typedDateText(value), value });
    setTouched(false);
  }
  const give = (text: string, iso: string) => {
    setShown({ text, value: iso });
    if (iso !== value) onChange(iso);
  };
  const type = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = parseTypedDate(event.target.value);
    give(event.target.value, typed.kind === 'date' ? typed.date : '');
  };
  const problem = problemKey(shown.text);
  const message = problem ? t(problem, { text: shown.text.trim() }) : '';
  const errorId = isTouched && problem && id ? `${id}-date-error` : undefined;
  const describedBy = [errorId, aria['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <span className={['date-input', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        className="input date-input__text"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateInput.placeholder')}
        value={shown.text}
        required={required}
        disabled={disabled}
        aria-invalid={aria['aria-invalid'] || (isTouched && problem !== null) || undefined}
        aria-describedby={describedBy}
        ref={(element) => element?.setCustomValidity(message)}
        onChange={type}
        onBlur={() => {
          setTouched(true);
          const typed = parseTypedDate(shown.text);
          if (typed.kind === 'date') setShown({ text: typedDateText(typed.date), value: shown.value });
        }}
      />
      <button
        type="button"
        className="date-input__calendar"
        aria-label={t('dateInput.openCalendar')}
        title={t('dateInput.openCalendar')}
        disabled={disabled}
        onClick={() => openPicker(native.current)}
      >
        <CalendarIcon />
      </button>
      <input
        ref={native}
        className="date-input__native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={shown.value}
        disabled={disabled}
        onChange={(event) => {
          setTouched(false);
          give(typedDateText(event.target.value), event.target.value);
        }}
      />
      {errorId && (
        <span id={errorId} className="date-input__error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
