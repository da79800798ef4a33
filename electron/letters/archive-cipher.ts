/**
 * The letters archive of a profile (issued letters, batch chunks, merged batch PDFs and their
 * manifests) holds the same personal data as the database, so its files are encrypted too:
 * AES-256-GCM, one random nonce per file, with a key derived from the profile key (HKDF), so the
 * archive needs no key of its own and a PDF copied out of the folder is unreadable. Files, not
 * database blobs: a merged batch of 10,000 letters is tens of MiB, written once and read in slices,
 * which the page cache serves better than a database that would grow and fragment with each batch.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ArchiveCipher = {
  readonly isEncrypted: boolean;
  /** The bytes to write for a plain file. */
  seal(plain: Buffer): Buffer;
  /** The plain bytes of a stored file; throws ArchiveFileUnreadable when it was not sealed with this key. */
  open(stored: Buffer): Buffer;
};

export class ArchiveFileUnreadable extends Error {
  constructor() {
    super('archived letter file unreadable with this profile key');
    this.name = 'ArchiveFileUnreadable';
  }
}

/** Output a user asked for outside a profile (the command line's --out folder): written as is. */
export const plainArchive: ArchiveCipher = { isEncrypted: false, seal: (plain) => plain, open: (stored) => stored };

const MAGIC = Buffer.from('GLA1', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES + TAG_BYTES;

/** The archive key: a separate key from the database's, derived so that neither use can leak the other. */
export function archiveKeyOf(profileKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', profileKey, Buffer.alloc(0), 'guichet letters archive', 32));
}

export function sealedArchive(archiveKey: Buffer): ArchiveCipher {
  if (archiveKey.length !== 32) throw new RangeError('archive key must be 32 bytes');
  return {
    isEncrypted: true,
    seal: (plain) => {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', archiveKey, nonce);
      cipher.setAAD(MAGIC);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
    },
    open: (stored) => {
      if (!isSealed(stored)) throw new ArchiveFileUnreadable();
      try {
        const decipher = createDecipheriv('aes-256-gcm', archiveKey, stored.subarray(4, 4 + NONCE_BYTES));
        decipher.setAAD(MAGIC);
        decipher.setAuthTag(stored.subarray(4 + NONCE_BYTES, HEADER_BYTES));
        return Buffer.concat([decipher.update(stored.subarray(HEADER_BYTES)), decipher.final()]);
      } catch {
        throw new ArchiveFileUnreadable();
      }
    },
  };
}

function isSealed(bytes: Buffer): boolean {
  return bytes.length >= HEADER_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Reads an archived file back to its plain bytes. */
export function readArchiveFile(archive: ArchiveCipher, file: string): Buffer {
  return archive.open(readFileSync(file));
}

function startsSealed(file: string): boolean {
  const head = Buffer.alloc(MAGIC.length);
  const descriptor = openSync(file, 'r');
  try {
    return readSync(descriptor, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Brings an archive folder written before encryption in line: every plain file is sealed in place
 * (temporary file, fsync, rename, so a crash leaves the plain or the sealed file whole), folders
 * 0700 and files 0600 where the system has modes. Unfinished temporary files are left to their writer.
 */
export function sealArchiveFolder(
  dir: string,
  archive: ArchiveCipher,
  writeDurably: (file: string, bytes: Buffer) => void,
): number {
  let sealed = 0;
  const hasModes = process.platform !== 'win32';
  const walk = (folder: string): void => {
    if (hasModes) chmodSync(folder, 0o700);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) {
        if (hasModes && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
        if (archive.isEncrypted && !startsSealed(path)) {
          writeDurably(path, archive.seal(readFileSync(path)));
          sealed += 1;
        }
      }
    }
  };
  try {
    walk(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  return sealed;
}
