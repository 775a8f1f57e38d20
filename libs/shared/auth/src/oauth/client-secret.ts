import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Client secrets of registered apps are stored only as a scrypt hash (RFC 7914), with a salt
 * of its own and the cost parameters written beside it, so the parameters can grow without
 * breaking stored hashes: `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64url). A leaked table
 * gives nobody a usable secret: secrets are 256 random bits, and each guess costs a scrypt.
 */
const PARAMETERS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A new client secret: 256 random bits, base64url. Shown to the app's registrant once. */
export function generateClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function hashClientSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, PARAMETERS);
  return ['scrypt', PARAMETERS.N, PARAMETERS.r, PARAMETERS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Secrets verified lately, by a SHA-256 of the stored hash and the secret: an app asking for a
 * token every few minutes pays for scrypt once in 10 minutes. A revoked app is refused before
 * its secret is looked at, and a changed hash never matches an old entry.
 */
const VERIFIED_CACHE_MS = 10 * 60 * 1000;
const verifiedLately = new Map<string, number>();

function verifiedKey(secret: string, stored: string): string {
  return createHash('sha256').update(stored).update('\0').update(secret).digest('base64url');
}

/** Whether the secret matches the stored hash; constant time in the secret, false for anything malformed. */
export async function verifyClientSecret(secret: string, stored: string): Promise<boolean> {
  const key = verifiedKey(String(secret), stored);
  if ((verifiedLately.get(key) ?? 0) > Date.now()) return true;
  const matches = await verifyWithScrypt(secret, stored);
  if (matches) {
    if (verifiedLately.size >= 1_000) verifiedLately.clear();
    verifiedLately.set(key, Date.now() + VERIFIED_CACHE_MS);
  }
  return matches;
}

async function verifyWithScrypt(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (kind !== 'scrypt' || rest.length > 0 || !salt || !hash) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every((value) => Number.isSafeInteger(value) && value > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length !== KEY_LENGTH || typeof secret !== 'string' || secret.length > 512) return false;
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), options);
  return timingSafeEqual(actual, expected);
}
