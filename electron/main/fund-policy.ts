/**
 * The fund's policy for this installation, deployed by IT beside head-office.json in the profile
 * folder: `fund-policy.json`, `{ "allowProfileKeyWithoutKeyring": true }`. Absent or without the
 * field, the strict default holds. Pure apart from reading that one file, so it is tested without Electron.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FUND_POLICY_FILE = 'fund-policy.json';

export type FundPolicy = {
  /** Linux without a keyring: keep the profile key under safeStorage's basic_text (no real protection). */
  allowProfileKeyWithoutKeyring: boolean;
};

export function fundPolicy(userDataDir: string): FundPolicy {
  let text: string;
  try {
    text = readFileSync(join(userDataDir, FUND_POLICY_FILE), 'utf8');
  } catch {
    return { allowProfileKeyWithoutKeyring: false };
  }
  const parsed = JSON.parse(text) as { allowProfileKeyWithoutKeyring?: unknown };
  return { allowProfileKeyWithoutKeyring: parsed.allowProfileKeyWithoutKeyring === true };
}
