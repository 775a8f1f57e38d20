import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { describe, expect, it } from 'vitest';
import { TOKEN_ALGORITHM } from '../signing-keys';
import { TOKEN_AUDIENCE, verifyAccessToken } from '../tokens';

async function sign(privateKey: KeyLike, claims: Record<string, unknown>, issuer: string, audience = TOKEN_AUDIENCE) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'at+jwt' })
    .setSubject('tgapp_1')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

describe('app access tokens (RFC 9068, from the authorization server)', () => {
  it('become a delegated principal with the client id, its group and only known scopes', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const token = await sign(privateKey, { client_id: 'tgapp_1', role: 'member', groups: ['g-a'], scope: 'venues:book admin:all' }, 'http://localhost:4000');
    expect(await verifyAccessToken(token, publicKey)).toEqual({
      subject: 'tgapp_1',
      role: 'member',
      groupIds: ['g-a'],
      scopes: ['venues:book'],
      clientId: 'tgapp_1',
      displayName: undefined,
      intermediaryId: undefined,
      departmentId: undefined,
    });
  });

  it('may do nothing when issued to a client without a scope', async () => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM);
    const token = await sign(privateKey, { client_id: 'tgapp_1', role: 'member', groups: ['g-a'] }, 'http://localhost:4000');
    expect(await verifyAccessToken(token, publicKey)).toMatchObject({ scopes: [], clientId: 'tgapp_1' });
  });

  it("are accepted from a configured identity provider by issuer and audience, and refused from any other", async () => {
    const own = await generateKeyPair(TOKEN_ALGORITHM);
    const city = await generateKeyPair(TOKEN_ALGORITHM);
    const cityJwk: JWK = { ...(await exportJWK(city.publicKey)), alg: TOKEN_ALGORITHM };
    const trust = {
      ownKey: own.publicKey,
      issuers: [{ issuer: 'https://idp.city.kamakura.example', audience: 'kamakura-graph', keys: createLocalJWKSet({ keys: [cityJwk] }) }],
    };
    const claims = { client_id: 'city-app', role: 'member', groups: ['g-a'], scope: 'venues:book' };
    const fromCity = await sign(city.privateKey, claims, 'https://idp.city.kamakura.example', 'kamakura-graph');
    expect(await verifyAccessToken(fromCity, trust)).toMatchObject({ clientId: 'city-app', scopes: ['venues:book'] });
    // The city's issuer with our audience, or signed by another key: refused.
    const wrongAudience = await sign(city.privateKey, claims, 'https://idp.city.kamakura.example');
    await expect(verifyAccessToken(wrongAudience, trust)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await sign(own.privateKey, claims, 'https://idp.city.kamakura.example', 'kamakura-graph');
    await expect(verifyAccessToken(forged, trust)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // Tokens of the graph's own key still pass; another issuer's key alone does not.
    expect(await verifyAccessToken(await sign(own.privateKey, claims, 'tsunagaru-graph'), trust)).toMatchObject({ clientId: 'city-app' });
    const onlyCity = { issuers: trust.issuers };
    await expect(verifyAccessToken(await sign(own.privateKey, claims, 'tsunagaru-graph'), onlyCity)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
