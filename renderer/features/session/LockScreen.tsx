/**
 * The lock screen: an opaque dialog over the app (the person in front of the counter must not see
 * the last file), the rest of the page inert. Only the signed-in advisor's password unlocks; the
 * work in progress is kept. "Sign out" hands the counter to a colleague.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../../shared/contract/channels/session';
import { useApi } from '../../api/ApiProvider';
import { applySession } from '../../app/session-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import './session.css';
import { OFFLINE_LOCKED_KEY, OfflineLockSync } from './OfflineLockSync';
import { useRefusal } from './use-refusal';

export function LockScreen({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const [password, setPassword] = useState('');
  const [error, setError] = useRefusal();
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => passwordRef.current?.focus(), []);

  async function unlock(): Promise<void> {
    setError(null);
    const reply = await api.session.unlock({ password });
    if (reply.ok) {
      applySession(reply.value);
      return;
    }
    setError(reply.error);
    setPassword('');
    passwordRef.current?.focus();
  }

  async function signOut(): Promise<void> {
    await api.session.signOut({});
    applySession(null);
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form
        className="card session-screen__card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <h1 id="lock-title" className="page-title">
          {t('session.lock.title')}
        </h1>
        <p>{t('session.lock.body', { name: session.advisor.displayName })}</p>
        <FormField id="unlock-password" label={t('session.password')}>
          <input
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        {error && <ErrorMessage error={error} />}
        {error?.messageKey === OFFLINE_LOCKED_KEY && <OfflineLockSync onSynced={() => passwordRef.current?.focus()} />}
        <div className="button-row">
          <button type="submit" className="button">
            {t('session.lock.unlock')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void signOut()}>
            {t('session.signOut')}
          </button>
        </div>
      </form>
    </div>
  );
}
