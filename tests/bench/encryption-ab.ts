/**
 * Plain against encrypted in one run: each bench measures its figures once per mode (same data, same
 * machine minutes) and this prints the ratio of each, against the ceiling encryption at rest may cost.
 * `--encryption both` (default), `on` (the app's way only) or `off`.
 */
export const ENCRYPTION_OPTION = { encryption: { type: 'string', default: 'both' } } as const;

export const ENCRYPTION_COST_CEILING = 1.3;

type Figures = Record<string, number>;

export function encryptionModes(option: string | undefined): boolean[] {
  if (option === 'on') return [true];
  if (option === 'off') return [false];
  if (option === 'both' || option === undefined) return [false, true];
  throw new RangeError('--encryption must be both, on or off');
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
  console.log('\n=== cost of encryption at rest (encrypted / plain, same run) ===');
  for (const [name, plainValue] of Object.entries(plain)) {
    const encryptedValue = encrypted[name];
    if (encryptedValue === undefined) continue;
    const ratio = encryptedValue / plainValue;
    console.log(
      `${name}: plain ${plainValue.toFixed(2)}, encrypted ${encryptedValue.toFixed(2)} → ${ratio.toFixed(2)}x (target ≤ ${ENCRYPTION_COST_CEILING}x: ${ratio <= ENCRYPTION_COST_CEILING ? 'met' : 'NOT met'})`,
    );
  }
}
