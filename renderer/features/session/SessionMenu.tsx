/**
 * The signed-in advisor in the header, with "lock" (Ctrl+L) and "sign out". Also runs the
 * inactivity timer: after `lockAfterMinutes` without a key or a click, the screen locks.
 */
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../../shared/contract/channels/session';
import type { GuichetApi } from '../../../shared/contract/client';
import { useApi } from '../../api/ApiProvider';
import { applySession } from '../../app/session-store';

async function lock(api: GuichetApi): Promise<void> {
  const reply = await api.session.lock({});
  if (reply.ok) applySession(reply.value);
}

function useInactivityLock(api: GuichetApi, session: SessionDto): void {
  useEffect(() => {
    if (session.isLocked) return;
    let timer = window.setTimeout(() => void lock(api), session.lockAfterMinutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void lock(api), session.lockAfterMinutes * 60_000);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        // Ctrl+L is also the browser's address bar in browser mode; at the counter, locking wins.
        event.preventDefault();
        void lock(api);
        return;
      }
      restart();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', restart);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', restart);
    };
  }, [api, session.isLocked, session.lockAfterMinutes]);
}

export function roleLabel(t: TFunction, role: SessionDto['advisor']['role']): string {
  switch (role) {
    case 'advisor':
      return t('session.role.advisor');
    case 'back-office':
      return t('session.role.backOffice');
    case 'branch-manager':
      return t('session.role.branchManager');
  }
}

export function SessionMenu({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const api = useApi();
  useInactivityLock(api, session);
  return (
    <div className="session-menu">
      <p className="session-menu__who">
        <span className="session-menu__name">{session.advisor.displayName}</span>
        <span className="session-menu__role">
          {roleLabel(t, session.advisor.role)} · {session.advisor.branch.name}
        </span>
      </p>
      <button
        type="button"
        className="session-menu__button"
        onClick={() => void lock(api)}
        title={t('session.lock.shortcut')}
      >
        {t('session.lock.action')}
      </button>
      <button
        type="button"
        className="session-menu__button"
        onClick={() => {
          void api.session.signOut({}).then(() => applySession(null));
        }}
      >
        {t('session.signOut')}
      </button>
    </div>
  );
}
