import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { importPKCS8 } from 'jose';
import type { Principal, Role } from '@tsunagaru/shared-kernel';
import { signAccessToken, TOKEN_ALGORITHM, importPublicKey } from '@tsunagaru/shared-auth';
import { demoPrincipal, type DemoPrincipalOptions } from '@tsunagaru/shared-demo-data';
import { cloneDatabase, withDatabaseName } from '@tsunagaru/shared-persistence';
import { postGraphQLAsGateway, type GraphQLResponse } from './graphql-client';
import './provided-context';

export function gatewayUrl(): string {
  return inject('gatewayUrl');
}

/**
 * A bearer token for a demo user of `role`, signed with this run's key: `tokenFor('member', groupId)`,
 * `tokenFor('intermediary', { intermediary: 'social-welfare-council' })`, `tokenFor('staff', { department: 'environment' })`.
 */
export async function tokenFor(role: Role, who?: string | DemoPrincipalOptions, expiresIn?: string): Promise<string> {
  return tokenForPrincipal(demoPrincipal(role, who), expiresIn);
}

/** A bearer token for any principal, e.g. an app acting for a group with scopes. */
export async function tokenForPrincipal(principal: Principal, expiresIn?: string): Promise<string> {
  const privateKey = await importPKCS8(inject('tokenPrivateKeyPem'), TOKEN_ALGORITHM);
  return signAccessToken(principal, privateKey, expiresIn);
}

/** This run's signing key, for a system of a test's own that runs the OAuth authorization server (`tokenPrivateKey`). */
export async function testTokenPrivateKey() {
  return importPKCS8(inject('tokenPrivateKeyPem'), TOKEN_ALGORITHM);
}

export async function testTokenPublicKey() {
  return importPublicKey(inject('tokenPublicKeyPem'));
}

/**
 * A private copy of the seeded database for tests that write: cloned from the
 * template in milliseconds, dropped with the rest of the run's databases at teardown.
 */
export async function createScratchDatabase(): Promise<string> {
  const template = inject('templateDatabaseUrl');
  const templateName = new URL(template).pathname.slice(1).replace(/_template$/, '');
  const url = withDatabaseName(template, `${templateName}_scratch_${randomBytes(4).toString('hex')}`);
  await cloneDatabase(template, url);
  return url;
}

/** The secret this run's gateway signs subgraph calls with. */
export function subgraphSecret(): string {
  return inject('subgraphSecret');
}

/** Sends an operation straight to one subgraph of the shared system, signed as the gateway signs its calls. */
export async function postToSubgraph<TData = Record<string, unknown>>(
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<TData>> {
  return postGraphQLAsGateway<TData>(subgraphSecret(), inject('subgraphUrls')[name], query, variables, token);
}
