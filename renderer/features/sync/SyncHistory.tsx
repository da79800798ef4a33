/**
 * The last sync rounds and the changes head office refused for good. Refused changes are never
 * dropped silently: each is listed with its case file and the reason, so an advisor can act on it.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RejectedChangeDto, SyncRoundDto } from '../../../shared/contract/channels/sync';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { entityLabel, formatInstant, messageText, outcomeLabel, triggerLabel } from './sync-labels';

export function SyncHistory({ rounds }: { rounds: SyncRoundDto[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="sync-history-title">
      <h2 id="sync-history-title" className="card__title">
        {t('sync.history.title')}
      </h2>
      {rounds.length === 0 ? (
        <p className="empty-note">{t('sync.history.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="sync-history-title">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('sync.history.when')}</th>
                <th scope="col">{t('sync.history.trigger')}</th>
                <th scope="col">{t('sync.history.outcome')}</th>
                <th scope="col" className="amount">
                  {t('sync.history.pushed')}
                </th>
                <th scope="col" className="amount">
                  {t('sync.history.pulled')}
                </th>
                <th scope="col" className="amount">
                  {t('sync.history.rejected')}
                </th>
                <th scope="col" className="amount">
                  {t('sync.history.conflicts')}
                </th>
                <th scope="col">{t('sync.history.error')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id}>
                  <td>
                    <time dateTime={round.startedAt}>{formatInstant(round.startedAt, format.language)}</time>
                  </td>
                  {round.quietRounds > 1 ? (
                    // Rounds that moved nothing share one line: how many, and until when.
                    <td colSpan={7}>
                      {t('sync.history.quietRounds', {
                        count: round.quietRounds,
                        until: formatInstant(round.finishedAt ?? round.startedAt, format.language),
                      })}
                    </td>
                  ) : (
                    <>
                      <td>{triggerLabel(t, round.trigger)}</td>
                      <td>{outcomeLabel(t, round.outcome)}</td>
                      <td className="amount">{round.pushed}</td>
                      <td className="amount">{round.pulled}</td>
                      <td className="amount">{round.rejected}</td>
                      <td className="amount">{round.conflicts}</td>
                      <td>{round.errorKey ? messageText(t, (key) => i18n.exists(key), round.errorKey) : ''}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * `onRetry` sends one change again (head office may have widened this device's scope since);
 * `onDiscard` gives it up for good (a value head office will never accept). Disabled while a round runs.
 */
export function RejectedChanges({
  rejected,
  onRetry,
  onDiscard,
  isBusy,
}: {
  rejected: RejectedChangeDto[];
  onRetry: (mutationId: string) => void;
  onDiscard: (mutationId: string) => void;
  isBusy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="sync-rejected-title">
      <h2 id="sync-rejected-title" className="card__title">
        {t('sync.rejected.title')}
      </h2>
      {rejected.length === 0 ? (
        <p className="empty-note">{t('sync.rejected.empty')}</p>
      ) : (
        <>
          <p className="sync-page__hint">{t('sync.rejected.hint')}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('sync.rejected.when')}</th>
                  <th scope="col">{t('sync.rejected.what')}</th>
                  <th scope="col">{t('sync.rejected.caseFile')}</th>
                  <th scope="col">{t('sync.rejected.reason')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sync.rejected.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((change) => (
                  <tr key={change.mutationId}>
                    <td>
                      <time dateTime={change.rejectedAt}>{formatInstant(change.rejectedAt, format.language)}</time>
                    </td>
                    <td>{entityLabel(t, change.entity)}</td>
                    <td>
                      {change.caseFile ? (
                        <Link to={caseFilePath(change.caseFile)}>{t('sync.rejected.openCaseFile')}</Link>
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{messageText(t, (key) => i18n.exists(key), change.reasonKey)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={isBusy}
                        onClick={() => onRetry(change.mutationId)}
                      >
                        {t('sync.rejected.retry')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={isBusy}
                        onClick={() => onDiscard(change.mutationId)}
                      >
                        {t('sync.rejected.discard')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
