/**
 * The application core shared by every host: opens the profile's database, identifies the device,
 * seeds demo data on a first start, and binds the services to the contract's channels.
 * Plain Node: never imports 'electron', so browser mode, tests and the desktop app run the same code.
 */
import { fundDay } from '../../shared/domain/fund-day';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, type GuichetDb } from '../../db/connection';
import { DATABASE_FILE, openProfileDatabase } from '../../db/profile-database';
import { createChangeRecorder, type ChangeRecorder } from '../../db/repositories/change-recorder';
import { countPersons } from '../../db/repositories/case-file-read';
import { readSetting, writeSetting } from '../../db/repositories/settings-repo';
import { seedDemoData } from '../../db/seed/demo-data';
import { createAccessGate, type AccessGate } from './access/access-gate';
import { appHandlers } from './app/app.handlers';
import { caseFileDetailHandlers } from './case-file/case-file-detail.handlers';
import { caseFileEditHandlers } from './case-file/case-file-edit.handlers';
import { caseFileLookupHandlers } from './case-file/case-file-lookup.handlers';
import { intakeHandlers } from './intake/intake.handlers';
import { createLettersModule, lettersArchiveDir } from './letters/letters-module';
import { archiveKeyOf } from '../letters/archive-cipher';
import type { ProfileKeyStore } from '../../db/profile-key-store';
import { paymentPlanHandlers } from './payment-plan/payment-plan.handlers';
import { requestHandlers } from './request/request.handlers';
import { situationHandlers } from './situation/situation.handlers';
import { createSession, type Session } from './session/session-service';
import { sessionHandlers } from './session/session.handlers';
import { simulationHandlers } from './simulation/simulation.handlers';
import { syncHandlers } from './sync/sync.handlers';
import { workQueueHandlers } from './work-queue/work-queue.handlers';
import { complaintHandlers } from './complaint/complaint.handlers';
import { recoveryHandlers } from './recovery/recovery.handlers';
import { bankStatementHandlers } from './bank-statement/bank-statement.handlers';
import { createSyncService, type SyncService } from './sync/sync-service';
import { keyFileSecretStore, type SecretStore } from './sync/secret-store';
import { httpTransport, type SyncTransport } from './sync/transport';
import type { Handlers, HostKind } from './handler-types';
import type { ServiceContext } from './service-context';

export type AppCoreOptions = {
  profileDir: string;
  host: HostKind;
  migrationsFolder?: string;
  /** Persons to seed when the profile is empty; 0 leaves a new profile empty. */
  demoPersons?: number;
  now?: () => Date;
  version?: string;
  /** Minutes without a call after which the session locks itself (screen lock). */
  lockAfterMinutes?: number;
  /** Head office to sync with; without it the profile works alone (demo data seeded locally). */
  headOffice?: HeadOfficeSettings;
  /** Protects the device's sync secret at rest: Electron's safeStorage on the desktop; a key file in the profile otherwise. */
  secretStore?: SecretStore;
  /**
   * Holds the key the profile's database and letters archive are encrypted with: Electron's
   * safeStorage on the desktop; a key file beside (never inside) the profile folder otherwise.
   */
  profileKeys?: ProfileKeyStore;
  /** Benchmarks only (plain against encrypted in one run): see openProfileDatabase. */
  isPlainForBenchmark?: boolean;
};

export type HeadOfficeSettings = {
  url: string;
  /** One-time code used to enrol this device on its first start (ignored once enrolled). */
  enrolCode?: string;
  deviceName?: string;
  /** Tests put an in-process server or a faulty network here; defaults to HTTP to `url`. */
  transport?: SyncTransport;
  /** Milliseconds between background rounds (one minute by default). */
  intervalMs?: number;
};

/** What a host dispatches to: the handlers, behind the access rules. */
export type DispatchTarget = { handlers: Handlers; access: AccessGate };

export type AppCore = DispatchTarget & {
  db: GuichetDb;
  /** The profile's database key, for key escrow at enrolment (null only in a benchmark's plain run). */
  databaseKey(): Buffer | null;
  recorder: ChangeRecorder;
  session: Session;
  sync: SyncService | null;
  close(): void;
};

export const DEFAULT_DEMO_PERSONS = 2000;
export { DATABASE_FILE };

