/** The case file's judicial files: the agent, what was claimed, the costs and payments, and every event. */
import { useTranslation } from 'react-i18next';
import type { JudicialFileDto } from '../../../shared/contract/channels/recovery';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { agentLabel, closureLabel, eventLabel, judicialKindLabel } from './recovery-labels';
import { JudicialEventForm, type JudicialEventInput } from './JudicialEventForm';

type Props = {
  files: readonly JudicialFileDto[];
  /** Set for the roles that follow judicial files up: the form to record what happened. */
  follow?: { today: string; isBusy: boolean; onAdd: (fileId: string, input: JudicialEventInput) => void };
};

export function JudicialFiles({ files, follow }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="recovery-files-title">
      <h2 id="recovery-files-title" className="card__title">
        {t('recovery.files.title')}
      </h2>
      {files.length === 0 && <p className="empty-note">{t('recovery.files.empty')}</p>}
      {files.map((file) => (
        <article key={file.id} className="stack" data-testid="judicial-file">
          <h3>
            {judicialKindLabel(t, file.kind)} —{' '}
            {file.status === 'open'
              ? t('recovery.files.open')
              : t('recovery.files.closed', { date: format.date(file.closedOn ?? '') })}
            {file.closure !== null && ` (${closureLabel(t, file.closure)})`}
          </h3>
          <p>
            {t('recovery.files.handedOver', {
              date: format.date(file.handedOverOn),
              agent: `${agentLabel(t, file.agentKind)} ${file.agentName}`,
            })}
            {file.judgementOn !== null &&
              ` · ${t('recovery.files.judgement', { date: format.date(file.judgementOn) })}`}
          </p>
          <dl className="case-file__balance">
            <div>
              <dt>{t('recovery.files.claimed')}</dt>
              <dd>{format.money(cents(file.claimedCents))}</dd>
            </div>
            <div>
              <dt>{t('recovery.files.costs')}</dt>
              <dd>{format.money(cents(file.costsCents))}</dd>
            </div>
            <div>
              <dt>{t('recovery.files.received')}</dt>
              <dd>{format.money(cents(file.receivedCents))}</dd>
            </div>
          </dl>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('recovery.files.eventDate')}</th>
                <th scope="col">{t('recovery.files.eventKind')}</th>
                <th scope="col" className="amount">
                  {t('recovery.files.eventAmount')}
                </th>
                <th scope="col">{t('recovery.files.eventNote')}</th>
              </tr>
            </thead>
            <tbody>
              {file.events.map((event) => (
                <tr key={event.id}>
                  <td>{format.date(event.occurredOn)}</td>
                  <td>{eventLabel(t, event.kind)}</td>
                  <td className="amount">{event.amountCents === 0 ? '' : format.money(cents(event.amountCents))}</td>
                  <td>{event.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {follow && file.status === 'open' && (
            <JudicialEventForm
              fileId={file.id}
              today={follow.today}
              isBusy={follow.isBusy}
              onAdd={(input) => follow.onAdd(file.id, input)}
            />
          )}
        </article>
      ))}
    </section>
  );
}
