/**
 * Recording INASTI's decision on a filed request, offered to the deciding roles only: an optional
 * note for the letter (the template adds the reasons and the appeal route), INASTI's reference and
 * date as its notification gives them (printed on the letter), then grant or refuse.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../../shared/contract/channels/request';
import { DateInput } from '../../ui/DateInput';
import './counter.css';

/** INASTI's reference and date, sent only when typed. */
export type AuthorityDecision = { authorityReference?: string; authorityDecidedOn?: string };

type Props = {
  request: RequestDto;
  onDecide: (request: RequestDto, decision: 'granted' | 'refused', note: string, authority: AuthorityDecision) => void;
};

export function RequestDecision({ request, onDecide }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const noteId = `request-note-${request.id}`;
  const authority: AuthorityDecision = {
    ...(reference.trim() === '' ? {} : { authorityReference: reference.trim() }),
    ...(decidedOn === '' ? {} : { authorityDecidedOn: decidedOn }),
  };
  return (
    <span className="request-decision">
      <label htmlFor={noteId} className="form-field__label">
        {t('counter.request.note')}
      </label>
      <input
        id={noteId}
        className="input"
        value={note}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
      />
      <label htmlFor={`${noteId}-reference`} className="form-field__label">
        {t('counter.request.authorityReference')}
      </label>
      <input
        id={`${noteId}-reference`}
        className="input"
        value={reference}
        maxLength={60}
        onChange={(event) => setReference(event.target.value)}
      />
      <label htmlFor={`${noteId}-decided-on`} className="form-field__label">
        {t('counter.request.authorityDecidedOn')}
      </label>
      <DateInput id={`${noteId}-decided-on`} value={decidedOn} onChange={setDecidedOn} />
      <span className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDecide(request, 'granted', note, authority)}
        >
          {t('caseFile.requests.grant')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDecide(request, 'refused', note, authority)}
        >
          {t('caseFile.requests.refuse')}
        </button>
      </span>
    </span>
  );
}
