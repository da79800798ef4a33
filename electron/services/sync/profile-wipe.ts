/**
 * Erasing a profile at head office's request (`revoke --wipe`): the database with its -wal/-shm, the
 * letters archive and the key files go; a small marker stays so that the app can say why on its next
 * opening. The marker holds no personal data: the reason, when, and whether head office was told.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { WipeOrder } from './sync-service';

export const WIPE_MARKER_FILE = 'wiped.json';

const wipeMarkerSchema = z.object({
  reason: z.literal('head-office-request'),
  wipedAt: z.string(),
  /** When head office acknowledged the erasure; null when it could not be told. */
  confirmedAt: z.string().nullable(),
});
export type WipeMarker = z.infer<typeof wipeMarkerSchema>;

/** The database file and its companions: a leftover -wal holds recent pages in clear. */
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * Deletes `databaseFile` (and companions), the `directories` and `files`, all relative to the profile;
 * missing ones are skipped. The caller has closed everything that writes to them.
 */
export function eraseProfileFiles(
  profileDir: string,
  erased: { databaseFile: string; directories: readonly string[]; files: readonly string[] },
): void {
  for (const suffix of DATABASE_COMPANIONS)
    rmSync(join(profileDir, `${erased.databaseFile}${suffix}`), { force: true });
  for (const directory of erased.directories) rmSync(join(profileDir, directory), { recursive: true, force: true });
  for (const file of erased.files) rmSync(join(profileDir, file), { force: true });
}

export function writeWipeMarker(profileDir: string, marker: WipeMarker): void {
  writeFileSync(join(profileDir, WIPE_MARKER_FILE), JSON.stringify(marker));
}

/** The marker of an erased profile, or null; an unreadable marker still says the profile was erased. */
export function readWipeMarker(profileDir: string): WipeMarker | null {
  const path = join(profileDir, WIPE_MARKER_FILE);
  if (!existsSync(path)) return null;
  try {
    return wipeMarkerSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return { reason: 'head-office-request', wipedAt: '', confirmedAt: null };
  }
}

export type ProfileWipeOptions = {
  profileDir: string;
  erased: Parameters<typeof eraseProfileFiles>[1];
  now: () => Date;
  /** Stops everything that writes to the profile (sync, letters) and closes the database. */
  closeAll: () => Promise<void>;
  /** Deletes the profile's database key wherever its store keeps it (outside the folder in browser mode). */
  eraseKeys: () => void;
};

/**
 * The host's side of a wipe order: closes everything, deletes the data and keys, leaves the marker,
 * then tells head office and notes on the marker whether it heard.
 */
export function createProfileWipe(options: ProfileWipeOptions): {
  onWipe(order: WipeOrder): Promise<void>;
  marker(): WipeMarker | null;
  done(): Promise<void>;
} {
  let marker: WipeMarker | null = null;
  let done: Promise<void> = Promise.resolve();
  const erase = async (order: WipeOrder): Promise<void> => {
    await options.closeAll();
    eraseProfileFiles(options.profileDir, options.erased);
    options.eraseKeys();
    const erasedAt = options.now();
    marker = { reason: 'head-office-request', wipedAt: erasedAt.toISOString(), confirmedAt: null };
    writeWipeMarker(options.profileDir, marker);
    if (await order.confirm(erasedAt)) {
      marker = { ...marker, confirmedAt: options.now().toISOString() };
      writeWipeMarker(options.profileDir, marker);
    }
  };
  return {
    onWipe(order) {
      done = erase(order);
      return done;
    },
    marker: () => marker,
    done: () => done,
  };
}
