/**
 * Route `#/sync/conflicts`: every conflict on a protected field, open ones first, with both values,
 * and the advisor's decision. The list reloads after each sync round (a conflict settled on another
 * device disappears here once this device has pulled the resolution).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictDecision, SyncConflictDto } from '../../../shared/contract/channels/sync';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ConflictItem } from './ConflictItem';
import { refreshSyncStatus, useSyncStore } from './sync-store';
import './sync.css';

export function ConflictsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const lastSyncAt = useSyncStore((state) => state.status?.lastSyncAt ?? null);
  const openConflicts = useSyncStore((state) => state.status?.openConflicts ?? null);
  const [includeResolved, setIncludeResolved] = useState(false);
  const [conflicts, setConflicts] = useState<SyncConflictDto[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [notice, setNotice] = useState('');
  /** Bumped to load the list again (after a refusal that says the conflict was settled elsewhere). */
  const [reloads, setReloads] = useState(0);

  // Reloaded after each round and whenever the count of open conflicts moves (settled here or elsewhere).
  useEffect(() => {
    let isCurrent = true;
    void api.sync['conflicts.list']({ includeResolved }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setConflicts(reply.value);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, includeResolved, lastSyncAt, openConflicts, reloads]);

  async function resolve(id: string, decision: ConflictDecision): Promise<ContractError | null> {
    const reply = await api.sync['conflicts.resolve']({ id, decision });
    if (!reply.ok) {
      // Settled meanwhile on another device: the fresh list says what happened.
      if (reply.error.messageKey === 'errors.notFound') setReloads((count) => count + 1);
      return reply.error;
    }
    setConflicts((current) => (current ?? []).map((conflict) => (conflict.id === id ? reply.value : conflict)));
    setNotice(t('sync.conflicts.resolved'));
    void refreshSyncStatus(api);
    return null;
  }

  return (
    <section className="sync-conflicts stack" aria-labelledby="sync-conflicts-title">
      <p>
        <Link to="/sync" className="back-link">
          {t('sync.conflicts.backToSync')}
        </Link>
      </p>
      <h1 id="sync-conflicts-title" className="page-title">
        {t('sync.conflicts.title')}
      </h1>
      <p className="sync-page__hint">{t('sync.conflicts.intro')}</p>
      <label className="form-check">
        <input
          type="checkbox"
          checked={includeResolved}
          onChange={(event) => setIncludeResolved(event.target.checked)}
        />
        {t('sync.conflicts.showResolved')}
      </label>
      <p role="status" className="sync-page__progress">
        {notice}
      </p>
      {error && <ErrorMessage error={error} />}
      {conflicts &&
        (conflicts.length === 0 ? (
          <p className="empty-note">{t('sync.conflicts.empty')}</p>
        ) : (
          <ul className="sync-conflicts__list" aria-label={t('sync.conflicts.listLabel')}>
            {conflicts.map((conflict) => (
              <ConflictItem key={`${conflict.id}:${conflict.status}`} conflict={conflict} onResolve={resolve} />
            ))}
          </ul>
        ))}
    </section>
  );
}
