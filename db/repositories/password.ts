/**
 * Password hashing for the local sign-in: scrypt from node:crypto, so it works offline with no
 * native add-on. Cost N=2^14, r=8, p=1 (the OWASP minimum for scrypt) keeps a sign-in near 50 ms
 * on a branch laptop; the parameters are stored with each hash so they can be raised later.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Credentials } from './advisor-repo';

const PARAMS = { N: 16_384, r: 8, p: 1, keyLength: 64 };

export function hashPassword(password: string): Credentials {
  const salt = randomBytes(16).toString('base64');
  const hash = scryptSync(password.normalize('NFKC'), salt, PARAMS.keyLength, {
    N: PARAMS.N,
    r: PARAMS.r,
    p: PARAMS.p,
  });
  return { passwordHash: hash.toString('base64'), salt, params: JSON.stringify(PARAMS) };
}

export function verifyPassword(password: string, credentials: Credentials): boolean {
  const params = JSON.parse(credentials.params) as typeof PARAMS;
  const expected = Buffer.from(credentials.passwordHash, 'base64');
  const actual = scryptSync(password.normalize('NFKC'), credentials.salt, expected.length, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r,
  });
  return timingSafeEqual(actual, expected);
}
