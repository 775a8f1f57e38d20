import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';
import { createScratchDatabase, demoGroupId, errorCodes, postGraphQL, subgraphSecret, tokenFor } from '@tsunagaru/shared-testing';
import { freePort, startAppProcess, stopAppProcesses } from './app-processes';

/**
 * The deployed topology (docker/compose.yaml): the directory app runs the authorization server
 * (OAUTH_SERVER_ISSUER, JWT_PRIVATE_KEY) next to its subgraph, and the gateway app answers the
 * OAuth endpoints on its own origin by proxying to it (OAUTH_SERVER_URL). Both are the real
 * apps in processes of their own; the other subgraphs are the shared system's.
 */
const execFileAsync = promisify(execFile);
const GROUP = demoGroupId(60);
let gatewayUrl: string;
let origin: string;

beforeAll(async () => {
  const [directoryPort, gatewayPort] = [await freePort(), await freePort()];
  origin = `http://127.0.0.1:${gatewayPort}`;
  const shared = { SUBGRAPH_SECRET: subgraphSecret(), JWT_PUBLIC_KEY: inject('tokenPublicKeyPem'), HOST: '127.0.0.1' };
  await startAppProcess(
    'directory',
    {
      ...shared,
      PORT: String(directoryPort),
      DATABASE_URL: await createScratchDatabase(),
      OAUTH_SERVER_ISSUER: origin,
      JWT_PRIVATE_KEY: inject('tokenPrivateKeyPem'),
    },
    'directory subgraph listening on',
  );
  const subgraphUrls = { ...inject('subgraphUrls'), directory: `http://127.0.0.1:${directoryPort}/graphql` };
  await startAppProcess(
    'gateway',
    {
      ...shared,
      PORT: String(gatewayPort),
      OAUTH_SERVER_URL: `http://127.0.0.1:${directoryPort}`,
      ...Object.fromEntries(SUBGRAPH_REGISTRY.map(({ name, urlVariable }) => [urlVariable, subgraphUrls[name as keyof typeof subgraphUrls]])),
    },
    'gateway listening on',
  );
  gatewayUrl = `${origin}/graphql`;
}, 180_000);

afterAll(stopAppProcesses);

describe('NPO apps in the deployed topology', () => {
  it('registers an app at the gateway, gets a token from the gateway origin with curl, and is known to the graph', async () => {
    const metadata = (await (await fetch(`${origin}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({ issuer: origin, token_endpoint: `${origin}/oauth/token`, jwks_uri: `${origin}/oauth/jwks` });

    const registered = await postGraphQL<{ registerApiClient: { client: { clientId: string }; clientSecret: string } }>(
      gatewayUrl,
      `mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { client { clientId } clientSecret userErrors { code } } }`,
      { input: { groupId: GROUP, name: '配備テストアプリ', scopes: ['BOOK_VENUES'] } },
      await tokenFor('member', GROUP),
    );
    expect(registered.errors).toBeUndefined();
    const { client, clientSecret } = registered.data!.registerApiClient;

    const { stdout } = await execFileAsync('curl', ['-s', '-u', `${client.clientId}:${clientSecret}`, '-d', 'grant_type=client_credentials', `${origin}/oauth/token`]);
    const token = JSON.parse(stdout) as { access_token: string; expires_in: number; scope: string };
    expect(token).toMatchObject({ expires_in: 600, scope: 'venues:book' });

    const viewer = await postGraphQL<{ viewer: unknown }>(gatewayUrl, `{ viewer { role scopes groups { id } client { clientId } } }`, {}, token.access_token);
    expect(viewer.data).toEqual({ viewer: { role: 'MEMBER', scopes: ['BOOK_VENUES'], groups: [{ id: GROUP }], client: { clientId: client.clientId } } });

    const wrong = await execFileAsync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-u', `${client.clientId}:wrong`, '-d', 'grant_type=client_credentials', `${origin}/oauth/token`]);
    expect(wrong.stdout).toBe('401');
    const forbidden = await postGraphQL(gatewayUrl, `query ($id: ID!) { group(id: $id) { privateContact { email } } }`, { id: GROUP }, token.access_token);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
  });
});
