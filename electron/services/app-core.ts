/**
 * The application core shared by every host: opens the profile's database, identifies the device,
 * seeds demo data on a first start, and binds the services to the contract's channels.
 * Plain Node: never imports 'electron', so browser mode, tests and the desktop app run the same code.
 */
import { fundDay } from '../../shared/domain/fund-day';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { relative } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, openDatabase, type GuichetDb } from '../../db/connection';
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
import { createLettersModule, lettersArchiveDir, type LettersModule } from './letters/letters-module';
import { archiveKeyOf } from '../letters/archive-cipher';
import { defaultKeyDir, keyFileProfileKeyStore, type ProfileKeyStore } from '../../db/profile-key-store';
import { paymentPlanHandlers } from './payment-plan/payment-plan.handlers';
import { requestHandlers } from './request/request.handlers';
import { situationHandlers } from './situation/situation.handlers';
import { createSession, type Session } from './session/session-service';
import { sessionHandlers } from './session/session.handlers';
import { simulationHandlers } from './simulation/simulation.handlers';
import { syncHandlers } from './sync/sync.handlers';
import { workQueueHandlers } from './work-queue/work-queue.handlers';
import { dashboardHandlers } from './dashboard/dashboard.handlers';
import { complaintHandlers } from './complaint/complaint.handlers';
import { recoveryHandlers } from './recovery/recovery.handlers';
import { rightsHandlers } from './rights/rights.handlers';
import { startRightsFollowUp } from './rights/rights-follow-up';
import { bankStatementHandlers } from './bank-statement/bank-statement.handlers';
import { createSyncService, type SyncService, type SyncServiceOptions } from './sync/sync-service';
import { SECRET_KEY_FILE, keyFileSecretStore, type SecretStore } from './sync/secret-store';
import { createProfileWipe, readWipeMarker, type ProfileWipeOptions, type WipeMarker } from './sync/profile-wipe';
import { DEFAULT_OFFLINE_LOCK_DAYS, offlineLockOf } from '../../shared/sync/offline-lock';
import { GuichetError } from '../../shared/contract/errors';
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
   * Days without a completed round with head office after which an enrolled device refuses sign-in
   * until it syncs (the fund's setting, OFFLINE_LOCK_DAYS by default).
   */
  offlineLockDays?: number;
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
  /** Set when head office had this profile erased (now, or before this opening): what the app shows instead. */
  wiped(): WipeMarker | null;
  /** Resolves once an erasure ordered by head office is done and confirmed (or could not be confirmed). */
  wipeDone(): Promise<void>;
  close(): void;
};

export const DEFAULT_DEMO_PERSONS = 2000;
export { DATABASE_FILE };

export function openAppCore(options: AppCoreOptions): AppCore {
  mkdirSync(options.profileDir, { recursive: true, mode: 0o700 });
  const now = options.now ?? (() => new Date());
  const wiped = readWipeMarker(options.profileDir);
  const profileKeys = options.profileKeys ?? keyFileProfileKeyStore(defaultKeyDir(options.profileDir));
  const { db, key } = openProfile(options, profileKeys, wiped !== null);
  const deviceId = deviceIdOf(db);
  const lockAfterMinutes = options.lockAfterMinutes;
  // Read at each sign-in: `sync` is made below, and a round completed meanwhile lifts the lock.
  const signInRefusal = () => signInRefusalOf(sync, wipedNow() !== null, now(), options.offlineLockDays);
  const session = createSession({ db, deviceId, now, lockAfterMinutes, signInRefusal });
  // Every change carries the advisor signed in at the moment it is written (null for the demo seed).
  const recorder = createChangeRecorder(db, { deviceId, advisorId: () => session.advisorId(), now });

  const demoPersons = options.demoPersons ?? DEFAULT_DEMO_PERSONS;
  // With a head office, the demo data (and everything else) arrives by the first sync: nothing is seeded here.
  if (demoPersons > 0 && !options.headOffice && !wiped && countPersons(db) === 0) {
    seedDemoData(db, recorder, { persons: demoPersons, today: fundDay(now()) });
  }

  const secrets = options.secretStore ?? keyFileSecretStore(options.profileDir);
  let isClosed = false;
  const closeAll = async (): Promise<void> => {
    if (isClosed) return;
    isClosed = true;
    sync?.stop();
    rightsFollowUp.stop();
    const lettersClosed = letters.close();
    closeDatabase(db);
    await lettersClosed;
  };
  const profileWipe = createProfileWipe({
    profileDir: options.profileDir,
    erased: erasedOf(options),
    now,
    closeAll,
    eraseKeys: () => profileKeys.erase(),
  });
  const wipedNow = (): WipeMarker | null => profileWipe.marker() ?? wiped;
  const sync =
    options.headOffice && !wiped
      ? startSync(db, options.headOffice, now, secrets, {
          onWipe: profileWipe.onWipe,
          databaseKey: key ? () => Buffer.from(key) : undefined,
        })
      : null;
  const context: ServiceContext = {
    db,
    recorder,
    host: options.host,
    version: options.version ?? '0.1.0',
    now,
    today: () => fundDay(now()),
    session,
    isScopedByHeadOffice: options.headOffice !== undefined,
    wiped: () => wipedNow(),
  };
  // Every new event becomes a task (and a letter where the fund acts by itself): daily and after each sync round.
  const rightsFollowUp = startRightsFollowUp({ db, recorder, today: context.today, sync });
  const access = createAccessGate({ db, session, isScopedByHeadOffice: context.isScopedByHeadOffice });
  // The letters' worker pool starts on the first letter; close() stops it (and any running batch).
  const letters = createLettersModule(context, {
    archiveDir: lettersArchiveDir(options.profileDir),
    ...(key ? { archiveKey: archiveKeyOf(key) } : {}),
  });
  const handlers = handlersOf(context, letters.handlers, sync);

  return {
    handlers,
    access,
    db,
    databaseKey: () => (key ? Buffer.from(key) : null),
    recorder,
    session,
    sync,
    wiped: wipedNow,
    wipeDone: () => profileWipe.done(),
    close: () => void closeAll(),
  };
}

