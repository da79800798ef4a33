/**
 * The root: the API (real or fake), translations and the router, plus the start-up loads (saved
 * language, host information). Tests render this same component with a fake API and a memory router.
 */
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';
import type { GuichetApi } from '../../shared/contract/client';
import { ApiProvider } from '../api/ApiProvider';
import { i18n } from '../i18n/i18n';
import type { AppRouter } from './routes';
import { loadSession, watchSession } from './session-store';
import { loadSettings } from './settings-store';
import { loadAppInfo } from './shell-store';

export function App({ api, router }: { api: GuichetApi; router: AppRouter }) {
  const watched = useMemo(() => watchSession(api), [api]);
  useEffect(() => {
    void loadSettings(api);
    void loadAppInfo(api);
    void loadSession(api);
  }, [api]);
  return (
    <ApiProvider api={watched}>
      <I18nextProvider i18n={i18n}>
        {/* flushSync lets a navigation render synchronously when asked (Ctrl+K, then typing at once). */}
        <RouterProvider router={router} flushSync={(render) => void flushSync(render)} />
      </I18nextProvider>
    </ApiProvider>
  );
}
