/**
 * A device's life beyond syncing, against a real head office (Fastify over HTTP on PGlite, and on the
 * local PostgreSQL when it answers): its database key escrowed at enrolment and recovered with the
 * offline private key; `revoke --wipe` erasing a lost laptop at its next round, confirmed to head
 * office; and the lock of a device that has not reached head office for the fund's delay.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type AppCore } from '../../electron/services/app-core';
import { readWipeMarker, WIPE_MARKER_FILE } from '../../electron/services/sync/profile-wipe';
import { SECRET_KEY_FILE } from '../../electron/services/sync/secret-store';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { PROFILE_KEY_FILE, defaultKeyDir } from '../../db/profile-key-store';
import { countPersons } from '../../db/repositories/case-file-read';
import { readSyncValue } from '../../db/repositories/sync-repo';
import { eq } from 'drizzle-orm';
import { listDevices } from '../../server/auth';
import { devices } from '../../server/db/schema';
import { deviceLine, revokeCommand } from '../../server/device-command';
import { escrowKeyInitCommand, recoverKeyCommand } from '../../server/escrow/escrow-commands';
import { invoke } from '../fixtures/core';
import { isPostgresReachable, type Backend } from '../server/harness';
import { useHeadOfficeWithDevices } from './support/head-office-with-devices';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const BRANCH = 'NAM';
const DAY_MS = 86_400_000;

// The support station's folder: the escrow key pair is made there, as `escrow-key init --out` does.
const station = mkdtempSync(join(tmpdir(), 'guichet-escrow-station-'));
const privateKeyFile = join(station, 'escrow.pem');
const initLines = escrowKeyInitCommand(privateKeyFile);
afterAll(() => rmSync(station, { recursive: true, force: true }));

/** Browser mode's key file of a profile: outside its folder, in the sibling key folder. */
const profileKeyFileOf = (profileDir: string): string => join(defaultKeyDir(profileDir), PROFILE_KEY_FILE);

const deviceIdOf = (core: AppCore): string =>
  (readSyncValue<{ deviceId: string }>(core.db, 'credentials') as { deviceId: string }).deviceId;

