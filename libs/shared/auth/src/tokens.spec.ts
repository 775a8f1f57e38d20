import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@tsunagaru/shared-kernel';
import { TOKEN_ALGORITHM } from './signing-keys';
import { signAccessToken, verifyAccessToken } from './tokens';

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
});
