/**
 * The one place that decides how the renderer reaches the application services. In the desktop
 * app the preload has exposed `window.guichet`; in browser mode the same API is built over HTTP.
 * Components do not import `api` directly: they get it from `ApiProvider`, so tests can inject a
 * fake transport.
 */
import type {} from './window';
import { channelNames } from '../../shared/contract/channel-names';
import { buildApi, type GuichetApi } from '../../shared/contract/client';
import { createHttpInvoke } from './http-transport';
import { sessionStorageOrNull, takeLaunchToken } from './launch-token';

function createBrowserApi(): GuichetApi {
  const token = takeLaunchToken({
    location: window.location,
    history: window.history,
    storage: sessionStorageOrNull(),
  });
  return buildApi(channelNames, createHttpInvoke({ getToken: () => token }));
}

export const api: GuichetApi = window.guichet ?? createBrowserApi();
