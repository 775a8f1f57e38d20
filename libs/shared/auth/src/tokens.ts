import { decodeJwt, errors, jwtVerify, SignJWT, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { isRole, isScope, UnauthenticatedError, type Principal, type Role } from '@tsunagaru/shared-kernel';
import { TOKEN_ALGORITHM } from './signing-keys';

export const TOKEN_ISSUER = 'tsunagaru-graph';
export const TOKEN_AUDIENCE = 'tsunagaru-graph';

/** The longest a token may live (exp − iat): a stolen token must run out within a day. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** How far apart the issuer's clock and ours may be. */
export const TOKEN_CLOCK_TOLERANCE_SECONDS = 60;

interface PrincipalClaims {
  role: Role;
  name?: string;
  groups?: string[];
  intermediary?: string;
  department?: string;
  /** Space-separated scopes (RFC 8693) of a delegated credential; absent for a person. */
  scope?: string;
  /** The OAuth client (a registered NPO app) the token was issued to (RFC 9068). */
  client_id?: string;
}

/**
 * Whose tokens this service accepts. The graph's own key (KeyLike) signs demo tokens
 * (`npm run token`, issuer `tsunagaru-graph`) and, in the embedded default, the local
 * authorization server's app tokens (issuer: the gateway's origin): a token it signed is the
 * graph's own, so its issuer is not checked further. A deployment adds an identity provider
 * of the city's by issuer, audience and JWKS (OAUTH_ISSUER, OAUTH_AUDIENCE, OAUTH_JWKS_URL).
 */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  /** A JWKS (createRemoteJWKSet) or one key. */
  keys: JWTVerifyGetKey | KeyLike;
}

export interface TokenTrust {
  /** The graph's own verification key; absent when only trusted issuers sign tokens. */
  ownKey?: KeyLike;
  issuers?: TrustedIssuer[];
}

/** Either the graph's own public key, or a full trust (own key and/or identity providers). */
export type TokenVerifier = KeyLike | TokenTrust;

function isTokenTrust(verifier: TokenVerifier): verifier is TokenTrust {
  return typeof verifier === 'object' && verifier !== null && ('ownKey' in verifier || 'issuers' in verifier);
}

function trustFor(token: string, verifier: TokenVerifier): { keys: JWTVerifyGetKey | KeyLike; issuer?: string; audience: string } {
  if (!isTokenTrust(verifier)) return { keys: verifier, audience: TOKEN_AUDIENCE };
  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw new UnauthenticatedError('The access token is invalid.');
  }
  const trusted = verifier.issuers?.find((candidate) => candidate.issuer === issuer);
  if (trusted) return { keys: trusted.keys, issuer: trusted.issuer, audience: trusted.audience };
  if (verifier.ownKey) return { keys: verifier.ownKey, audience: TOKEN_AUDIENCE };
  throw new UnauthenticatedError('The access token comes from an issuer this graph does not trust.');
}

export async function signAccessToken(principal: Principal, privateKey: KeyLike, expiresIn = '12h'): Promise<string> {
  const { role, displayName, groupIds, intermediaryId, departmentId, scopes } = principal;
  const claims: PrincipalClaims = {
    role,
    name: displayName,
    groups: groupIds,
    intermediary: intermediaryId,
    department: departmentId,
    scope: scopes?.join(' '),
  };
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);
}

/** Verifies signature, issuer, audience and expiry; anything wrong is UNAUTHENTICATED. */
export async function verifyAccessToken(token: string, verifier: TokenVerifier): Promise<Principal> {
  try {
    const trust = trustFor(token, verifier);
    const { payload } = await jwtVerify<PrincipalClaims>(token, trust.keys as KeyLike, {
      algorithms: [TOKEN_ALGORITHM],
      // The graph's own key vouches for its issuer (demo tokens or the local authorization server).
      ...(trust.issuer ? { issuer: trust.issuer } : {}),
      audience: trust.audience,
      // A token that never expires, or says it was issued in the future, is refused.
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
      clockTolerance: TOKEN_CLOCK_TOLERANCE_SECONDS,
    });
    if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS) {
      throw new UnauthenticatedError(`The access token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours; ask for a shorter-lived one.`);
    }
    if (!payload.sub || !isRole(payload.role)) throw new UnauthenticatedError('The token has no valid subject or role.');
    const groupIds = Array.isArray(payload.groups) ? payload.groups.filter((id): id is string => typeof id === 'string') : [];
    // Unknown scopes grant nothing; a delegated credential keeps only the ones this graph knows.
    // A token issued to an OAuth client is always delegated: without a scope it may do nothing.
    const clientId = typeof payload.client_id === 'string' && payload.client_id.length > 0 ? payload.client_id : undefined;
    const scopes =
      typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isScope) : clientId !== undefined ? [] : undefined;
    return {
      subject: payload.sub,
      role: payload.role,
      displayName: typeof payload.name === 'string' ? payload.name : undefined,
      groupIds,
      intermediaryId: typeof payload.intermediary === 'string' ? payload.intermediary : undefined,
      departmentId: typeof payload.department === 'string' ? payload.department : undefined,
      ...(scopes ? { scopes } : {}),
      ...(clientId ? { clientId } : {}),
    };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The access token has expired.');
    throw new UnauthenticatedError('The access token is invalid.');
  }
}

/** Reads `Authorization: Bearer <token>`; undefined when there is no such header. */
export function bearerTokenFrom(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
