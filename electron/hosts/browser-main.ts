/**
 * Entry point of browser mode: the application core behind the loopback HTTP host, serving the
 * built renderer. Prints one line with the URL (and its launch token) to open in a browser.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_DEMO_PERSONS, openAppCore } from '../services/app-core';
import { ProfileKeyUnavailable, defaultKeyDir, keyFileProfileKeyStore } from '../../db/profile-key-store';
import { profileKeyMessage } from '../main/profile-key-message';
import { browserModeHeaders } from '../main/csp';
import { startHttpHost } from './http-host';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: process.env.GUICHET_PROFILE ?? '.profiles/browser' },
    // The profile key's folder: outside the profile folder, so copying the profile alone gives nothing.
    'key-dir': { type: 'string', default: process.env.GUICHET_KEY_DIR ?? '' },
    port: { type: 'string', default: process.env.GUICHET_PORT ?? '0' },
    'demo-persons': { type: 'string', default: String(DEFAULT_DEMO_PERSONS) },
    'static-root': { type: 'string', default: fileURLToPath(new URL('../../out/renderer', import.meta.url)) },
    // Head office to sync with; without it the profile works alone with local demo data.
    'head-office': { type: 'string', default: process.env.GUICHET_HEAD_OFFICE ?? '' },
    'enrol-code': { type: 'string', default: process.env.GUICHET_ENROL_CODE ?? '' },
    'device-name': { type: 'string', default: process.env.GUICHET_DEVICE_NAME ?? '' },
    'sync-interval': { type: 'string', default: process.env.GUICHET_SYNC_INTERVAL_MS ?? '' },
  },
});

const profileDir = resolve(values.profile);
const keyDir = values['key-dir'] ? resolve(values['key-dir']) : defaultKeyDir(profileDir);
console.warn(`guichet: browser mode keeps the profile key in a plain key file (${keyDir}): development and tests only`);
const core = openProfileOrExplain({
  profileDir,
  profileKeys: keyFileProfileKeyStore(keyDir),
  host: 'browser',
  demoPersons: Number(values['demo-persons']),
  ...(values['head-office']
    ? {
        headOffice: {
          url: values['head-office'],
          ...(values['enrol-code'] ? { enrolCode: values['enrol-code'] } : {}),
          ...(values['device-name'] ? { deviceName: values['device-name'] } : {}),
          ...(Number(values['sync-interval']) > 0 ? { intervalMs: Number(values['sync-interval']) } : {}),
        },
      }
    : {}),
});
/** A profile whose key does not fit stops here with the reason in the three languages, not a stack trace. */
function openProfileOrExplain(options: Parameters<typeof openAppCore>[0]): ReturnType<typeof openAppCore> {
  try {
    return openAppCore(options);
  } catch (error) {
    if (!(error instanceof ProfileKeyUnavailable)) throw error;
    for (const locale of ['fr', 'nl', 'de']) console.error(profileKeyMessage(error.problem, locale).text);
    process.exit(1);
  }
}

const host = await startHttpHost({
  services: core,
  staticRoot: resolve(values['static-root']),
  port: Number(values.port),
  securityHeaders: browserModeHeaders(),
});

console.log(`Guichet (browser mode): ${host.url}?token=${host.token}`);

async function shutdown(): Promise<void> {
  await host.close();
  core.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
