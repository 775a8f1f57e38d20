import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, type KeyLike } from 'jose';
import { importPublicKey } from './signing-keys';
import { TOKEN_AUDIENCE, type TokenTrust, type TokenVerifier } from './tokens';

/** The token verification key of a deployed service: JWT_PUBLIC_KEY (PEM) or JWT_PUBLIC_KEY_FILE. */
export async function tokenPublicKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  if (env.JWT_PUBLIC_KEY) return importPublicKey(env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n'));
  if (env.JWT_PUBLIC_KEY_FILE) return importPublicKey(await readFile(env.JWT_PUBLIC_KEY_FILE, 'utf8'));
  throw new Error('Set JWT_PUBLIC_KEY (PEM) or JWT_PUBLIC_KEY_FILE so the service can verify bearer tokens.');
}

/**
 * Everything a deployed service trusts: the graph's own public key (JWT_PUBLIC_KEY or
 * JWT_PUBLIC_KEY_FILE: demo tokens, the local authorization server) and, by configuration, an
 * identity provider of the city's: OAUTH_ISSUER with OAUTH_JWKS_URL (keys fetched and cached
 * by jose) and OAUTH_AUDIENCE (default `tsunagaru-graph`). Either one alone is enough.
 */
export async function tokenVerifierFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<TokenVerifier> {
  const trust: TokenTrust = {};
  if (env.JWT_PUBLIC_KEY || env.JWT_PUBLIC_KEY_FILE) trust.ownKey = await tokenPublicKeyFromEnvironment(env);
  if (env.OAUTH_ISSUER || env.OAUTH_JWKS_URL) {
    if (!env.OAUTH_ISSUER || !env.OAUTH_JWKS_URL) throw new Error('Set both OAUTH_ISSUER and OAUTH_JWKS_URL to trust an identity provider.');
    trust.issuers = [{ issuer: env.OAUTH_ISSUER, audience: env.OAUTH_AUDIENCE ?? TOKEN_AUDIENCE, keys: createRemoteJWKSet(new URL(env.OAUTH_JWKS_URL)) }];
  }
  if (!trust.ownKey && !trust.issuers) return tokenPublicKeyFromEnvironment(env);
  return trust;
}
