/** One complaint of the case file: its deadline and status, and what can be done with it next. */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComplaintDto } from '../../../shared/contract/channels/complaint';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';

export function complaintStatusLabel(t: TFunction, status: ComplaintDto['status']): string {
  switch (status) {
    case 'received':
      return t('complaint.status.received');
    case 'in-progress':
      return t('complaint.status.inProgress');
    case 'answered':
      return t('complaint.status.answered');
    case 'closed':
      return t('complaint.status.closed');
  }
}

type Props = { complaint: ComplaintDto; onChanged: (complaint: ComplaintDto, message?: string) => void };

export function ComplaintItem({ complaint, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [isAnswering, setIsAnswering] = useState(false);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const isOpen = complaint.status === 'received' || complaint.status === 'in-progress';

  async function move(status: 'in-progress' | 'closed'): Promise<void> {
    const reply = await api.complaint.setStatus({ complaintId: complaint.id, status });
    if (reply.ok) onChanged(reply.value);
    else setError(reply.error);
  }

  async function sendAnswer(): Promise<void> {
    const reply = await api.complaint.answer({ complaintId: complaint.id, answer });
    if (!reply.ok) return setError(reply.error);
    setIsAnswering(false);
    onChanged(reply.value, t('complaint.answered'));
  }

  const answerError = error?.details?.issues?.find((issue) => issue.path === 'answer')?.messageKey ?? null;
  return (
    <li className="timeline__item complaint" data-status={complaint.status}>
      <p className="timeline__meta">
        {t('complaint.receivedOn')} {format.date(complaint.receivedOn)} ·{' '}
        <span className={`status-pill complaint-status--${complaint.status}`}>
          {complaintStatusLabel(t, complaint.status)}
        </span>
        {isOpen && (
          <span className={complaint.isOverdue || complaint.isNearDeadline ? 'is-overdue' : undefined}>
            {' '}
            · {t('complaint.answerDueOn')} {format.date(complaint.answerDueOn)}
          </span>
        )}
        {complaint.answeredOn && ` · ${t('complaint.answeredOn', { date: format.date(complaint.answeredOn) })}`}
      </p>
      <p className="timeline__subject">{complaint.subject}</p>
      {complaint.details && <p className="timeline__body">{complaint.details}</p>}
      {complaint.answer && <p className="timeline__body complaint__answer">{complaint.answer}</p>}
      {isAnswering ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void sendAnswer();
          }}
        >
          <FormField id={`answer-${complaint.id}`} label={t('complaint.answerText')} error={answerError}>
            <textarea value={answer} autoFocus onChange={(event) => setAnswer(event.target.value)} />
          </FormField>
          <div className="button-row">
            <button type="submit" className="button">
              {t('complaint.sendAnswer')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          {complaint.status === 'received' && (
            <button type="button" className="button button--secondary" onClick={() => void move('in-progress')}>
              {t('complaint.startWork')}
            </button>
          )}
          {isOpen && (
            <button type="button" className="button" onClick={() => setIsAnswering(true)}>
              {t('complaint.answer')}
            </button>
          )}
          {complaint.status !== 'closed' && (
            <button type="button" className="button button--secondary" onClick={() => void move('closed')}>
              {t('complaint.close')}
            </button>
          )}
        </div>
      )}
      {error && !answerError && <ErrorMessage error={error} />}
    </li>
  );
}
