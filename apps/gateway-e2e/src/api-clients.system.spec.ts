import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { REVOCATION_CHECK_CACHE_MS, verifyClientSecret } from '@tsunagaru/shared-auth';
import {
  createScratchDatabase,
  demoGroupId,
  errorCodes,
  postGraphQL,
  testTokenPrivateKey,
  testTokenPublicKey,
  tokenFor,
} from '@tsunagaru/shared-testing';

/**
 * Acceptance 1 and 2 of issue 10: an NPO app registered for group A obtains tokens from the
 * gateway's token endpoint (plain curl, and openid-client, a standard OAuth client), books a
 * venue for A, is refused for group B and beyond its scopes, and gets no token once revoked.
 * The secret is stored only as a hash. `viewer` answers for every kind of caller.
 */
const execFileAsync = promisify(execFile);
const GROUP_A = demoGroupId(40);
const GROUP_B = demoGroupId(41);

let system: RunningSystem;
let databaseUrl: string;
let origin: string;

const REGISTER = `mutation ($input: RegisterApiClientInput!) {
  registerApiClient(input: $input) { client { clientId scopes name } clientSecret userErrors { field code } }
}`;
const REVOKE = `mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { client { clientId revokedAt } userErrors { code } } }`;
const BOOK = `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { booking { id group { id } } userErrors { field code } } }`;
const VIEWER = `{ viewer { role scopes groups { id } department { id } intermediary { id } client { clientId name scopes } } }`;

interface Registered {
  clientId: string;
  clientSecret: string;
}

async function register(groupId: string, scopes: string[], token: string, name = 'かまくら予約アプリ'): Promise<Registered> {
  const response = await postGraphQL<{ registerApiClient: { client: { clientId: string }; clientSecret: string; userErrors: unknown[] } }>(
    system.gateway.url,
    REGISTER,
    { input: { groupId, name, scopes } },
    token,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.registerApiClient.userErrors).toEqual([]);
  return { clientId: response.data!.registerApiClient.client.clientId, clientSecret: response.data!.registerApiClient.clientSecret };
}

/** The token endpoint with plain curl, as the README shows it: HTTP Basic client authentication. */
async function curlToken(app: Registered, scope?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const { stdout } = await execFileAsync('curl', [
    '-s',
    '-w',
    '\n%{http_code}',
    '-u',
    `${app.clientId}:${app.clientSecret}`,
    '-d',
    'grant_type=client_credentials',
    ...(scope ? ['-d', `scope=${scope}`] : []),
    `${origin}/oauth/token`,
  ]);
  const lines = stdout.trimEnd().split('\n');
  const status = Number(lines.pop());
  return { status, body: JSON.parse(lines.join('\n')) as Record<string, unknown> };
}

let venueId: string;
let slotDay = 1;
function nextSlot() {
  slotDay += 1;
  const day = String(slotDay).padStart(2, '0');
  return { startsAt: `2027-09-${day}T10:00:00+09:00`, endsAt: `2027-09-${day}T11:00:00+09:00`, purpose: 'アプリからの予約', attendees: 5 };
}

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  system = await startSystem({
    databaseUrl,
    tokenPublicKey: await testTokenPublicKey(),
    tokenPrivateKey: await testTokenPrivateKey(),
    basePort: 0,
    // As npm start runs it: an app is counted by its client id.
    rateLimits: { limits: { windowSeconds: 60, anonymous: 20_000, user: 60_000, app: 60_000 } },
  });
  origin = new URL(system.gateway.url).origin;
  const venues = await postGraphQL<{ venues: { edges: Array<{ node: { id: string } }> } }>(
    system.gateway.url,
    `{ venues(filter: { minCapacity: 10 }, first: 1) { edges { node { id } } } }`,
  );
  venueId = venues.data!.venues.edges[0].node.id;
});

afterAll(async () => {
  await system?.stop();
});

