// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- oidc-provider ships no types: these must follow this file into every project that compiles it (nx build typechecks per project)
/// <reference path="./oidc-provider.d.ts" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { calculateJwkThumbprint, exportJWK, type KeyLike } from 'jose';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { SCOPES, type Scope } from '@tsunagaru/shared-kernel';
import { TOKEN_ALGORITHM } from '../signing-keys';
import { TOKEN_AUDIENCE } from '../tokens';
import { verifyClientSecret } from './client-secret';

/** An active registered app as the authorization server needs it. */
export interface OAuthClientRecord {
  clientId: string;
  name: string;
  /** The one group the app acts for. */
  groupId: string;
  /** Token scopes the app may be given (its grants, expanded). */
  scopes: Scope[];
  /** The client secret's scrypt hash (never the secret). */
  secretHash: string;
}

/** Where the authorization server finds apps: the directory's `api_client` table in this graph. */
export interface OAuthClientStore {
  /** The app, unless it is unknown or revoked. */
  findActive(clientId: string): Promise<OAuthClientRecord | null>;
}

/** Access tokens for apps live 10 minutes: a revoked app's last token is dead within that. */
export const APP_ACCESS_TOKEN_LIFETIME_SECONDS = 600;

/** The resource indicator (RFC 8707) of the graph; tokens for it carry the graph's audience. */
export const GRAPH_RESOURCE_INDICATOR = 'urn:tsunagaru-graph';

