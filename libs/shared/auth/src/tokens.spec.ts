import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@tsunagaru/shared-kernel';
import { TOKEN_ALGORITHM } from './signing-keys';
import { signAccessToken, TOKEN_AUDIENCE, TOKEN_ISSUER, verifyAccessToken } from './tokens';

const MEMBER: Principal = { subject: 'member-1', role: 'member', groupIds: ['3f2b6a1e-0c4d-5e6f-8a9b-0c1d2e3f4a5b'] };

describe('access tokens', () => {
  it('carry a delegated credential\'s scopes, keeping only scopes this graph knows', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const app = { subject: 'npo-app', role: 'member' as const, groupIds: ['g'], scopes: ['venues:book', 'admin:everything'] as never };
    expect(await verifyAccessToken(await signAccessToken(app, privateKey), publicKey)).toMatchObject({ scopes: ['venues:book'] });
  });

  it('give a person no scopes at all, so their role\'s rights are not narrowed', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const person = await verifyAccessToken(await signAccessToken(MEMBER, privateKey), publicKey);
    expect(person).not.toHaveProperty('scopes');
  });

  it('are refused without an expiry, with an issue time in the future, or with a lifetime over 24 hours', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const now = Math.floor(Date.now() / 1000);
    const token = (claims: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({ role: 'staff' }).setProtectedHeader({ alg: TOKEN_ALGORITHM }).setSubject('s').setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE);
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
      return jwt.sign(privateKey);
    };
    await expect(verifyAccessToken(await token({ iat: now, exp: now + 3600 }), publicKey)).resolves.toMatchObject({ role: 'staff' });
    const refused = [
      { iat: now },
      { exp: now + 3600 },
      { iat: now + 600, exp: now + 3600 },
      { iat: now, exp: now + 25 * 3600 },
      { iat: now - 25 * 3600, exp: now + 3600 },
    ];
    for (const claims of refused) {
      await expect(verifyAccessToken(await token(claims), publicKey), JSON.stringify(claims)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});
