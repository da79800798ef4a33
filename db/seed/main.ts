/**
 * `npm run seed -- --persons N [--profile DIR] [--key-dir DIR]`: writes N synthetic persons (and their
 * companies) into the profile's encrypted database through the repositories, with progress on stderr.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { fundDay } from '../../shared/domain/fund-day';
import { closeDatabase } from '../connection';
import { DATABASE_FILE, openProfileDatabase } from '../profile-database';
import { defaultKeyDir, keyFileProfileKeyStore } from '../profile-key-store';
import { createSilentRecorder } from '../repositories/change-recorder';
import { readSetting, writeSetting } from '../repositories/settings-repo';
import { storageParts } from '../repositories/storage-report-repo';
import { syncedTables } from '../repositories/sync-repo';
import { seedDemoData } from './demo-data';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000' },
    profile: { type: 'string', default: process.env.GUICHET_PROFILE ?? '.profiles/browser' },
    seed: { type: 'string', default: '20261126' },
    // The profile key's folder (browser mode's key file), outside the profile folder.
    'key-dir': { type: 'string', default: process.env.GUICHET_KEY_DIR ?? '' },
  },
});

const persons = Number(values.persons);
if (!Number.isSafeInteger(persons) || persons < 1) {
  console.error('seed: --persons must be a whole number of at least 1');
  process.exit(2);
}
const profileDir = resolve(values.profile);
mkdirSync(profileDir, { recursive: true, mode: 0o700 });
const { db } = openProfileDatabase({
  profileDir,
  profileKeys: keyFileProfileKeyStore(values['key-dir'] ? resolve(values['key-dir']) : defaultKeyDir(profileDir)),
});
let deviceId = readSetting<string>(db, 'deviceId');
if (!deviceId) {
  deviceId = uuidv7();
  writeSetting(db, 'deviceId', deviceId);
}
// Written as a first sync applies pulled rows: no outbox record, no audit line (head office holds them).
const recorder = createSilentRecorder(db, { deviceId, advisorId: null, now: () => new Date() });
const started = performance.now();
const summary = seedDemoData(db, recorder, {
  persons,
  seed: Number(values.seed),
  // The fund's day (Brussels), as the app counts it: between midnight there and in UTC the two differ.
  today: fundDay(new Date()),
  onProgress: (done, total) => process.stderr.write(`\rseed: ${done}/${total} persons`),
});
process.stderr.write('\n');
const parts = storageParts(db.$client, new Set(Object.values(syncedTables).map((table) => table.name)));
closeDatabase(db);
const file = join(profileDir, 'guichet.sqlite');
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
const dataBytes = parts.caseFilesBytes + parts.lettersBytes + parts.otherBytes;
console.log(
  `seed: profile ${mib(statSync(file).size)}, data tables and indexes ${mib(dataBytes)} (${(statSync(file).size / dataBytes).toFixed(2)}x); outbox ${mib(parts.outboxPendingBytes + parts.outboxKeptBytes)}, audit ${mib(parts.auditPendingBytes + parts.auditKeptBytes)}, free ${mib(parts.freeBytes)}`,
);
console.log(
  `seed: ${summary.persons} persons, ${summary.companies} companies in ${((performance.now() - started) / 1000).toFixed(1)} s → ${join(profileDir, DATABASE_FILE)} (encrypted)`,
);