describe.each(backends)('device lifecycle against head office on %s', (backend) => {
  const headOffice = useHeadOfficeWithDevices(backend, { persons: 30, seed: 12 }, `lifecycle-${backend}`, () => ({
    escrowPublicKey: readFileSync(`${privateKeyFile}.pub`, 'utf8'),
  }));

  it('escrows the database key at enrolment; the private key recovers it once the local key is lost', async () => {
    expect(initLines.join('\n')).toContain(`GUICHET_ESCROW_PUBLIC_KEY=${privateKeyFile}.pub`);
    const [code] = await headOffice.enrolCodes(BRANCH, 1);
    const profileDir = headOffice.newProfile();
    const core = headOffice.open({ profileDir, enrolCode: code });
    await headOffice.enrolled(core);
    const key = core.databaseKey();
    if (!key) throw new Error('the profile has no database key');
    const deviceId = deviceIdOf(core);
    const listed = (await listDevices(headOffice.serverDb)).find((device) => device.id === deviceId);
    expect(listed?.keyEscrowedAt).toBeInstanceOf(Date);
    expect(deviceLine(listed!)).toContain('key escrowed');

    // Head office holds only the wrapped key: one RSA-3072 block, not the key.
    const stored = await headOffice.serverDb
      .select({ escrowedKey: devices.escrowedKey })
      .from(devices)
      .where(eq(devices.id, deviceId));
    const wrapped = Buffer.from(stored[0]!.escrowedKey!, 'base64');
    expect(wrapped).toHaveLength(384);
    expect(wrapped.includes(key)).toBe(false);

    // A second round does not send it again (acknowledged for this key pair).
    const escrowedAt = listed!.keyEscrowedAt!.getTime();
    await headOffice.syncNow(core);
    const again = (await listDevices(headOffice.serverDb)).find((device) => device.id === deviceId);
    expect(again!.keyEscrowedAt!.getTime()).toBe(escrowedAt);

    // The damaged laptop: its key file is gone; the support station recovers the key from escrow.
    headOffice.close(core);
    rmSync(profileKeyFileOf(profileDir));
    const out = join(station, `${backend}-recovered.key`);
    const printed = await recoverKeyCommand(headOffice.serverDb, {
      device: deviceId,
      'private-key': privateKeyFile,
      out,
    });
    expect(printed).toContain(`written to ${out}`);
    expect(printed).not.toContain(key.toString('hex'));
    const recovered = Buffer.from(readFileSync(out, 'utf8').trim(), 'hex');
    expect(recovered.equals(key)).toBe(true);

    // The encrypted database of the profile does not open without its key, and opens (and reads) with the recovered one.
    expect(() =>
      new Database(join(profileDir, DATABASE_FILE), { readonly: true }).prepare('SELECT count(*) FROM persons').get(),
    ).toThrow(/not a database/);
    const device = new Database(join(profileDir, DATABASE_FILE), { readonly: true });
    applyDatabaseKey(device, recovered);
    expect(device.prepare('SELECT count(*) FROM persons').pluck().get()).toBeGreaterThan(0);
    device.close();
  });

  it('refuses a recovery with another private key', async () => {
    const [code] = await headOffice.enrolCodes(BRANCH, 1);
    const profileDir = headOffice.newProfile();
    const core = headOffice.open({ profileDir, enrolCode: code });
    await headOffice.enrolled(core);
    const other = join(station, `${backend}-other.pem`);
    escrowKeyInitCommand(other);
    await expect(
      recoverKeyCommand(headOffice.serverDb, {
        device: deviceIdOf(core),
        'private-key': other,
        out: join(station, `${backend}-nope.key`),
      }),
    ).rejects.toThrow(/is not the one device/);
    expect(existsSync(join(station, `${backend}-nope.key`))).toBe(false);
  });

  it('revoke --wipe: the next round erases the profile and confirms; head office records it', async () => {
    const [code] = await headOffice.enrolCodes(BRANCH, 1);
    const profileDir = headOffice.newProfile();
    const core = headOffice.open({ profileDir, enrolCode: code });
    await headOffice.enrolled(core);
    expect(countPersons(core.db)).toBeGreaterThan(0);
    mkdirSync(join(profileDir, 'letters'), { recursive: true });
    writeFileSync(join(profileDir, 'letters', 'letter.pdf'), 'issued letter');
    const deviceId = deviceIdOf(core);

    expect(await revokeCommand(headOffice.serverDb, deviceId, true, new Date())).toContain('revoked');
    expect(await revokeCommand(headOffice.serverDb, deviceId, true, new Date())).toContain('already requested');
    const requested = (await listDevices(headOffice.serverDb)).find((device) => device.id === deviceId)!;
    expect(deviceLine(requested)).toContain('wipe requested');
    expect(requested.wipeConfirmedAt).toBeNull();

    const status = await headOffice.syncNow(core);
    expect(status).toMatchObject({ isEnrolled: false, lastErrorKey: 'sync.errors.wipeRequired' });
    await core.wipeDone();
    // The running app now answers with the erasure, and refuses sign-in: there is nobody left to sign in.
    expect(await invoke(core, 'app.info', {})).toMatchObject({ wiped: { wipedAt: expect.any(String) } });
    expect(() => invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' })).toThrow(
      expect.objectContaining({ messageKey: 'sync.errors.wipeRequired' }),
    );

    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, SECRET_KEY_FILE])
      expect(existsSync(join(profileDir, file)), file).toBe(false);
    expect(existsSync(profileKeyFileOf(profileDir)), 'profile key').toBe(false);
    expect(existsSync(join(profileDir, 'letters'))).toBe(false);
    const marker = readWipeMarker(profileDir);
    expect(marker).toMatchObject({ reason: 'head-office-request' });
    expect(marker?.confirmedAt).not.toBeNull();
    expect(Object.keys(JSON.parse(readFileSync(join(profileDir, WIPE_MARKER_FILE), 'utf8'))).sort()).toEqual([
      'confirmedAt',
      'reason',
      'wipedAt',
    ]);

    const confirmed = (await listDevices(headOffice.serverDb)).find((device) => device.id === deviceId)!;
    expect(confirmed.wipeConfirmedAt).toBeInstanceOf(Date);
    expect(deviceLine(confirmed)).toContain(`wipe confirmed ${confirmed.wipeConfirmedAt!.toISOString()}`);
    headOffice.close(core);

    // Opened again, the app says why and holds nothing; it leaves no database in the folder.
    const reopened = headOffice.open({ profileDir });
    expect(reopened.wiped()).toEqual(marker);
    expect(invoke(reopened, 'app.info', {})).toMatchObject({ personCount: 0, wiped: { wipedAt: marker!.wipedAt } });
    expect(reopened.sync).toBeNull();
    expect(countPersons(reopened.db)).toBe(0);
    expect(invoke(reopened, 'sync.status', {})).toMatchObject({ isEnrolled: false });
    headOffice.close(reopened);
    expect(existsSync(join(profileDir, DATABASE_FILE))).toBe(false);
  });

  it('plain revoke keeps refusing the device without erasing anything', async () => {
    const [code] = await headOffice.enrolCodes(BRANCH, 1);
    const profileDir = headOffice.newProfile();
    const core = headOffice.open({ profileDir, enrolCode: code });
    await headOffice.enrolled(core);
    const deviceId = deviceIdOf(core);
    expect(await revokeCommand(headOffice.serverDb, deviceId, false, new Date())).toBe(`device ${deviceId} revoked`);
    await expect(headOffice.syncNow(core)).resolves.toMatchObject({ lastErrorKey: 'sync.errors.unauthorized' });
    expect(core.wiped()).toBeNull();
    expect(countPersons(core.db)).toBeGreaterThan(0);
    expect(existsSync(join(profileDir, WIPE_MARKER_FILE))).toBe(false);
    // A wipe may still follow a plain revocation (the laptop turns out stolen).
    expect(await revokeCommand(headOffice.serverDb, deviceId, true, new Date())).toContain('revoked');
    await headOffice.syncNow(core);
    await core.wipeDone();
    expect(existsSync(join(profileDir, DATABASE_FILE))).toBe(false);
  });

  it('locks sign-in after 30 days without head office; syncing now unlocks it', async () => {
    const [code] = await headOffice.enrolCodes(BRANCH, 1);
    // The device's clock is set, never read from the machine; it starts a month behind head office, which accepts that.
    let clock = Date.now() - 31 * DAY_MS;
    const core = headOffice.open({ enrolCode: code, now: () => new Date(clock) });
    await headOffice.enrolled(core);
    const signIn = () => invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });

    clock += 29 * DAY_MS;
    expect(signIn()).toMatchObject({ advisor: { username: 'nam.conseiller' } });
    invoke(core, 'session.signOut', {});

    clock += 2 * DAY_MS;
    expect(signIn).toThrow(
      expect.objectContaining({
        code: 'unauthorized',
        messageKey: 'errors.session.offlineLocked',
        details: expect.objectContaining({ params: { days: 31, limit: 30 } }),
      }),
    );
    // The sync page's action is public: it still runs, and a completed round lifts the lock.
    const synced = await invoke(core, 'sync.now', {});
    expect(synced.lastErrorKey).toBeNull();
    expect(signIn()).toMatchObject({ advisor: { username: 'nam.conseiller' } });
  });
});
