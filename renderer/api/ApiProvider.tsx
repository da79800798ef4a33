/** Hands the API to components through context, so a test can render the app over a fake one. */
import { createContext, useContext, type ReactNode } from 'react';
import type { GuichetApi } from '../../shared/contract/client';

const ApiContext = createContext<GuichetApi | null>(null);

export function ApiProvider({ api, children }: { api: GuichetApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): GuichetApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
