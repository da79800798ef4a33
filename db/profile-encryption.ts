/**
 * Encryption at rest of a profile's database: SQLite3 Multiple Ciphers (the better-sqlite3 build the
 * project installs under the better-sqlite3 name) with ChaCha20-Poly1305 on every page, the WAL
 * included, and a raw 32-byte key (`x'…'`), so no key derivation runs at each open: the key is
 * already random, stretching it buys nothing. A plain profile is encrypted once, into a temporary
 * file renamed over the original, so a crash at any point leaves either the plain file or the
 * encrypted one, never half of each.
 */
import type Database from 'better-sqlite3';
import BetterSqlite from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The page cipher. ChaCha20-Poly1305 authenticates every page (a flipped bit is an error, not silent
 * garbage) and needs no AES instructions to be fast. `sqlcipher` (legacy 4) reads SQLCipher files
 * too, if a tool ever needs that; changing it here would make existing profiles unreadable.
 */
export const PROFILE_CIPHER = 'chacha20';
export const PROFILE_KEY_BYTES = 32;

/** The file is not readable with the key given (or was given none): another profile's key, or a key lost. */
export class DatabaseKeyRejected extends Error {
  readonly reason: 'wrong-key' | 'key-missing';
  constructor(reason: 'wrong-key' | 'key-missing') {
    super(reason === 'wrong-key' ? 'profile database: wrong key' : 'profile database is encrypted: no key given');
    this.name = 'DatabaseKeyRejected';
    this.reason = reason;
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file exists and starts with SQLite's plain header (an encrypted file starts with random bytes). */
export function isPlainDatabaseFile(file: string): boolean {
  if (!existsSync(file) || statSync(file).size < SQLITE_HEADER.length) return false;
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  return head.equals(SQLITE_HEADER);
}

function assertKey(key: Buffer): void {
  if (key.length !== PROFILE_KEY_BYTES) throw new RangeError(`profile key must be ${PROFILE_KEY_BYTES} bytes`);
}

/** The pragmas that unlock an encrypted file: cipher first, then the raw key. */
function keyPragmas(sqlite: Database.Database, pragma: 'key' | 'rekey', key: Buffer): void {
  assertKey(key);
  sqlite.pragma(`cipher = '${PROFILE_CIPHER}'`);
  sqlite.pragma(`${pragma} = "x'${key.toString('hex')}'"`);
}

/** Unlocks a freshly opened connection; closes it and throws DatabaseKeyRejected when the key does not fit. */
export function applyDatabaseKey(sqlite: Database.Database, key: Buffer): void {
  keyPragmas(sqlite, 'key', key);
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch (error) {
    if (isNotADatabase(error)) {
      sqlite.close();
      throw new DatabaseKeyRejected('wrong-key');
    }
    throw error;
  }
}

/** True when the file has content that is not a plain SQLite database: an encrypted profile. */
export function isEncryptedDatabaseFile(file: string): boolean {
  return existsSync(file) && statSync(file).size >= SQLITE_HEADER.length && !isPlainDatabaseFile(file);
}

function isNotADatabase(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/**
 * Encrypts a plain database in place. The plain file's WAL is first folded into it and removed (a
 * plain WAL left beside an encrypted file would be replayed into it), then a copy is encrypted with
 * `rekey` in rollback-journal mode (rekey cannot run in WAL mode), synced, and renamed over the
 * original. A temporary file left by a crash is plain data of the same profile: it is removed and
 * the work starts again.
 */
export function encryptPlainDatabase(file: string, key: Buffer): void {
  assertKey(key);
  const temporary = `${file}.encrypting`;
  removeWithSidecars(temporary);
  const plain = new BetterSqlite(file);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
    plain.prepare('VACUUM INTO ?').run(temporary);
  } finally {
    plain.close();
  }
  restrictFile(temporary);
  const copy = new BetterSqlite(temporary);
  try {
    copy.pragma('journal_mode = DELETE');
    keyPragmas(copy, 'rekey', key);
  } finally {
    copy.close();
  }
  syncFile(temporary);
  renameSync(temporary, file);
  syncFile(dirname(file));
  for (const sidecar of ['-wal', '-shm', '-journal']) rmSync(`${file}${sidecar}`, { force: true });
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

function syncFile(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

const isPosix = process.platform !== 'win32';

function restrictFile(path: string): void {
  if (isPosix && existsSync(path)) chmodSync(path, 0o600);
}

/**
 * The profile folder readable by its user only (0700), the database and its sidecars 0600. SQLite
 * gives a new -wal or -shm the mode of the database file, so creating the file 0600 before the
 * first open covers them too. Windows has no such modes: the profile lives in the user's own folder.
 */
export function protectProfileFiles(file: string): void {
  if (!isPosix) return;
  chmodSync(dirname(file), 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const suffix of ['', '-wal', '-shm', '-journal']) restrictFile(`${file}${suffix}`);
}
