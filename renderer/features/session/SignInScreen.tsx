/**
 * Sign-in at the start of the day: the advisors of this device are offered in a list (the username
 * field still takes typing), the password is checked locally by the services — no network needed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvisorDto } from '../../../shared/contract/channels/session';
import { useApi } from '../../api/ApiProvider';
import { applySession } from '../../app/session-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import './session.css';
import { OFFLINE_LOCKED_KEY, OfflineLockSync } from './OfflineLockSync';
import { useRefusal } from './use-refusal';

export function SignInScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const [advisors, setAdvisors] = useState<AdvisorDto[]>([]);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useRefusal();
  const [isBusy, setIsBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    usernameRef.current?.focus();
    void api.advisor.list({}).then((reply) => {
      if (reply.ok) setAdvisors(reply.value);
    });
  }, [api]);

  async function submit(): Promise<void> {
    setIsBusy(true);
    setError(null);
    const reply = await api.session.signIn({ username, password });
    setIsBusy(false);
    if (reply.ok) {
      applySession(reply.value);
      return;
    }
    setError(reply.error);
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <main className="session-screen" aria-labelledby="sign-in-title">
      <form
        className="card session-screen__card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h1 id="sign-in-title" className="page-title">
          {t('session.signIn.title')}
        </h1>
        <p className="session-screen__intro">{t('session.signIn.intro')}</p>
        <FormField id="sign-in-username" label={t('session.username')}>
          <input
            ref={usernameRef}
            type="text"
            autoComplete="username"
            list="sign-in-advisors"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </FormField>
        <datalist id="sign-in-advisors">
          {advisors.map((advisor) => (
            <option key={advisor.id} value={advisor.username}>
              {`${advisor.displayName} — ${advisor.branch.name}`}
            </option>
          ))}
        </datalist>
        <FormField id="sign-in-password" label={t('session.password')}>
          <input
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        {error && <ErrorMessage error={error} />}
        {error?.messageKey === OFFLINE_LOCKED_KEY && <OfflineLockSync onSynced={() => usernameRef.current?.focus()} />}
        <div className="button-row">
          <button type="submit" className="button" disabled={isBusy}>
            {t('session.signIn.submit')}
          </button>
        </div>
        <p className="session-screen__offline">{t('session.signIn.offline')}</p>
      </form>
    </main>
  );
}
