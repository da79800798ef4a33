/**
 * Route `#/sync/storage`: the storage panel on a page of its own, reached from the sync page and the
 * settings, so the space a profile takes and the fund's purge schedule can be read on any device,
 * enrolled or stand-alone. Reloaded after each sync round.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StoragePanel } from './StoragePanel';
import { useSyncStore } from './sync-store';
import './sync.css';

export function StoragePage() {
  const { t } = useTranslation();
  const lastSyncAt = useSyncStore((state) => state.status?.lastSyncAt ?? '');
  return (
    <div className="sync-storage stack">
      <p>
        <Link to="/sync" className="back-link">
          {t('sync.conflicts.backToSync')}
        </Link>
      </p>
      <StoragePanel reloadKey={lastSyncAt ?? ''} isPage />
    </div>
  );
}
