/**
 * The frame around every page: skip link, header, navigation and the main landmark. Owns the
 * global shortcut Ctrl+K (Cmd+K on a Mac): back to search, cursor in the box, from anywhere.
 */
import { Suspense, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LockScreen } from '../features/session/LockScreen';
import { SignInScreen } from '../features/session/SignInScreen';
import { WipedScreen } from '../features/session/WipedScreen';
import { useSyncStore } from '../features/sync/sync-store';
import { useApi } from '../api/ApiProvider';
import { SyncStatusStrip } from '../features/sync/SyncStatusStrip';
import { ErrorMessage } from '../ui/ErrorMessage';
import { AppHeader } from './AppHeader';
import { useSessionStore } from './session-store';
import { SideNav } from './SideNav';
import { loadAppInfo, requestSearchFocus, useShellStore } from './shell-store';
import './app.css';

function useSearchShortcut(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const isModifier = event.ctrlKey || event.metaKey;
      if (!isModifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      // Also stops the browser's own Ctrl+K (focus its address/search bar) in browser mode.
      event.preventDefault();
      // Synchronous on purpose: the advisor types the name right after the shortcut, and a keystroke
      // that arrives before the box has focus would be lost. Rendered at once (flushSync), the search box
      // takes focus in a layout effect before the next key event is handled.
      if (pathname === '/') flushSync(() => requestSearchFocus());
      else {
        requestSearchFocus();
        void navigate('/', { flushSync: true });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname]);
}

/** Head office ordered this device erased during the session: read the app info again, which then says so. */
function useWipeWatch(): void {
  const api = useApi();
  const isWipeOrdered = useSyncStore((state) => state.status?.lastErrorKey === 'sync.errors.wipeRequired');
  useEffect(() => {
    if (isWipeOrdered) void loadAppInfo(api);
  }, [api, isWipeOrdered]);
}

export function AppShell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const sessionStatus = useSessionStore((state) => state.status);
  const session = useSessionStore((state) => state.session);
  const wiped = useShellStore((state) => state.info?.wiped ?? null);
  useSearchShortcut();
  useWipeWatch();
  if (wiped) return <WipedScreen wiped={wiped} />;
  if (sessionStatus === 'loading') return <p className="app__loading">{t('session.loading')}</p>;
  if (sessionStatus === 'error') {
    return (
      <main className="route-error">
        <ErrorMessage error={{ code: 'internal', messageKey: 'errors.network' }} />
      </main>
    );
  }
  if (sessionStatus === 'signed-out' || !session) return <SignInScreen />;
  const isLocked = session.isLocked;
  return (
    <div className="app">
      {/* Focus is moved by script: a plain #anchor would be read by the hash router as a route. */}
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      {isLocked && <LockScreen session={session} />}
      <AppHeader session={session} isInert={isLocked} />
      <SyncStatusStrip isInert={isLocked} />
      <div className="app__body" inert={isLocked}>
        <SideNav />
        <main id="main-content" ref={mainRef} tabIndex={-1} className="app__main">
          <Suspense fallback={<p className="app__loading">{t('app.loadingPage')}</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
