/** Handlers of the app channels: version and host, and this device's settings. */
import type { appChannels } from '../../../shared/contract/channels/app';
import { countPendingChanges, countPersons } from '../../../db/repositories/case-file-read';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { readSettings, updateSettings } from '../settings-service';

export function appHandlers(context: ServiceContext): HandlerGroup<keyof typeof appChannels> {
  const { db } = context;
  return {
    'app.info': () => {
      const wiped = context.wiped?.() ?? null;
      // An erased profile's database is closed (erased just now) or empty: nothing to count.
      if (wiped) return { version: context.version, host: context.host, personCount: 0, pendingChanges: 0, wiped };
      return {
        version: context.version,
        host: context.host,
        personCount: countPersons(db),
        pendingChanges: countPendingChanges(db),
        wiped: null,
      };
    },
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
  };
}
