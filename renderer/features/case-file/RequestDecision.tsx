/**
 * Recording INASTI's decision on a filed request, offered to the deciding roles only: an optional
 * note for the letter (the template adds the reasons and the appeal route), then grant or refuse.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '../../../shared/contract/channels/request';
import './counter.css';

type Props = {
  request: RequestDto;
  onDecide: (request: RequestDto, decision: 'granted' | 'refused', note: string) => void;
};

export function RequestDecision({ request, onDecide }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const noteId = `request-note-${request.id}`;
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
      <span className="button-row">
        <button type="button" className="button button--secondary" onClick={() => onDecide(request, 'granted', note)}>
          {t('caseFile.requests.grant')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDecide(request, 'refused', note)}>
          {t('caseFile.requests.refuse')}
        </button>
      </span>
    </span>
  );
}