export function openAppCore(options: AppCoreOptions): AppCore {
  mkdirSync(options.profileDir, { recursive: true, mode: 0o700 });
  const now = options.now ?? (() => new Date());
  const { db, key } = openProfileDatabase({
    profileDir: options.profileDir,
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
    ...(options.profileKeys ? { profileKeys: options.profileKeys } : {}),
    ...(options.isPlainForBenchmark ? { isPlainForBenchmark: true } : {}),
  });
  const deviceId = deviceIdOf(db);
  // Every change carries the advisor signed in at the moment it is written (null for the demo seed).
  const session = createSession({
    db,
    deviceId,
    now,
    lockAfterMinutes: options.lockAfterMinutes,
  });
  const recorder = createChangeRecorder(db, { deviceId, advisorId: () => session.advisorId(), now });

  const demoPersons = options.demoPersons ?? DEFAULT_DEMO_PERSONS;
  // With a head office, the demo data (and everything else) arrives by the first sync: nothing is seeded here.
  if (demoPersons > 0 && !options.headOffice && countPersons(db) === 0) {
    seedDemoData(db, recorder, { persons: demoPersons, today: fundDay(now()) });
  }

  const secrets = options.secretStore ?? keyFileSecretStore(options.profileDir);
  const sync = options.headOffice ? startSync(db, options.headOffice, now, secrets) : null;
  const context: ServiceContext = {
    db,
    recorder,
    host: options.host,
    version: options.version ?? '0.1.0',
    now,
    today: () => fundDay(now()),
    session,
    isScopedByHeadOffice: options.headOffice !== undefined,
  };
  const access = createAccessGate({ db, session, isScopedByHeadOffice: context.isScopedByHeadOffice });
  // The letters' worker pool starts on the first letter; close() stops it (and any running batch).
  const letters = createLettersModule(context, {
    archiveDir: lettersArchiveDir(options.profileDir),
    ...(key ? { archiveKey: archiveKeyOf(key) } : {}),
  });
  // One line per domain; the Handlers type makes a missing channel a compile error here.
  const handlers: Handlers = {
    ...appHandlers(context),
    ...caseFileLookupHandlers(context),
    ...sessionHandlers(context),
    ...caseFileDetailHandlers(context),
    ...intakeHandlers(context),
    ...simulationHandlers(context),
    ...paymentPlanHandlers(context),
    ...requestHandlers(context),
    ...letters.handlers,
    ...syncHandlers(context, sync),
    ...caseFileEditHandlers(context),
    ...workQueueHandlers(context),
    ...complaintHandlers(context),
    ...situationHandlers(context),
    ...recoveryHandlers(context),
    ...bankStatementHandlers(sync),
  };

  return {
    handlers,
    access,
    db,
    databaseKey: () => (key ? Buffer.from(key) : null),
    recorder,
    session,
    sync,
    close: () => {
      sync?.stop();
      letters.close();
      closeDatabase(db);
    },
  };
}

/**
 * Starts background sync: enrols first when a code was given and the device is not enrolled yet
 * (the first round is then the initial sync), otherwise resumes the loop. Never blocks start-up.
 */
function startSync(db: GuichetDb, settings: HeadOfficeSettings, now: () => Date, secrets: SecretStore): SyncService {
  const sync = createSyncService({
    db,
    transport: settings.transport ?? httpTransport(settings.url),
    now,
    secrets,
    ...(settings.intervalMs ? { scheduler: { intervalMs: settings.intervalMs } } : {}),
  });
  if (!sync.status().isEnrolled && settings.enrolCode) {
    sync.enrol(settings.enrolCode, settings.deviceName ?? hostname()).catch((error: unknown) => {
      // The code only: no personal data. The advisor can still enrol from the sync page.
      process.stderr.write(
        `guichet: enrolment with head office failed (${error instanceof Error ? error.message : 'unknown'})\n`,
      );
    });
  } else {
    sync.start();
  }
  return sync;
}

/** A stable id for this installation, made once: it prefixes every mutation id sent to head office. */
function deviceIdOf(db: GuichetDb): string {
  const existing = readSetting<string>(db, 'deviceId');
  if (existing) return existing;
  const id = uuidv7();
  writeSetting(db, 'deviceId', id);
  return id;
}
