/**
 * Route `#/sync`: the status in detail, "sync now" with its progress, "work offline", enrolment of
 * a device that is not enrolled yet, the history of rounds and the changes head office refused.
 * The status comes from the same poll as the strip; the history is reloaded after every round.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import type { RejectedChangeDto, SyncRoundDto, SyncStatusDto } from '../../../shared/contract/channels/sync';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { DetailList } from '../../ui/DetailList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { EnrolForm } from './EnrolForm';
import { connectionLabel, connectionOf } from './SyncStatusStrip';
import { StoragePanel } from './StoragePanel';
import { RejectedChanges, SyncHistory } from './SyncHistory';
import { formatDuration, formatInstant, messageText } from './sync-labels';
import { setPaused, syncNow, useSyncStore } from './sync-store';
import './sync.css';

type History = { rounds: SyncRoundDto[]; rejected: RejectedChangeDto[] };

function progressText(t: TFunction, status: SyncStatusDto): string {
  const progress = status.progress;
  if (!progress) return t('sync.page.syncing');
  if (progress.phase === 'indexes')
    return t('sync.page.indexProgress', { done: progress.done, total: progress.done + (progress.remaining ?? 0) });
  const phase = progress.phase === 'push' ? t('sync.page.phase.push') : t('sync.page.phase.pull');
  return progress.remaining === null
    ? t('sync.page.progressUnknown', { phase, done: progress.done })
    : t('sync.page.progress', { phase, done: progress.done, remaining: progress.remaining });
}

/** `reloadKey` changes when a round ended: a success moves the last sync, a failure changes the error or ends a round started here. */
function useHistory(reloadKey: string): { history: History | null; error: ContractError | null } {
  const api = useApi();
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  // An answer overtaken by a newer request is dropped.
  useEffect(() => {
    let isCurrent = true;
    void api.sync.history({ limit: 50 }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setHistory(reply.value);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, reloadKey]);
  return { history, error };
}

function StatusDetails({ status }: { status: SyncStatusDto }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <DetailList
      items={[
        { label: t('sync.page.connection'), value: connectionLabel(t, connectionOf(status)) },
        { label: t('sync.page.pending'), value: String(status.pendingCount) },
        {
          label: t('sync.page.oldestPending'),
          value:
            status.oldestPendingAgeMs !== null && status.pendingCount > 0
              ? formatDuration(status.oldestPendingAgeMs, format.language)
              : null,
        },
        { label: t('sync.page.rejected'), value: String(status.rejectedCount) },
        {
          label: t('sync.page.lastSync'),
          value: status.lastSyncAt ? formatInstant(status.lastSyncAt, format.language) : t('sync.strip.neverSynced'),
        },
        {
          label: t('sync.page.lastError'),
          value: status.lastErrorKey
            ? messageText(t, (key) => i18n.exists(key), status.lastErrorKey)
            : t('sync.page.noError'),
        },
        {
          label: t('sync.page.nextAttempt'),
          value: status.nextAttemptAt ? formatInstant(status.nextAttemptAt, format.language) : null,
        },
        {
          label: t('sync.page.clock'),
          value:
            status.isClockWrong && status.clockSkewMs !== null
              ? t('sync.strip.clockWrong', { skew: formatDuration(status.clockSkewMs, format.language) })
              : t('sync.page.clockOk'),
        },
        {
          label: t('sync.page.conflicts'),
          value:
            status.openConflicts > 0 ? (
              <Link to="/sync/conflicts">{t('sync.strip.conflicts', { count: status.openConflicts })}</Link>
            ) : (
              t('sync.page.none')
            ),
        },
      ]}
    />
  );
}

