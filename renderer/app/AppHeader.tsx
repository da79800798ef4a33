/** The top bar: who we are, which host serves us, and the one shortcut worth learning. */
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../shared/contract/channels/session';
import { SessionMenu } from '../features/session/SessionMenu';
import { useShellStore } from './shell-store';

export function AppHeader({ session, isInert = false }: { session: SessionDto; isInert?: boolean }) {
  const { t } = useTranslation();
  const info = useShellStore((state) => state.info);
  return (
    <header className="app-header" inert={isInert}>
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__subtitle">{t('app.subtitle')}</span>
      </div>
      {info && (
        <ul className="app-header__info" aria-label={t('header.infoLabel')}>
          <li>{info.host === 'electron' ? t('header.host.electron') : t('header.host.browser')}</li>
          <li>{t('header.version', { version: info.version })}</li>
          <li>{t('header.affiliates', { count: info.personCount })}</li>
          {/* Pending changes are shown by the sync status strip, which polls; app.info is read once. */}
        </ul>
      )}
      <p className="app-header__shortcut">
        <kbd>{t('shortcuts.searchKeys')}</kbd> {t('shortcuts.search')}
      </p>
      <SessionMenu session={session} />
    </header>
  );
}
