/**
 * Encryption at rest of a profile, through the real app-core path (demo seed, sign-in, a letter
 * issued and archived): once closed, no file of the profile folder starts with SQLite's plain header,
 * and a byte scan of every file (database, -wal while open, archived PDFs) finds none of the seeded
 * NISS, IBANs or last names, which the same scan does find in a plain profile. A wrong or missing key
 * fails with a typed error carrying a locale key; folder and files are 0700/0600; a plain profile
 * (with its archive) is encrypted in place on its next open, also after an interrupted attempt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../db/profile-database';
import { openDatabase, closeDatabase } from '../../db/connection';
import { DatabaseKeyRejected, isPlainDatabaseFile } from '../../db/profile-encryption';
import {
  PROFILE_KEY_FILE,
  ProfileKeyUnavailable,
  defaultKeyDir,
  keyFileProfileKeyStore,
} from '../../db/profile-key-store';
import { dispatch } from '../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract/app-contract';
import { tempDir } from '../fixtures/temp-db';

const TODAY = '2026-11-26';
const PERSONS = 120;
const isPosix = process.platform !== 'win32';
const folders: { cleanup(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.cleanup();
});

function profileFolder(): string {
  const folder = tempDir();
  folders.push(folder);
  return join(folder.dir, 'profile');
}

function open(profileDir: string, options: { isPlain?: boolean } = {}): AppCore {
  return openAppCore({
    profileDir,
    host: 'browser',
    demoPersons: PERSONS,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
    ...(options.isPlain ? { isPlainForBenchmark: true } : {}),
  });
}

async function call<C extends Channel>(core: AppCore, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}

/** What must never be readable at rest: every seeded NISS and IBAN, and the longer last names. */
function personalData(core: AppCore): string[] {
  const rows = core.db.$client
    .prepare<[], { niss: string; iban: string | null; last_name: string }>('SELECT niss, iban, last_name FROM persons')
    .all();
  const values = new Set<string>();
  for (const row of rows) {
    values.add(row.niss);
    if (row.iban) values.add(row.iban);
    // Short names (« Lo ») could turn up in random bytes by chance; five letters and more cannot.
    if (row.last_name.length >= 5) values.add(row.last_name);
  }
  return [...values];
}

/** Issues a tax certificate to a payer of 2025 (a PDF in the letters archive); its id, file and the advisor. */
async function issueLetter(core: AppCore): Promise<{ id: string; file: string; username: string }> {
  const payer = core.db.$client
    .prepare<[], { id: string; code: string }>(
      `SELECT p.id, b.code FROM persons p JOIN branches b ON b.id = p.branch_id
       WHERE EXISTS (SELECT 1 FROM payments y WHERE y.person_id = p.id AND y.date LIKE '2025-%') LIMIT 1`,
    )
    .get();
  if (!payer) throw new Error('no payer in the demo data');
  const username = `${payer.code.toLowerCase()}.conseiller`;
  await call(core, 'session.signIn', { username, password: DEMO_PASSWORD });
  const issued = await call(core, 'letters.issue', {
    source: 'case-file',
    caseFile: { kind: 'person', id: payer.id },
    kind: 'tax-certificate',
    params: { year: 2025 },
  });
  const row = core.db.$client
    .prepare<[string], { pdf_file: string }>('SELECT pdf_file FROM issued_letters WHERE id = ?')
    .get(issued.id);
  if (!row) throw new Error('issued letter not recorded');
  return { id: issued.id, file: row.pdf_file, username };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The values found in the bytes of any of the files (latin1 and UTF-8 spellings alike). */
function leaks(files: readonly string[], values: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const value of values)
      if (bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(value, 'latin1'))) found.add(value);
  }
  return [...found];
}

