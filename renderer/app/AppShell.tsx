/**
 * The frame around every page: skip link, header, navigation and the main landmark. Owns the
 * global shortcut Ctrl+K (Cmd+K on a Mac): back to search, cursor in the box, from anywhere.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { requestSearchFocus } from './shell-store';
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
      requestSearchFocus();
      if (pathname !== '/') navigate('/');
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname]);
}

export function AppShell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useSearchShortcut();
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
      <AppHeader />
      <div className="app__body">
        <SideNav />
        <main id="main-content" ref={mainRef} tabIndex={-1} className="app__main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
