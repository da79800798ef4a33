/** Renders the real app (routes, shell, stores, i18n) over a fake API, in a memory router. */
import { cleanup, render } from '@testing-library/react';
import { act } from 'react';
import { createMemoryRouter } from 'react-router';
import type { GuichetApi } from '../../../shared/contract/client';
import { App } from '../../../renderer/app/App';
import { preloadPages } from '../../../renderer/app/lazy-page';
import { routes, type AppRouter } from '../../../renderer/app/routes';
import { applySession, resetSession } from '../../../renderer/app/session-store';
import { signedInSession } from './fake-api';
import { resetSettings } from '../../../renderer/app/settings-store';
import { resetShell } from '../../../renderer/app/shell-store';
import { resetCaseFile } from '../../../renderer/features/case-file/case-file-store';
import { resetSearch } from '../../../renderer/features/search/search-store';
import { resetSimulation } from '../../../renderer/features/simulation/simulation-store';
import { i18n } from '../../../renderer/i18n/i18n';

// Pages are split into chunks the app fetches on first view; tests read a page in the tick it renders.
await preloadPages();

/**
 * By default the advisor is already signed in when the first frame renders (as after a reload), so
 * tests about a screen start on that screen; `{ isSignedIn: false }` starts from the services' answer.
 */
export function renderApp(api: GuichetApi, path = '/', options: { isSignedIn?: boolean } = {}): { router: AppRouter } {
  if (options.isSignedIn !== false) applySession(signedInSession);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<App api={api} router={router} />);
  return { router };
}

/** Module stores and the i18n instance outlive a test: put them back as a fresh launch has them. */
export async function resetApp(): Promise<void> {
  cleanup();
  await i18n.changeLanguage('fr');
  resetSearch();
  resetShell();
  resetSettings();
  resetCaseFile();
  resetSimulation();
  resetSession();
}

/** Lets pending promise callbacks (replies already settled) run inside React's act(). */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