describe('the authorization server on the gateway origin', () => {
  it('publishes RFC 8414 metadata: client credentials, HTTP Basic, a JWKS', async () => {
    const response = await fetch(`${origin}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: origin,
      token_endpoint: `${origin}/oauth/token`,
      jwks_uri: `${origin}/oauth/jwks`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
    });
    const jwks = (await (await fetch(`${origin}/oauth/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('an NPO app registered for group A (acceptance 1 and 2)', () => {
  let app: Registered;

  beforeAll(async () => {
    app = await register(GROUP_A, ['BOOK_VENUES', 'READ_PRIVATE_DATA'], await tokenFor('member', GROUP_A));
  });

  it('gets its secret once, and the database holds only a scrypt hash of it', async () => {
    expect(app.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ row: string; secret_hash: string }>(
        'select row_to_json(api_client)::text as row, secret_hash from directory.api_client where client_id = $1',
        [app.clientId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].row).not.toContain(app.clientSecret);
      expect(rows[0].secret_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
      expect(await verifyClientSecret(app.clientSecret, rows[0].secret_hash)).toBe(true);
      expect(await verifyClientSecret(`${app.clientSecret}x`, rows[0].secret_hash)).toBe(false);
    } finally {
      await client.end();
    }
    // Never shown again: the app as its group lists it has no secret field at all.
    const listed = await postGraphQL(system.gateway.url, `query ($id: ID!) { group(id: $id) { apiClients { clientId } } }`, { id: GROUP_A }, await tokenFor('member', GROUP_A));
    expect(JSON.stringify(listed)).not.toContain(app.clientSecret);
  });

  it('obtains a 10-minute JWT with plain curl, books a venue for group A and is refused for group B', async () => {
    const { status, body } = await curlToken(app);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'venues:book group:read group:read-private training:read proposals:read' });
    const token = body.access_token as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: origin, aud: 'tsunagaru-graph', client_id: app.clientId, groups: [GROUP_A], role: 'member' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(600);

    const booked = await postGraphQL<{ bookVenue: { booking: { group: { id: string } } } }>(
      system.gateway.url,
      BOOK,
      { input: { venueId, groupId: GROUP_A, ...nextSlot() } },
      token,
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookVenue.booking.group.id).toBe(GROUP_A);
    expect(booked.headers.get('ratelimit-policy')).toBe('"app";q=60000;w=60');

    const forB = await postGraphQL(system.gateway.url, BOOK, { input: { venueId, groupId: GROUP_B, ...nextSlot() } }, token);
    expect(errorCodes(forB)).toEqual(['FORBIDDEN']);
    // Group A's private contact is within READ_PRIVATE_DATA; group B's is not the app's to see.
    const contacts = await postGraphQL<{ a: { privateContact: { email: string } | null }; b: { privateContact: unknown } }>(
      system.gateway.url,
      `query ($a: ID!, $b: ID!) { a: group(id: $a) { privateContact { email } } b: group(id: $b) { privateContact { email } } }`,
      { a: GROUP_A, b: GROUP_B },
      token,
    );
    expect(contacts.data!.a.privateContact?.email).toBeTruthy();
    expect(contacts.data!.b.privateContact).toBeNull();
    expect(errorCodes(contacts)).toEqual(['FORBIDDEN']);
  });

  it('obtains a token with openid-client (discovery by RFC 8414, client_secret_basic)', async () => {
    const client = await import('openid-client');
    const config = await client.discovery(new URL(origin), app.clientId, undefined, client.ClientSecretBasic(app.clientSecret), {
      algorithm: 'oauth2',
      execute: [client.allowInsecureRequests],
    });
    const tokens = await client.clientCredentialsGrant(config, { scope: 'venues:book' });
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.scope).toBe('venues:book');
    const viewer = await postGraphQL<{ viewer: { scopes: string[]; client: { clientId: string } } }>(system.gateway.url, VIEWER, {}, tokens.access_token);
    expect(viewer.data!.viewer).toMatchObject({ scopes: ['BOOK_VENUES'], client: { clientId: app.clientId } });
  });

  it('is refused a scope it was not granted, at the token endpoint and in the graph', async () => {
    const { status, body } = await curlToken(app, 'proposals:write');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
    // A token for venues only does not read private data, even of its own group.
    const narrow = await curlToken(app, 'venues:book');
    const contact = await postGraphQL(
      system.gateway.url,
      `query ($id: ID!) { group(id: $id) { privateContact { email } } }`,
      { id: GROUP_A },
      narrow.body.access_token as string,
    );
    expect(errorCodes(contact)).toEqual(['FORBIDDEN']);
  });

  it('is refused a wrong secret and an unknown client with 401 invalid_client', async () => {
    expect(await curlToken({ ...app, clientSecret: 'not-the-secret' })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await curlToken({ clientId: 'tgapp_unknown', clientSecret: app.clientSecret })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});

describe('an app without the scope a mutation needs', () => {
  it('is refused FORBIDDEN when it books a venue for its own group', async () => {
    const reader = await register(GROUP_A, ['READ_PRIVATE_DATA'], await tokenFor('member', GROUP_A), '閲覧専用アプリ');
    const { body } = await curlToken(reader);
    const response = await postGraphQL(system.gateway.url, BOOK, { input: { venueId, groupId: GROUP_A, ...nextSlot() } }, body.access_token as string);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('revoking an app', () => {
  it('stops new tokens and the tokens it holds, and only its group or staff may revoke it', async () => {
    const app = await register(GROUP_A, ['BOOK_VENUES'], await tokenFor('member', GROUP_A), '取り消すアプリ');
    const before = await curlToken(app);
    expect(before.status).toBe(200);

    const byOther = await postGraphQL(system.gateway.url, REVOKE, { input: { clientId: app.clientId } }, await tokenFor('member', GROUP_B));
    expect(errorCodes(byOther)).toEqual(['NOT_FOUND']);
    const byApp = await postGraphQL(system.gateway.url, REVOKE, { input: { clientId: app.clientId } }, before.body.access_token as string);
    expect(errorCodes(byApp)).toEqual(['NOT_FOUND']);

    const revoked = await postGraphQL<{ revokeApiClient: { client: { clientId: string; revokedAt: string } } }>(
      system.gateway.url,
      REVOKE,
      { input: { clientId: app.clientId } },
      await tokenFor('member', GROUP_A),
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiClient.client.revokedAt).toMatch(/\+09:00$/);

    expect(await curlToken(app)).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    // The gateway remembers an active app for up to two seconds (REVOCATION_CHECK_CACHE_MS).
    const revokedAt = Date.now();
    let withOldToken = await postGraphQL(system.gateway.url, VIEWER, {}, before.body.access_token as string);
    while (withOldToken.status === 200 && Date.now() - revokedAt < REVOCATION_CHECK_CACHE_MS + 1_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      withOldToken = await postGraphQL(system.gateway.url, VIEWER, {}, before.body.access_token as string);
    }
    expect(withOldToken.status).toBe(401);
    expect(errorCodes(withOldToken)).toEqual(['UNAUTHENTICATED']);

    const listed = await postGraphQL<{ group: { apiClients: Array<{ clientId: string }> } }>(
      system.gateway.url,
      `query ($id: ID!) { group(id: $id) { apiClients { clientId } } }`,
      { id: GROUP_A },
      await tokenFor('staff'),
    );
    expect(listed.data!.group.apiClients.map((client) => client.clientId)).not.toContain(app.clientId);
  });

  it('lets exactly one of two concurrent revocations win; the other gets CONFLICT', async () => {
    const app = await register(GROUP_A, ['BOOK_VENUES'], await tokenFor('member', GROUP_A), '競合アプリ');
    const member = await tokenFor('member', GROUP_A);
    const staff = await tokenFor('staff');
    const results = await Promise.all([member, staff, member].map((token) => postGraphQL(system.gateway.url, REVOKE, { input: { clientId: app.clientId } }, token)));
    const codes = results.map((result) => errorCodes(result).join(',') || 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
  });
});

describe('who may register and list apps', () => {
  it('refuses a member of another group, an app, and anonymous callers; lets staff register', async () => {
    const input = { groupId: GROUP_A, name: '他団体のアプリ', scopes: ['BOOK_VENUES'] };
    expect(errorCodes(await postGraphQL(system.gateway.url, REGISTER, { input }, await tokenFor('member', GROUP_B)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await postGraphQL(system.gateway.url, REGISTER, { input }))).toEqual(['UNAUTHENTICATED']);
    const app = await register(GROUP_A, ['BOOK_VENUES'], await tokenFor('staff'), '職員が登録したアプリ');
    const { body } = await curlToken(app);
    expect(errorCodes(await postGraphQL(system.gateway.url, REGISTER, { input }, body.access_token as string))).toEqual(['FORBIDDEN']);
  });

  it('reports bad input as userErrors', async () => {
    const response = await postGraphQL<{ registerApiClient: { client: unknown; clientSecret: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      system.gateway.url,
      REGISTER,
      { input: { groupId: GROUP_A, name: ' ', scopes: [] } },
      await tokenFor('member', GROUP_A),
    );
    expect(response.data!.registerApiClient).toMatchObject({ client: null, clientSecret: null });
    expect(response.data!.registerApiClient.userErrors.map((error) => `${error.field.join('.')}:${error.code}`).sort()).toEqual([
      'input.name:REQUIRED',
      'input.scopes:REQUIRED',
    ]);
  });

  it('shows Group.apiClients to the group and staff only', async () => {
    const query = `query ($id: ID!) { group(id: $id) { apiClients { clientId name scopes } } }`;
    const asMember = await postGraphQL<{ group: { apiClients: unknown[] } }>(system.gateway.url, query, { id: GROUP_A }, await tokenFor('member', GROUP_A));
    expect(asMember.data!.group.apiClients.length).toBeGreaterThan(0);
    const asStaff = await postGraphQL<{ group: { apiClients: unknown[] } }>(system.gateway.url, query, { id: GROUP_A }, await tokenFor('staff'));
    expect(asStaff.data!.group.apiClients).toEqual(asMember.data!.group.apiClients);
    for (const token of [await tokenFor('member', GROUP_B), await tokenFor('intermediary'), undefined]) {
      const refused = await postGraphQL<{ group: { apiClients: unknown } }>(system.gateway.url, query, { id: GROUP_A }, token);
      expect(refused.data!.group.apiClients).toBeNull();
      expect(errorCodes(refused)).toEqual([token ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
  });
});

describe('viewer', () => {
  it('is null for an anonymous caller', async () => {
    const response = await postGraphQL(system.gateway.url, VIEWER);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewer: null });
  });

  it('tells a member their role and groups, with no scopes, department or client', async () => {
    const response = await postGraphQL(system.gateway.url, VIEWER, {}, await tokenFor('member', GROUP_A));
    expect(response.data).toEqual({ viewer: { role: 'MEMBER', scopes: null, groups: [{ id: GROUP_A }], department: null, intermediary: null, client: null } });
  });

  it('tells staff their department', async () => {
    const response = await postGraphQL<{ viewer: { role: string; department: { id: string } | null; groups: unknown[] } }>(
      system.gateway.url,
      VIEWER,
      {},
      await tokenFor('staff'),
    );
    expect(response.data!.viewer).toMatchObject({ role: 'STAFF', groups: [], scopes: null, client: null });
    expect(response.data!.viewer.department?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells an app its client, group and scopes', async () => {
    const app = await register(GROUP_A, ['ENROL_IN_TRAINING'], await tokenFor('member', GROUP_A), '研修アプリ');
    const { body } = await curlToken(app);
    const response = await postGraphQL(system.gateway.url, VIEWER, {}, body.access_token as string);
    expect(response.data).toEqual({
      viewer: {
        role: 'MEMBER',
        scopes: ['ENROL_IN_TRAINING'],
        groups: [{ id: GROUP_A }],
        department: null,
        intermediary: null,
        client: { clientId: app.clientId, name: '研修アプリ', scopes: ['ENROL_IN_TRAINING'] },
      },
    });
  });
});
