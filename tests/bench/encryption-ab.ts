/**
 * Plain against encrypted in one run: each bench measures its figures once per mode (same data) and
 * this prints the ratio of each, against the ceiling encryption at rest may cost. On a shared machine
 * the load moves between two runs of minutes, so where a bench times many small operations it also
 * runs them interleaved (one plain, one encrypted, the order alternating) on both profiles open side
 * by side: that ratio is the one judged. `--encryption both` (default), `on` (the app's way only) or `off`.
 */
import { join } from 'node:path';
import { openDatabase, type GuichetDb } from '../../db/connection';
import { openProfileDatabase } from '../../db/profile-database';
import { keyFileProfileKeyStore } from '../../db/profile-key-store';
import { formatSummary, summarize } from './stats';

/**
 * A database in `dir`, encrypted the app's way (the profile key from its store, here a key file
 * beside the profile) or plain.
 */
export function openBenchDatabase(dir: string, isEncrypted: boolean): GuichetDb {
  if (!isEncrypted) return openDatabase(join(dir, 'guichet.sqlite'));
  return openProfileDatabase({
    profileDir: join(dir, 'profile'),
    profileKeys: keyFileProfileKeyStore(join(dir, 'keys')),
  }).db;
}

export const ENCRYPTION_OPTION = { encryption: { type: 'string', default: 'both' } } as const;

export const ENCRYPTION_COST_CEILING = 1.3;

type Figures = Record<string, number>;

export function encryptionModes(option: string | undefined): boolean[] {
  if (option === 'on') return [true];
  if (option === 'off') return [false];
  if (option === 'both' || option === undefined) return [false, true];
  throw new RangeError('--encryption must be both, on or off');
}

/**
 * For long single runs that cannot be interleaved (a batch, a first sync): plain, encrypted,
 * encrypted, plain, so a load that rises or falls steadily weighs on both modes alike.
 */
export function balancedOrder(modes: boolean[]): boolean[] {
  return modes.length === 2 ? [false, true, true, false] : modes;
}

export const modeName = (isEncrypted: boolean): string => (isEncrypted ? 'encrypted' : 'plain');

/** Runs `measure` in each mode, with a header per mode, then prints the ratios encrypted/plain. */
export async function compareEncryption(
  option: string | undefined,
  measure: (isEncrypted: boolean) => Promise<Figures>,
): Promise<void> {
  const results = new Map<boolean, Figures>();
  for (const isEncrypted of encryptionModes(option)) {
    console.log(`\n=== ${modeName(isEncrypted)} profile ===`);
    results.set(isEncrypted, await measure(isEncrypted));
  }
  const plain = results.get(false);
  const encrypted = results.get(true);
  if (!plain || !encrypted) return;
  console.log('\n=== encrypted / plain, one run after the other (the load may differ between them) ===');
  for (const [name, plainValue] of Object.entries(plain)) {
    const encryptedValue = encrypted[name];
    if (encryptedValue === undefined) continue;
    const ratio = encryptedValue / plainValue;
    console.log(
      `${name}: plain ${plainValue.toFixed(2)}, encrypted ${encryptedValue.toFixed(2)} → ${ratio.toFixed(2)}x`,
    );
  }
}

/**
 * Times `run` on both profiles `rounds` times per item, interleaved (the first round warms the caches
 * and is not counted), and prints p50/p95 of each and the judged ratio at p95.
 */
export async function interleaved(
  label: string,
  items: number,
  run: (isEncrypted: boolean, item: number) => Promise<void>,
  rounds = 2,
): Promise<{ plain: number[]; encrypted: number[] }> {
  let plain: number[] = [];
  let encrypted: number[] = [];
  for (let round = 0; round < rounds; round++) {
    plain = [];
    encrypted = [];
    for (let item = 0; item < items; item++) {
      const order = (item + round) % 2 === 0 ? [false, true] : [true, false];
      for (const isEncrypted of order) {
        const started = performance.now();
        await run(isEncrypted, item);
        (isEncrypted ? encrypted : plain).push(performance.now() - started);
      }
    }
  }
  const p = summarize(plain);
  const e = summarize(encrypted);
  console.log(`\n=== cost of encryption at rest, ${label}: interleaved on both profiles (judged) ===`);
  console.log(formatSummary('plain profile', p));
  console.log(formatSummary('encrypted profile', e));
  const ratio = e.p95 / p.p95;
  console.log(
    `ratio encrypted/plain: p50 ${(e.p50 / p.p50).toFixed(2)}x  p95 ${ratio.toFixed(2)}x (target ≤ ${ENCRYPTION_COST_CEILING}x at p95: ${ratio <= ENCRYPTION_COST_CEILING ? 'met' : 'NOT met'})`,
  );
  return { plain, encrypted };
}
