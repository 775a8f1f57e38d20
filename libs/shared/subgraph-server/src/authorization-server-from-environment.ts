import { createAuthorizationServer, tokenPrivateKeyFromEnvironment, type AuthorizationServer } from '@tsunagaru/shared-auth';
import type { SubgraphDefinition } from '@tsunagaru/shared-graphql';

/**
 * In a deployment the subgraph that keeps the OAuth clients (directory) runs the authorization
 * server when it is given OAUTH_SERVER_ISSUER (the gateway's public origin, e.g.
 * `https://graph.city.kamakura.example`) and the signing key (JWT_PRIVATE_KEY or
 * JWT_PRIVATE_KEY_FILE); the gateway proxies `/oauth/*` and the metadata to it
 * (OAUTH_SERVER_URL).
 */
export async function authorizationServerFromEnvironment(
  definition: SubgraphDefinition,
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ server: AuthorizationServer; close(): Promise<void> } | null> {
  if (!definition.oauthClients || !env.OAUTH_SERVER_ISSUER) return null;
  const privateKey = await tokenPrivateKeyFromEnvironment(env);
  if (!privateKey) throw new Error('OAUTH_SERVER_ISSUER is set: give the authorization server its signing key (JWT_PRIVATE_KEY or JWT_PRIVATE_KEY_FILE).');
  const clients = definition.oauthClients(databaseUrl);
  const server = await createAuthorizationServer({
    issuer: env.OAUTH_SERVER_ISSUER.replace(/\/+$/, ''),
    privateKey,
    clients,
  });
  return { server, close: () => clients.close() };
}