export function SyncPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const status = useSyncStore((state) => state.status);
  const pollError = useSyncStore((state) => state.error);
  const isSyncingNow = useSyncStore((state) => state.isSyncingNow);
  const syncNowError = useSyncStore((state) => state.syncNowError);
  const [pauseError, setPauseError] = useState<ContractError | null>(null);
  const [retryError, setRetryError] = useState<ContractError | null>(null);
  /** How the round started here ended: done, or the translated reason it failed (offline, refused…). */
  const [outcome, setOutcome] = useState('');
  const [roundsRunHere, setRoundsRunHere] = useState(0);
  const { history, error: historyError } = useHistory(
    `${status?.lastSyncAt ?? ''}|${status?.lastErrorKey ?? ''}|${roundsRunHere}`,
  );

  const isBusy = isSyncingNow || Boolean(status?.isSyncing);

  async function runNow(): Promise<void> {
    setOutcome('');
    await syncNow(api);
    const { status: after, syncNowError } = useSyncStore.getState();
    // A success moves the last sync, which reloads the history; a failed round may leave both as they were.
    if (syncNowError || !after || after.lastErrorKey) setRoundsRunHere((count) => count + 1);
    if (syncNowError || !after) return;
    setOutcome(
      after.lastErrorKey ? messageText(t, (key) => i18n.exists(key), after.lastErrorKey) : t('sync.page.syncDone'),
    );
  }

  /** Back in the queue, then a round at once: the advisor sees at the same place whether head office took it this time. */
  async function retry(mutationId: string): Promise<void> {
    const reply = await api.sync['rejected.retry']({ mutationId });
    setRetryError(reply.ok ? null : reply.error);
    if (reply.ok) await runNow();
  }

  /** Given up for good: never sent, audited with the advisor and the reason; the list reloads at once. */
  async function discard(mutationId: string): Promise<void> {
    const reply = await api.sync['rejected.discard']({ mutationId });
    setRetryError(reply.ok ? null : reply.error);
    if (reply.ok) setRoundsRunHere((count) => count + 1);
  }

  return (
    <section className="sync-page stack" aria-labelledby="sync-title">
      <h1 id="sync-title" className="page-title">
        {t('sync.page.title')}
      </h1>
      {!status ? (
        pollError ? (
          <ErrorMessage error={pollError} />
        ) : (
          <p role="status">{t('sync.strip.label')}</p>
        )
      ) : !status.isEnrolled ? (
        <EnrolForm />
      ) : (
        <>
          {status.isUpdateRequired && <p className="sync-page__warning">{t('sync.page.updateRequiredHint')}</p>}
          {status.isClockWrong && status.clockSkewMs !== null && (
            <p className="sync-page__warning">
              {t('sync.page.clockWrongHint', { skew: formatDuration(status.clockSkewMs, format.language) })}
            </p>
          )}
          <section className="card" aria-labelledby="sync-status-title">
            <h2 id="sync-status-title" className="card__title">
              {t('sync.page.statusTitle')}
            </h2>
            <StatusDetails status={status} />
            <div className="sync-page__actions">
              <button
                type="button"
                className="button"
                onClick={() => void runNow()}
                disabled={isBusy || status.isPaused}
                aria-describedby="sync-progress"
              >
                {t('sync.page.syncNow')}
              </button>
              <label className="form-check">
                <input
                  type="checkbox"
                  checked={status.isPaused}
                  onChange={async (event) => setPauseError(await setPaused(api, event.target.checked))}
                  aria-describedby="sync-offline-hint"
                />
                {t('sync.page.workOffline')}
              </label>
            </div>
            <p id="sync-offline-hint" className="sync-page__hint">
              {t('sync.page.workOfflineHint')}
            </p>
            <p
              id="sync-progress"
              role="status"
              className="sync-page__progress"
              data-state={isBusy ? 'running' : outcome ? 'ended' : 'idle'}
            >
              {isBusy ? progressText(t, status) : outcome}
            </p>
            {syncNowError && <ErrorMessage error={syncNowError} />}
            {pauseError && <ErrorMessage error={pauseError} />}
          </section>
          {historyError && <ErrorMessage error={historyError} />}
          {history && (
            <>
              <SyncHistory rounds={history.rounds} />
              {retryError && <ErrorMessage error={retryError} />}
              <RejectedChanges
                rejected={history.rejected}
                onRetry={(mutationId) => void retry(mutationId)}
                onDiscard={(mutationId) => void discard(mutationId)}
                isBusy={isBusy}
              />
              <StoragePanel reloadKey={status.lastSyncAt ?? ''} />
              <p>
                <Link to="/sync/storage">{t('sync.storage.open')}</Link>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
