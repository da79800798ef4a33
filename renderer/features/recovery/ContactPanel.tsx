/** The personal contact the fund promises before the very first judicial recovery: open it, then close it with its outcome. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactOutcomes, type RecoveryStatusDto } from '../../../shared/contract/channels/recovery';
import { useFormat } from '../../i18n/use-format';
import { FormField } from '../../ui/FormField';
import { outcomeLabel } from './recovery-labels';

type Outcome = (typeof contactOutcomes)[number];
type Props = {
  status: RecoveryStatusDto;
  isBusy: boolean;
  onOpen: () => void;
  onComplete: (taskId: string, outcome: Outcome) => void;
};

export function ContactPanel({ status, isBusy, onOpen, onComplete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const task = status.contactTask;
  const isCompletable = task !== null && (task.status === 'open' || (task.status === 'done' && task.outcome === null));
  return (
    <section className="card" aria-labelledby="recovery-contact-title">
      <h2 id="recovery-contact-title" className="card__title">
        {t('recovery.contact.title')}
      </h2>
      {task === null && <p className="empty-note">{t('recovery.contact.none')}</p>}
      {task !== null && task.status === 'done' && task.outcome !== null && (
        <p data-testid="recovery-contact-done">
          {t('recovery.contact.done', { outcome: outcomeLabel(t, task.outcome) })}
        </p>
      )}
      {task !== null && isCompletable && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (outcome !== '') onComplete(task.id, outcome);
          }}
        >
          <p>{t('recovery.contact.dueDate', { date: format.date(task.dueDate) })}</p>
          <FormField id="recovery-contact-outcome" label={t('recovery.contact.outcome')}>
            <select value={outcome} onChange={(event) => setOutcome(event.target.value as Outcome | '')}>
              <option value="" />
              {contactOutcomes.map((value) => (
                <option key={value} value={value}>
                  {outcomeLabel(t, value)}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit" className="button" disabled={isBusy || outcome === ''}>
            {t('recovery.contact.complete')}
          </button>
        </form>
      )}
      {status.action === 'open-personal-contact' && status.isActionDue && (
        <button type="button" className="button" disabled={isBusy} onClick={onOpen}>
          {t('recovery.contact.open')}
        </button>
      )}
    </section>
  );
}
