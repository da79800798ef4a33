/**
 * One conflict: the case file, the field, head office's value and the other one (who entered it),
 * and the decision — keep head office's value, take the other, or enter a corrected value — which
 * is confirmed before it is sent. A duplicate (one NISS or enterprise number on two case files)
 * shows the number and the other case file instead, to keep the number or correct it. A settled conflict shows "being synchronised" until head office
 * confirms it. Keyboard-first: radio buttons, Enter in the corrected value, Escape cancels.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictDecision, SyncConflictDto } from '../../../shared/contract/channels/sync';
import type { ContractError } from '../../../shared/contract/errors';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { conflictStatusLabel, fieldLabel, formatFieldValue, formatInstant } from './sync-labels';

type Choice = ConflictDecision['choice'];

type Props = {
  conflict: SyncConflictDto;
  onResolve: (id: string, decision: ConflictDecision) => Promise<ContractError | null>;
};

export function ConflictItem({ conflict, onResolve }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [value, setValue] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [valueError, setValueError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = `sync-conflict-${conflict.id}`;
  const field = fieldLabel(t, conflict.field);
  const show = (fieldValue: SyncConflictDto['serverValue']) =>
    formatFieldValue(t, format.language, conflict.field, fieldValue);
  const isOpen = conflict.status === 'open';
  // Two case files holding one NISS or enterprise number: nothing to choose between, one number to keep or correct.
  const isDuplicate = conflict.kind === 'duplicate-key';
  const enteredBy = (
    <span className="sync-conflict__who">
      {conflict.losingAdvisor
        ? t('sync.conflicts.enteredBy', { name: conflict.losingAdvisor.displayName })
        : t('sync.conflicts.enteredByUnknown')}
    </span>
  );

  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  function decision(): ConflictDecision | null {
    if (choice === 'server') return { choice: 'server' };
    if (choice === 'losing') return { choice: 'losing' };
    if (choice === 'value') return { choice: 'value', value: value.trim() };
    return null;
  }

  function askConfirmation(event: FormEvent): void {
    event.preventDefault();
    if (choice === 'value' && value.trim() === '') {
      setValueError('sync.errors.valueRequired');
      return;
    }
    setValueError(null);
    if (decision()) setConfirming(true);
  }

  async function confirm(): Promise<void> {
    const chosen = decision();
    if (!chosen || isSending) return;
    setSending(true);
    const failure = await onResolve(conflict.id, chosen);
    setSending(false);
    setError(failure);
    setConfirming(false);
  }

  function confirmationText(): string {
    if (choice === 'server' && isDuplicate)
      return t('sync.conflicts.duplicate.confirmKeep', { value: show(conflict.serverValue) });
    if (choice === 'server') return t('sync.conflicts.confirmServer', { value: show(conflict.serverValue), field });
    if (choice === 'losing') return t('sync.conflicts.confirmLosing', { value: show(conflict.losingValue), field });
    return t('sync.conflicts.confirmValue', { value: value.trim(), field });
  }

  function onConfirmKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // Escape here cancels the confirmation, not the page (the case file uses it to go back).
    event.preventDefault();
    event.stopPropagation();
    setConfirming(false);
  }

  return (
    <li className="card sync-conflict" aria-labelledby={headingId}>
      <div className="sync-conflict__header">
        <h2 id={headingId} className="card__title">
          {isDuplicate ? t('sync.conflicts.duplicate.title', { field }) : field}
          {' — '}
          {conflict.caseFile ? (
            <Link
              to={caseFilePath(conflict.caseFile)}
              aria-label={t('sync.conflicts.openCaseFile', { name: conflict.caseFileLabel ?? '' })}
            >
              {conflict.caseFileLabel ?? t('sync.conflicts.caseFile')}
            </Link>
          ) : (
            (conflict.caseFileLabel ?? t('sync.conflicts.noCaseFile'))
          )}
        </h2>
        <span className={`badge sync-conflict__status is-${conflict.status}`}>
          {conflictStatusLabel(t, conflict.status)}
        </span>
      </div>
      <p className="sync-page__hint">
        {t('sync.conflicts.createdAt', { date: formatInstant(conflict.createdAt, format.language) })}
      </p>
      {isDuplicate ? (
        <>
          <p>{t('sync.conflicts.duplicate.explanation')}</p>
          <dl className="sync-conflict__values">
            <ConflictValue label={t('sync.conflicts.duplicate.value')}>{show(conflict.serverValue)}</ConflictValue>
            <ConflictValue label={t('sync.conflicts.duplicate.otherCaseFile')}>
              {conflict.duplicateOf ? (
                <Link
                  to={caseFilePath(conflict.duplicateOf)}
                  aria-label={t('sync.conflicts.openCaseFile', { name: conflict.duplicateOfLabel ?? '' })}
                >
                  {conflict.duplicateOfLabel}
                </Link>
              ) : (
                t('sync.conflicts.duplicate.otherNotHere')
              )}
              {enteredBy}
            </ConflictValue>
          </dl>
        </>
      ) : (
        <dl className="sync-conflict__values">
          <ConflictValue label={t('sync.conflicts.serverValue')}>{show(conflict.serverValue)}</ConflictValue>
          <ConflictValue label={t('sync.conflicts.losingValue')}>
            {show(conflict.losingValue)}
            {enteredBy}
          </ConflictValue>
        </dl>
      )}
      {!isOpen ? (
        <p>
          {t('sync.conflicts.resolvedValue', { value: show(conflict.resolvedValue) })}
          {conflict.resolvedBy && ` ${t('sync.conflicts.resolvedBy', { name: conflict.resolvedBy.displayName })}`}
        </p>
      ) : (
        <form onSubmit={askConfirmation} noValidate>
          <fieldset className="sync-conflict__decision" disabled={isConfirming || isSending}>
            <legend className="visually-hidden">{t('sync.conflicts.decision')}</legend>
            <label className="form-check">
              <input
                type="radio"
                name={`decision-${conflict.id}`}
                checked={choice === 'server'}
                onChange={() => setChoice('server')}
              />
              {isDuplicate ? t('sync.conflicts.duplicate.keep') : t('sync.conflicts.keepServer')}
            </label>
            {!isDuplicate && (
              <label className="form-check">
                <input
                  type="radio"
                  name={`decision-${conflict.id}`}
                  checked={choice === 'losing'}
                  onChange={() => setChoice('losing')}
                />
                {t('sync.conflicts.takeLosing')}
              </label>
            )}
            <label className="form-check">
              <input
                type="radio"
                name={`decision-${conflict.id}`}
                checked={choice === 'value'}
                onChange={() => setChoice('value')}
              />
              {isDuplicate ? t('sync.conflicts.duplicate.correct') : t('sync.conflicts.enterValue')}
            </label>
            {choice === 'value' && (
              <FormField
                id={`sync-conflict-value-${conflict.id}`}
                label={t('sync.conflicts.correctedValue')}
                error={valueError}
              >
                <input value={value} onChange={(event) => setValue(event.target.value)} maxLength={200} autoFocus />
              </FormField>
            )}
            <div className="button-row">
              <button type="submit" className="button button--secondary" disabled={choice === null}>
                {t('sync.conflicts.resolve')}
              </button>
            </div>
          </fieldset>
          {isConfirming && (
            <div
              className="sync-conflict__confirm"
              role="group"
              aria-label={t('sync.conflicts.confirmTitle')}
              onKeyDown={onConfirmKeyDown}
            >
              <p>{confirmationText()}</p>
              <div className="button-row">
                <button
                  ref={confirmRef}
                  type="button"
                  className="button"
                  onClick={() => void confirm()}
                  disabled={isSending}
                >
                  {t('sync.conflicts.confirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('sync.conflicts.cancel')}
                </button>
              </div>
            </div>
          )}
        </form>
      )}
      {error && (
        <ErrorMessage
          error={
            error.messageKey === 'errors.notFound' ? { ...error, messageKey: 'sync.conflicts.settledElsewhere' } : error
          }
        />
      )}
    </li>
  );
}

/** One side of a conflict: what it is, and its value. */
function ConflictValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sync-conflict__value">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
