/**
 * Under a sign-in refused because the device has gone too long without head office: the one way out,
 * syncing now, from the screen itself (the sync channel needs nobody signed in). A completed round
 * lifts the lock; a failed one says why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';

export const OFFLINE_LOCKED_KEY = 'errors.session.offlineLocked';

export function OfflineLockSync({ onSynced }: { onSynced: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<'idle' | 'syncing' | 'synced'>('idle');
  const [error, setError] = useState<ContractError | null>(null);

  async function syncNow(): Promise<void> {
    setState('syncing');
    setError(null);
    const reply = await api.sync.now({});
    const failure = reply.ok ? reply.value.lastErrorKey : reply.error.messageKey;
    if (failure === null) {
      setState('synced');
      onSynced();
      return;
    }
    setState('idle');
    setError(reply.ok ? { code: 'internal', messageKey: failure } : reply.error);
  }

  return (
    <div className="button-row">
      <button type="button" className="button" disabled={state === 'syncing'} onClick={() => void syncNow()}>
        {state === 'syncing' ? t('sync.offlineLock.syncing') : t('sync.offlineLock.syncNow')}
      </button>
      <p role="status">{state === 'synced' ? t('sync.offlineLock.synced') : ''}</p>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
