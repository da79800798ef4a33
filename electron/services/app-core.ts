/**
 * The application core shared by every host: opens the profile's database, identifies the device,
 * seeds demo data on a first start, and binds the services to the contract's channels.
 * Plain Node: never imports 'electron', so browser mode, tests and the desktop app run the same code.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, openDatabase, type GuichetDb } from '../../db/connection';
import { createChangeRecorder, type ChangeRecorder } from '../../db/repositories/change-recorder';
import { countPendingChanges, countPersons } from '../../db/repositories/case-file-read';
import { readSetting, writeSetting } from '../../db/repositories/settings-repo';
import { seedDemoData } from '../../db/seed/demo-data';
import { createCaseFileService } from './case-file-service';
import type { Handlers, HostKind } from './handlers';
import { readSettings, updateSettings } from './settings-service';

export type AppCoreOptions = {
  profileDir: string;
  host: HostKind;
  migrationsFolder?: string;
  /** Persons to seed when the profile is empty; 0 leaves a new profile empty. */
  demoPersons?: number;
  now?: () => Date;
  version?: string;
};

export type AppCore = { handlers: Handlers; db: GuichetDb; recorder: ChangeRecorder; close(): void };

export const DEFAULT_DEMO_PERSONS = 2000;
export const DATABASE_FILE = 'guichet.sqlite';

export function isoDay(date: Date): string {
  // The counter works in Belgian local time: a date at 00:30 in Brussels is that day, not the UTC one.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export function openAppCore(options: AppCoreOptions): AppCore {
  mkdirSync(options.profileDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const db = openDatabase(join(options.profileDir, DATABASE_FILE), options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {});
  const deviceId = deviceIdOf(db);
  const recorder = createChangeRecorder(db, { deviceId, advisorId: null, now });

  const demoPersons = options.demoPersons ?? DEFAULT_DEMO_PERSONS;
  if (demoPersons > 0 && countPersons(db) === 0) {
    seedDemoData(db, recorder, { persons: demoPersons, today: isoDay(now()) });
  }

  const caseFiles = createCaseFileService(db, () => isoDay(now()));
  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version ?? '0.1.0',
      host: options.host,
      personCount: countPersons(db),
      pendingChanges: countPendingChanges(db),
    }),
    'caseFile.search': ({ query, limit }) => caseFiles.search(query, limit),
    'caseFile.get': ({ kind, id }) => caseFiles.get(kind, id),
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
  };

  return { handlers, db, recorder, close: () => closeDatabase(db) };
}

/** A stable id for this installation, made once: it prefixes every mutation id sent to head office. */
function deviceIdOf(db: GuichetDb): string {
  const existing = readSetting<string>(db, 'deviceId');
  if (existing) return existing;
  const id = uuidv7();
  writeSetting(db, 'deviceId', id);
  return id;
}
