/**
 * The support station's escrow commands. `escrow-key init --out FILE` makes the key pair: the private
 * key goes to FILE (owner-only), the public key to FILE.pub, which head office is configured with
 * (GUICHET_ESCROW_PUBLIC_KEY=<path of FILE.pub>). `recover-key --device ID --private-key FILE --out
 * FILE` opens the key that device escrowed and writes it, in hex, to the out file (owner-only).
 * Neither prints a key: only ids, paths and fingerprints.
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readEscrowedKey } from '../auth';
import type { ServerDb } from '../db/connection';
import { escrowKeyIdOf, generateEscrowKeyPair, unwrapDatabaseKey } from './escrow-key';

/** `wx`: an existing file (an older private key) is never overwritten. */
const OWNER_ONLY = { mode: 0o600, flag: 'wx' } as const;

export function escrowKeyInitCommand(out: string | undefined): string[] {
  if (!out) throw new Error('usage: escrow-key init --out <private key file>');
  const pair = generateEscrowKeyPair();
  writeFileSync(out, pair.privateKeyPem, OWNER_ONLY);
  writeFileSync(`${out}.pub`, pair.publicKeyPem, { flag: 'wx' });
  return [
    `escrow private key written to ${out}: keep it offline, outside the repository and off head office's servers`,
    `escrow public key written to ${out}.pub (key id ${pair.escrowKeyId})`,
    `configure head office with GUICHET_ESCROW_PUBLIC_KEY=${out}.pub`,
  ];
}

export type RecoverKeyArguments = { device?: string; 'private-key'?: string; out?: string };

export async function recoverKeyCommand(db: ServerDb, args: RecoverKeyArguments): Promise<string> {
  const { device, out } = args;
  const privateKeyFile = args['private-key'];
  if (!device || !privateKeyFile || !out)
    throw new Error('usage: recover-key --device <deviceId> --private-key <file> --out <file>');
  const escrowed = await readEscrowedKey(db, device);
  if (!escrowed) throw new Error(`device ${device}: no escrowed key (unknown device, or it never sent one)`);
  const privateKeyPem = readFileSync(privateKeyFile, 'utf8');
  const keyId = escrowKeyIdOf(createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString());
  if (keyId !== escrowed.escrowKeyId)
    throw new Error(
      `this private key (id ${keyId}) is not the one device ${device} wrapped its key for (id ${escrowed.escrowKeyId})`,
    );
  const key = unwrapDatabaseKey(escrowed.wrappedKey, privateKeyPem);
  writeFileSync(out, `${key.toString('hex')}\n`, OWNER_ONLY);
  return `database key of device ${device} (escrowed ${escrowed.escrowedAt.toISOString()}) written to ${out}`;
}

/** The public key head office gives devices, from the file GUICHET_ESCROW_PUBLIC_KEY names (read at start, not at import). */
export function escrowPublicKeyFromFile(path: string | undefined): string | undefined {
  return path ? readFileSync(path, 'utf8') : undefined;
}
