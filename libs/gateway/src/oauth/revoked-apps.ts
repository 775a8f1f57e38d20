import type { AuthorizationServer } from '@tsunagaru/shared-auth';
import { UnauthenticatedError, type Principal } from '@tsunagaru/shared-kernel';

/**
 * Where the gateway runs the authorization server (the embedded default), a revoked app's
 * tokens stop at once: a token issued to an app is refused (UNAUTHENTICATED) unless the app is
 * still active, one indexed lookup cached for two seconds. Elsewhere (tokens from the city's
 * identity provider) they run out with their lifetime.
 */
export async function refuseRevokedApp(oauth: AuthorizationServer | null, principal: Principal | null | undefined): Promise<void> {
  if (!oauth || !principal?.clientId) return;
  if (!(await oauth.isClientActive(principal.clientId))) throw new UnauthenticatedError('This app has been revoked; its tokens are no longer accepted.');
}