/** Paths the authorization server answers on the gateway's origin. */
export const OAUTH_PATH_PREFIX = '/oauth/';
const DISCOVERY_PATHS = new Set(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration']);

/** Whether a request path belongs to the authorization server (metadata, token, JWKS). */
export function isAuthorizationServerPath(pathname: string): boolean {
  return pathname.startsWith(OAUTH_PATH_PREFIX) || DISCOVERY_PATHS.has(pathname);
}

export interface AuthorizationServerOptions {
  /** The issuer: the gateway's public origin, e.g. `http://localhost:4000` (RFC 8414 metadata lives under it). */
  issuer: string;
  /** The key access tokens are signed with (ES256); its public half is published at `/oauth/jwks`. */
  privateKey: KeyLike;
  clients: OAuthClientStore;
  accessTokenLifetimeSeconds?: number;
}

export interface AuthorizationServer {
  readonly issuer: string;
  /** Whether a request path belongs to the authorization server (metadata, token, JWKS). */
  handles(pathname: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /**
   * Whether a token this server issued still belongs to an active app: revocation stops the
   * app's tokens at the gateway at once (within REVOCATION_CHECK_CACHE_MS), not only new ones.
   */
  isClientActive(clientId: string): Promise<boolean>;
}

/** How long the gateway remembers that an app is active; a revocation takes effect within this. */
export const REVOCATION_CHECK_CACHE_MS = 2_000;

/**
 * The graph's OAuth 2.0 authorization server for NPO apps, built on oidc-provider (a
 * certified, maintained implementation): the client credentials grant (RFC 6749 §4.4) with
 * HTTP Basic client authentication, authorization server metadata (RFC 8414), a JWKS and
 * JWT access tokens (RFC 9068) for the graph's audience. Apps are looked up in the directory
 * at every token request, and their secrets checked against the stored scrypt hash. The
 * tokens carry `client_id`, the group (`groups`), `role: member` and the scopes granted.
 */
export async function createAuthorizationServer(options: AuthorizationServerOptions): Promise<AuthorizationServer> {
  const { default: Provider, errors } = await import('oidc-provider');
  const lifetime = options.accessTokenLifetimeSeconds ?? APP_ACCESS_TOKEN_LIFETIME_SECONDS;
  const publicJwk = await exportJWK(createPublicKey(options.privateKey as KeyObject));
  const kid = await calculateJwkThumbprint(publicJwk);
  const signingJwk = { ...(await exportJWK(options.privateKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' };
  const { clients } = options;

  /** oidc-provider's storage: clients come from the directory, nothing else is stored (JWT tokens). */
  class DirectoryAdapter {
    constructor(private readonly model: string) {}

    async find(id: string): Promise<Record<string, unknown> | undefined> {
      if (this.model !== 'Client') return undefined;
      const client = await clients.findActive(id);
      if (!client) return undefined;
      return {
        client_id: client.clientId,
        client_name: client.name,
        // The hash stands where oidc-provider keeps a secret; compareClientSecret checks against it.
        client_secret: client.secretHash,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
        scope: client.scopes.join(' '),
        group_id: client.groupId,
      };
    }

    async upsert(): Promise<void> {}
    async findByUid(): Promise<undefined> {
      return undefined;
    }
    async findByUserCode(): Promise<undefined> {
      return undefined;
    }
    async consume(): Promise<void> {}
    async destroy(): Promise<void> {}
    async revokeByGrantId(): Promise<void> {}
  }

  const provider = new Provider(options.issuer, {
    adapter: DirectoryAdapter,
    jwks: { keys: [signingJwk] },
    scopes: [...SCOPES],
    clientAuthMethods: ['client_secret_basic'],
    enabledJWA: { clientAuthSigningAlgValues: [], idTokenSigningAlgValues: [TOKEN_ALGORITHM] },
    clientDefaults: {
      grant_types: ['client_credentials'],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: TOKEN_ALGORITHM,
    },
    responseTypes: ['none'],
    ttl: { ClientCredentials: lifetime },
    extraClientMetadata: { properties: ['group_id'] },
    routes: {
      authorization: '/oauth/authorize',
      jwks: '/oauth/jwks',
      token: '/oauth/token',
      userinfo: '/oauth/userinfo',
      end_session: '/oauth/session/end',
      pushed_authorization_request: '/oauth/par',
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GRAPH_RESOURCE_INDICATOR,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx: { oidc?: { params?: { scope?: string } } }, indicator: string, client: { scope?: string }) => {
          if (indicator !== GRAPH_RESOURCE_INDICATOR) throw new errors.InvalidTarget(`The only resource is ${GRAPH_RESOURCE_INDICATOR}.`);
          // RFC 6749 §3.3: a request without `scope` gets the default, every scope the app was granted.
          if (ctx.oidc?.params && ctx.oidc.params.scope === undefined) ctx.oidc.params.scope = client.scope;
          return {
            scope: client.scope ?? '',
            audience: TOKEN_AUDIENCE,
            accessTokenTTL: lifetime,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: TOKEN_ALGORITHM } },
          };
        },
      },
    },
    extraTokenClaims: (ctx: { oidc?: { client?: { metadata(): Record<string, unknown> } } }) => {
      const groupId = ctx.oidc?.client?.metadata().group_id;
      return { role: 'member', groups: typeof groupId === 'string' ? [groupId] : [] };
    },
    // Errors are the client's business; nothing about the server leaks into them.
    renderError: (ctx: { type: string; body: unknown }, out: Record<string, unknown>) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  });
  // It always answers as its issuer, however it was reached (the gateway's origin, a proxy, a
  // replica's own address): the endpoints in its metadata are the issuer's, never a Host header's.
  provider.proxy = true;
  const issuerUrl = new URL(options.issuer);
  provider.Client.prototype.compareClientSecret = function compareClientSecret(actual: string) {
    return this.clientSecret ? verifyClientSecret(actual, this.clientSecret) : false;
  };
  const callback = provider.callback();
  const activeUntil = new Map<string, number>();

  return {
    issuer: options.issuer,
    handles: isAuthorizationServerPath,
    handle: (request, response) =>
      new Promise<void>((resolve) => {
        response.once('finish', () => resolve());
        response.once('close', () => resolve());
        request.headers['x-forwarded-host'] = issuerUrl.host;
        request.headers['x-forwarded-proto'] = issuerUrl.protocol.replace(/:$/, '');
        callback(request, response);
      }),
    async isClientActive(clientId) {
      const now = Date.now();
      if ((activeUntil.get(clientId) ?? 0) > now) return true;
      const active = (await clients.findActive(clientId)) !== null;
      if (active) {
        if (activeUntil.size > 10_000) activeUntil.clear();
        activeUntil.set(clientId, now + REVOCATION_CHECK_CACHE_MS);
      } else activeUntil.delete(clientId);
      return active;
    },
  };
}