/** One line per domain; the Handlers type makes a missing channel a compile error here. */
function handlersOf(
  context: ServiceContext,
  letterHandlers: LettersModule['handlers'],
  sync: SyncService | null,
): Handlers {
  return {
    ...appHandlers(context),
    ...caseFileLookupHandlers(context),
    ...sessionHandlers(context),
    ...caseFileDetailHandlers(context, sync),
    ...intakeHandlers(context),
    ...simulationHandlers(context),
    ...paymentPlanHandlers(context),
    ...requestHandlers(context),
    ...letterHandlers,
    ...syncHandlers(context, sync),
    ...caseFileEditHandlers(context),
    ...workQueueHandlers(context),
    ...complaintHandlers(context),
    ...situationHandlers(context),
    ...recoveryHandlers(context),
    ...rightsHandlers(context),
    ...bankStatementHandlers(sync),
    ...dashboardHandlers(context),
  };
}

/**
 * The profile's encrypted database, with its key. An erased profile stays erased: an empty database
 * in memory (nothing written back to the folder, no key made), and the app shows why.
 */
function openProfile(
  options: AppCoreOptions,
  profileKeys: ProfileKeyStore,
  isWiped: boolean,
): { db: GuichetDb; key: Buffer | null } {
  const migrations = options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {};
  if (isWiped) return { db: openDatabase(':memory:', migrations), key: null };
  return openProfileDatabase({
    profileDir: options.profileDir,
    profileKeys,
    ...migrations,
    ...(options.isPlainForBenchmark ? { isPlainForBenchmark: true } : {}),
  });
}

/** What a wipe ordered by head office deletes: the database, the letters archive, the key files. */
function erasedOf(options: AppCoreOptions): ProfileWipeOptions['erased'] {
  return {
    databaseFile: DATABASE_FILE,
    directories: [relative(options.profileDir, lettersArchiveDir(options.profileDir))],
    files: [SECRET_KEY_FILE],
  };
}

/**
 * Sign-in refused on an erased profile (its data is gone), and while an enrolled device has gone the
 * fund's number of days without completing a round with head office.
 */
function signInRefusalOf(
  sync: SyncService | null,
  isWiped: boolean,
  now: Date,
  lockDays: number | undefined,
): GuichetError | null {
  if (isWiped) return new GuichetError('unauthorized', 'sync.errors.wipeRequired');
  const days = lockDays ?? DEFAULT_OFFLINE_LOCK_DAYS;
  const lock = offlineLockOf(sync?.lastContactAt() ?? null, now, days);
  if (!lock?.isLocked) return null;
  return new GuichetError('unauthorized', 'errors.session.offlineLocked', {
    offlineLocked: true,
    params: { days: lock.daysWithoutContact, limit: days },
  });
}

/**
 * Starts background sync: enrols first when a code was given and the device is not enrolled yet
 * (the first round is then the initial sync), otherwise resumes the loop. Never blocks start-up.
 */
function startSync(
  db: GuichetDb,
  settings: HeadOfficeSettings,
  now: () => Date,
  secrets: SecretStore,
  hooks: { onWipe: NonNullable<SyncServiceOptions['onWipe']>; databaseKey: (() => Buffer) | undefined },
): SyncService {
  const sync = createSyncService({
    db,
    transport: settings.transport ?? httpTransport(settings.url),
    now,
    secrets,
    onWipe: hooks.onWipe,
    ...(hooks.databaseKey ? { databaseKey: hooks.databaseKey } : {}),
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
