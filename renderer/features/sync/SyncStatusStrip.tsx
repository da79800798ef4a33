/**
 * The sync status on every page after sign-in: online or offline, pending changes (with the age of
 * the oldest once the queue looks stuck), the last sync, open conflicts, a banner when the clock is
 * off (by how much, and what to do), an update head office requires, a device not enrolled. It polls `sync.status` every
 * few seconds, at once when the window regains focus and after a local write. Screen readers hear a
 * short summary only when it changes meaningfully, never the ticking relative time.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/contract/app-contract';
import type { SyncStatusDto } from '../../../shared/contract/channels/sync';
import type { TFunction } from 'i18next';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { formatClockOffset, formatDuration, formatInstant, formatRelative, stuckAfterMs } from './sync-labels';
import { localWriteEvent, refreshSyncStatus, useSyncStore } from './sync-store';
import './sync.css';

export const syncPollIntervalMs = 3000;

function useSyncStatusPolling(): void {
  const api = useApi();
  useEffect(() => {
    const refresh = () => void refreshSyncStatus(api);
    refresh();
    const timer = window.setInterval(refresh, syncPollIntervalMs);
    window.addEventListener('focus', refresh);
    window.addEventListener(localWriteEvent, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(localWriteEvent, refresh);
    };
  }, [api]);
}

type Connection = 'notEnrolled' | 'updateRequired' | 'paused' | 'syncing' | 'online' | 'offline';

export function connectionOf(status: SyncStatusDto): Connection {
  if (!status.isEnrolled) return 'notEnrolled';
  if (status.isUpdateRequired) return 'updateRequired';
  if (status.isPaused) return 'paused';
  if (status.isSyncing) return 'syncing';
  return status.isOnline ? 'online' : 'offline';
}

export function connectionLabel(t: TFunction, connection: Connection): string {
  switch (connection) {
    case 'notEnrolled':
      return t('sync.strip.notEnrolled');
    case 'updateRequired':
      return t('sync.strip.updateRequired');
    case 'paused':
      return t('sync.strip.paused');
    case 'syncing':
      return t('sync.strip.syncing');
    case 'online':
      return t('sync.strip.online');
    case 'offline':
      return t('sync.strip.offline');
  }
}

export function isStuck(status: SyncStatusDto): boolean {
  return status.pendingCount > 0 && status.oldestPendingAgeMs !== null && status.oldestPendingAgeMs > stuckAfterMs;
}

/**
 * The clock warning: how far this device's clock is off against head office, and what to do. When it
 * runs so far ahead that head office would refuse its changes, it also says they wait here (and that
 * head office's keep arriving). Null while the clock is right.
 */
export function clockWarning(
  t: TFunction,
  status: SyncStatusDto,
  language: Language,
): { offset: string; hint: string } | null {
  if ((!status.isClockWrong && !status.isPushHeld) || status.clockSkewMs === null) return null;
  // The offset is head office's time minus this device's: negative when this clock runs ahead.
  const offset = formatClockOffset(status.clockSkewMs, language);
  return {
    offset: status.clockSkewMs < 0 ? t('sync.strip.clock.ahead', { offset }) : t('sync.strip.clock.behind', { offset }),
    hint: status.isPushHeld ? t('sync.strip.clock.held') : t('sync.strip.clock.fix'),
  };
}

/**
 * What a screen reader announces: the connection (without the "syncing" flicker of every round),
 * a stuck queue, conflicts, the clock and update warnings. Counts of pending changes and the
 * relative time change on every poll and are left out on purpose.
 */
function announcement(t: TFunction, status: SyncStatusDto, language: Language): string {
  const connection = connectionOf(status);
  const parts = [connectionLabel(t, connection === 'syncing' ? 'online' : connection)];
  if (isStuck(status)) parts.push(t('sync.strip.pending', { count: status.pendingCount }));
  if (status.openConflicts > 0) parts.push(t('sync.strip.conflicts', { count: status.openConflicts }));
  const clock = clockWarning(t, status, language);
  if (clock) parts.push(clock.offset.replace(/\.$/, ''));
  return parts.join('. ');
}

export function SyncStatusStrip({ isInert = false }: { isInert?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useSyncStore((state) => state.status);
  const error = useSyncStore((state) => state.error);
  const now = useSyncStore((state) => state.receivedAt);
  useSyncStatusPolling();

  if (!status) {
    return (
      <div className="sync-strip" inert={isInert}>
        <Link to="/sync" className="sync-strip__main">
          <span className="sync-strip__item is-muted">
            {error ? t('sync.strip.unavailable') : t('sync.strip.label')}
          </span>
        </Link>
      </div>
    );
  }

  const connection = connectionOf(status);
  const stuck = isStuck(status);
  const clock = clockWarning(t, status, format.language);
  return (
    <div className="sync-strip" aria-label={t('sync.strip.label')} role="region" inert={isInert}>
      <Link to="/sync" className="sync-strip__main" title={t('sync.strip.openPage')}>
        <span className={`sync-strip__item sync-strip__connection is-${connection}`}>
          <span className="sync-strip__dot" aria-hidden="true" />
          {connectionLabel(t, connection)}
        </span>
        {status.isEnrolled && (
          <span className={`sync-strip__item${stuck ? ' is-warning' : ''}`}>
            {status.pendingCount > 0
              ? t('sync.strip.pending', { count: status.pendingCount })
              : t('sync.strip.upToDate')}
            {stuck &&
              status.oldestPendingAgeMs !== null &&
              `, ${t('sync.strip.stuck', { age: formatDuration(status.oldestPendingAgeMs, format.language) })}`}
          </span>
        )}
        {status.isEnrolled && (
          <span className="sync-strip__item">
            {status.lastSyncAt ? (
              <time
                dateTime={status.lastSyncAt}
                title={t('sync.strip.lastSyncAt', { date: formatInstant(status.lastSyncAt, format.language) })}
              >
                {t('sync.strip.lastSync', { relative: formatRelative(status.lastSyncAt, now, format.language) })}
              </time>
            ) : (
              t('sync.strip.neverSynced')
            )}
          </span>
        )}
      </Link>
      {status.openConflicts > 0 && (
        <Link to="/sync/conflicts" className="sync-strip__conflicts">
          {t('sync.strip.conflicts', { count: status.openConflicts })}
        </Link>
      )}
      {clock && (
        <p className="sync-strip__clock" role="note">
          <strong>{clock.offset}</strong> {clock.hint}
        </p>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement(t, status, format.language)}
      </p>
    </div>
  );
}
