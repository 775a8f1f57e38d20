import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, importPKCS8, type KeyLike } from 'jose';
import { importPublicKey, TOKEN_ALGORITHM } from './signing-keys';
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

/**
 * The key a deployed authorization server signs app tokens with (JWT_PRIVATE_KEY as PEM, or
 * JWT_PRIVATE_KEY_FILE); null when neither is set. Only the service that runs the
 * authorization server (the directory) is given it.
 */
export async function tokenPrivateKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike | null> {
  if (env.JWT_PRIVATE_KEY) return importPKCS8(env.JWT_PRIVATE_KEY.replace(/\\n/g, '\n'), TOKEN_ALGORITHM);
  if (env.JWT_PRIVATE_KEY_FILE) return importPKCS8(await readFile(env.JWT_PRIVATE_KEY_FILE, 'utf8'), TOKEN_ALGORITHM);
  return null;
}
