import { describe, expect, it } from 'vitest';
import { generateClientSecret, hashClientSecret, verifyClientSecret } from './client-secret';

describe('client secrets (stored as scrypt hashes)', () => {
  it('verify the secret they were made from and nothing else', async () => {
    const secret = generateClientSecret();
    const hash = await hashClientSecret(secret);
    expect(hash).not.toContain(secret);
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyClientSecret(secret, hash)).toBe(true);
    expect(await verifyClientSecret(`${secret}.`, hash)).toBe(false);
    expect(await verifyClientSecret('', hash)).toBe(false);
  });

  it('salt every hash, so two apps with one secret still differ', async () => {
    const secret = generateClientSecret();
    expect(await hashClientSecret(secret)).not.toBe(await hashClientSecret(secret));
  });

  it('refuse malformed hashes instead of throwing', async () => {
    for (const stored of ['', 'plain', 'scrypt$0$8$1$c2FsdA$aGFzaA', 'bcrypt$x', 'scrypt$16384$8$1$c2FsdA$short']) {
      expect(await verifyClientSecret('secret', stored)).toBe(false);
    }
  });
});
