/**
 * Complaints of the case file: register one (subject, details, date received; the answer is due
 * after the fund's answer period), follow it, answer it (the answer letter goes to "to print").
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDto } from '../../../shared/contract/channels/complaint';
import type { ContractError } from '../../../shared/contract/errors';
import { fundDay } from '../../../shared/domain/fund-day';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import { ComplaintItem } from './ComplaintItem';

export function ComplaintsTab({ caseFile }: { caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [complaints, setComplaints] = useState<ComplaintDto[]>([]);
  const [answerDays, setAnswerDays] = useState<number | null>(null);
  const [subject, setSubject] = useState('');
  const [details, setDetails] = useState('');
  const [receivedOn, setReceivedOn] = useState<string>(() => fundDay(new Date()));
  const [error, setError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const { kind, id } = caseFile;
  useEffect(() => {
    void api.complaint.list({ kind, id }).then((reply) => reply.ok && setComplaints(reply.value));
    void api.complaint.policy({}).then((reply) => reply.ok && setAnswerDays(reply.value.answerDays));
  }, [api, kind, id]);

  async function register(): Promise<void> {
    const reply = await api.complaint.register({ ...caseFile, subject, details, receivedOn });
    if (!reply.ok) return setError(reply.error);
    setComplaints((current) => [reply.value, ...current]);
    setSubject('');
    setDetails('');
    setError(null);
    setMessage(t('complaint.registered', { date: format.date(reply.value.answerDueOn) }));
  }

  const onChanged = (changed: ComplaintDto, text?: string) => {
    setComplaints((current) => current.map((item) => (item.id === changed.id ? changed : item)));
    setMessage(text ?? null);
  };

  const issue = (path: string) => error?.details?.issues?.find((item) => item.path === path)?.messageKey ?? null;
  const hasFieldError = issue('subject') !== null || issue('details') !== null || issue('receivedOn') !== null;
  return (
    <div className="stack">
      <form
        className="card complaint-form"
        aria-labelledby="complaint-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void register();
        }}
      >
        <h2 id="complaint-form-title" className="card__title">
          {t('complaint.add')}
        </h2>
        {answerDays !== null && <p className="form-hint">{t('complaint.deadlineRule', { days: answerDays })}</p>}
        <div className="form-grid">
          <FormField id="complaint-subject" label={t('complaint.subject')} error={issue('subject')}>
            <input type="text" value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} />
          </FormField>
          <FormField id="complaint-received" label={t('complaint.receivedOn')} error={issue('receivedOn')}>
            <DateInput value={receivedOn} onChange={setReceivedOn} />
          </FormField>
        </div>
        <FormField id="complaint-details" label={t('complaint.details')} error={issue('details')}>
          <textarea value={details} onChange={(event) => setDetails(event.target.value)} />
        </FormField>
        {error && !hasFieldError && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button">
            {t('complaint.register')}
          </button>
        </div>
      </form>
      {message && (
        <p className="status-message" role="status">
          {message}
        </p>
      )}
      <section className="card" aria-labelledby="complaints-title">
        <h2 id="complaints-title" className="card__title">
          {t('complaint.title')}
        </h2>
        {complaints.length === 0 ? (
          <p className="empty-note">{t('complaint.empty')}</p>
        ) : (
          <ol className="timeline">
            {complaints.map((complaint) => (
              <ComplaintItem key={complaint.id} complaint={complaint} onChanged={onChanged} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