const mode = (path: string): number => statSync(path).mode & 0o777;
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a profile encrypted at rest', () => {
  it('a seeded profile, closed, holds no readable NISS, IBAN or name in any file, archived letter included', async () => {
    const profileDir = profileFolder();
    const core = open(profileDir);
    const values = personalData(core);
    expect(values.length).toBeGreaterThan(PERSONS);
    const { file: pdfFile } = await issueLetter(core);
    expect(pdfFile.startsWith(join(profileDir, 'letters'))).toBe(true);
    // While open, after writes: the WAL holds the new pages, encrypted too.
    core.db.$client.prepare("UPDATE persons SET email = 'ecrit.pendant@example.be' WHERE rowid = 1").run();
    expect(existsSync(join(profileDir, `${DATABASE_FILE}-wal`))).toBe(true);
    expect(leaks(filesUnder(profileDir), values)).toEqual([]);
    core.close();

    const files = filesUnder(profileDir);
    expect(files).toContain(join(profileDir, DATABASE_FILE));
    expect(files).toContain(pdfFile);
    for (const file of files) expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(leaks(files, values)).toEqual([]);
    // The key is not in the profile folder: copying the folder alone gives nothing.
    expect(files.some((file) => file.endsWith(PROFILE_KEY_FILE))).toBe(false);
    expect(existsSync(join(defaultKeyDir(profileDir), PROFILE_KEY_FILE))).toBe(true);
    console.log(
      `profile at rest: ${files.length} files, ${values.length} seeded values scanned, ${leaks(files, values).length} found`,
    );

    if (isPosix) {
      expect(mode(profileDir)).toBe(0o700);
      expect(mode(join(profileDir, 'letters'))).toBe(0o700);
      for (const file of files) expect([file, mode(file)]).toEqual([file, 0o600]);
      expect(mode(defaultKeyDir(profileDir))).toBe(0o700);
      expect(mode(join(defaultKeyDir(profileDir), PROFILE_KEY_FILE))).toBe(0o600);
    }
  }, 180_000);

  it('the same scan finds the data in a plain profile (the scan itself works)', async () => {
    const profileDir = profileFolder();
    const core = open(profileDir, { isPlain: true });
    const values = personalData(core);
    await issueLetter(core);
    core.close();
    const files = filesUnder(profileDir);
    expect(isPlainDatabaseFile(join(profileDir, DATABASE_FILE))).toBe(true);
    expect(leaks(files, values).length).toBeGreaterThan(values.length / 2);
  }, 180_000);

  it('a wrong key or a missing key fails with a typed error and a locale key, and changes nothing', () => {
    const profileDir = profileFolder();
    open(profileDir).close();
    // The right key opens it again (a restart), with its data.
    const again = open(profileDir);
    expect(again.db.$client.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(PERSONS);
    again.close();
    const file = join(profileDir, DATABASE_FILE);
    const before = sha256(file);
    const keyFile = join(defaultKeyDir(profileDir), PROFILE_KEY_FILE);

    writeFileSync(keyFile, Buffer.alloc(32, 7));
    const wrong = catchError(() => open(profileDir));
    expect(wrong).toBeInstanceOf(ProfileKeyUnavailable);
    expect(wrong).toMatchObject({ problem: 'wrongKey', messageKey: 'profileKey.errors.wrongKey' });
    expect((wrong as Error).message).not.toMatch(/SQLITE_NOTADB/);

    rmSync(keyFile);
    expect(catchError(() => open(profileDir))).toMatchObject({
      problem: 'keyMissing',
      messageKey: 'profileKey.errors.keyMissing',
    });
    // No new key was made for a file that already has one, and the file is untouched.
    expect(existsSync(keyFile)).toBe(false);
    expect(sha256(file)).toBe(before);

    // Opened bare, without any key, the db layer says so in its own typed error.
    expect(catchError(() => openDatabase(file))).toMatchObject({ name: 'DatabaseKeyRejected', reason: 'key-missing' });
    expect(catchError(() => openDatabase(file, { key: Buffer.alloc(32, 9) }))).toBeInstanceOf(DatabaseKeyRejected);
  }, 120_000);

  it('a plain profile and its archive are encrypted in place on the next open, with nothing lost', async () => {
    const profileDir = profileFolder();
    const plain = open(profileDir, { isPlain: true });
    const values = personalData(plain);
    const { id, file: pdfFile, username } = await issueLetter(plain);
    const counts = tableCounts(plain);
    plain.close();
    const plainPdf = readFileSync(pdfFile);
    // An attempt interrupted before its rename leaves a temporary copy: it is discarded and redone.
    writeFileSync(join(profileDir, `${DATABASE_FILE}.encrypting`), 'torn copy');

    const core = open(profileDir);
    expect(tableCounts(core)).toEqual(counts);
    // The archived letter, now sealed, reads back through the profile's key byte for byte.
    await call(core, 'session.signIn', { username, password: DEMO_PASSWORD });
    const reopened = await call(core, 'letters.reopen', { id });
    expect(Buffer.from(reopened.pdfBase64, 'base64').equals(plainPdf)).toBe(true);
    core.close();

    const files = filesUnder(profileDir);
    expect(files).not.toContain(join(profileDir, `${DATABASE_FILE}.encrypting`));
    expect(isPlainDatabaseFile(join(profileDir, DATABASE_FILE))).toBe(false);
    expect(leaks(files, values)).toEqual([]);
    expect(readFileSync(pdfFile).equals(plainPdf)).toBe(false);
    if (isPosix) for (const file of files) expect([file, mode(file)]).toEqual([file, 0o600]);
  }, 240_000);

  it('a throw-away database opened without a key stays plain (tests and headless journals)', () => {
    const folder = tempDir();
    folders.push(folder);
    const file = join(folder.dir, 'plain.sqlite');
    closeDatabase(openDatabase(file));
    expect(isPlainDatabaseFile(file)).toBe(true);
    // The key-file store never overwrites a key it already holds.
    const store = keyFileProfileKeyStore(join(folder.dir, 'keys'));
    store.create(Buffer.alloc(32, 1));
    expect(() => store.create(Buffer.alloc(32, 2))).toThrow();
    expect(store.read()).toEqual(Buffer.alloc(32, 1));
  });
});

function tableCounts(core: AppCore): Record<string, number> {
  const tables = ['persons', 'contributions', 'payments', 'outbox', 'issued_letters'];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      core.db.$client.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n,
    ]),
  );
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
