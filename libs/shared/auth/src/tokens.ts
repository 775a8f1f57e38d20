import { errors, jwtVerify, SignJWT, type KeyLike } from 'jose';
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
export async function verifyAccessToken(token: string, publicKey: KeyLike): Promise<Principal> {
  try {
    const { payload } = await jwtVerify<PrincipalClaims>(token, publicKey, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
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
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isScope) : undefined;
    return {
      subject: payload.sub,
      role: payload.role,
      displayName: typeof payload.name === 'string' ? payload.name : undefined,
      groupIds,
      intermediaryId: typeof payload.intermediary === 'string' ? payload.intermediary : undefined,
      departmentId: typeof payload.department === 'string' ? payload.department : undefined,
      ...(scopes ? { scopes } : {}),
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
