import type { Principal } from '@tsunagaru/shared-kernel';
import { bearerTokenFrom, verifyAccessToken, type TokenVerifier } from './tokens';

/** A caller whose bearer token has been verified, with the token to pass on downstream. */
export interface VerifiedCaller {
  principal: Principal;
  token: string;
}

/**
 * Reads and verifies `Authorization: Bearer <token>`. No header means an anonymous caller
 * (null); a malformed, forged or expired token is an UnauthenticatedError, never anonymous,
 * so a client with a broken token learns it at once. Gateway and subgraphs both call this:
 * a service trusts only what it verified itself.
 */
export async function verifyAuthorizationHeader(
  authorization: string | string[] | undefined | null,
  publicKey: TokenVerifier,
): Promise<VerifiedCaller | null> {
  const token = bearerTokenFrom(Array.isArray(authorization) ? authorization.join(', ') : authorization);
  if (!token) return null;
  return { principal: await verifyAccessToken(token, publicKey), token };
}
