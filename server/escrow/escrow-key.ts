/**
 * Head office's key escrow. An RSA key pair made once (`escrow-key init`): the public key is given to
 * every device at enrolment, which wraps its database key with it (RSA-OAEP-SHA256) and sends the
 * result; head office stores only that wrapped blob. The private key stays offline, on the support
 * station, and opens the blob of one device when its laptop needs recovering (`recover-key`).
 * RSA-OAEP from node:crypto needs no dependency, and a 32-byte key fits in one block.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  constants,
} from 'node:crypto';

/** 3072 bits: the size recommended for keys meant to protect data beyond 2030. */
const MODULUS_BITS = 3072;

export type EscrowKeyPair = { publicKeyPem: string; privateKeyPem: string; escrowKeyId: string };

/** Which key pair a blob was wrapped for: the SHA-256 of the public key's DER encoding, in hex. */
export function escrowKeyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

export function generateEscrowKeyPair(): EscrowKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: MODULUS_BITS });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { publicKeyPem, privateKeyPem, escrowKeyId: escrowKeyIdOf(publicKeyPem) };
}

/** A public key as configured, checked: RSA, in PEM. Throws a message naming what is wrong. */
export function checkedEscrowPublicKey(pem: string): string {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'rsa') throw new Error('the escrow public key must be an RSA key');
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** Opens a wrapped database key with the escrow private key; throws when the key does not match. */
export function unwrapDatabaseKey(wrappedKeyBase64: string, privateKeyPem: string): Buffer {
  return privateDecrypt(
    { key: createPrivateKey(privateKeyPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    Buffer.from(wrappedKeyBase64, 'base64'),
  );
}
