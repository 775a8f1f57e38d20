import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

/** A Chromium from the machine (Debian's `chromium`; .ci/run installs it), or CHROMIUM_PATH. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

let system: RunningSystem;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const staff = await tokenFor('staff');
  system = await startSystem({
    databaseUrl: await createScratchDatabase(),
    tokenPublicKey: await testTokenPublicKey(),
    basePort: 0,
    demoTokens: async () => [{ label: 'staff', token: staff }],
  });
  origin = new URL(system.gateway.url).origin;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('GraphiQL at the gateway', () => {
  it('loads from the gateway alone with the network blocked, and runs a query, anonymously and with a demo token', async () => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    // The network is blocked: anything but the gateway's own origin is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const query = '{ groups(first: 1) { edges { node { name privateContact { email } } } } }';
    const response = await page.goto(`${system.gateway.url}?query=${encodeURIComponent(query)}`);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(async () => result.innerText(), { timeout: 15_000 }).toContain('privateContact');
    // Anonymous: the group's name, and no private contact.
    expect(await result.innerText()).toContain('"privateContact": null');

    await page.locator('#graphiql-tokens button[data-role="staff"]').click();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => result.innerText(), { timeout: 15_000 }).toMatch(/"email": "[^"]+@/);

    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('answers GraphQL clients as before: JSON for POST and for a GET asking for JSON', async () => {
    const post = await fetch(system.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${system.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL in production', () => {
  it('is off unless enabled: a browser gets no page', async () => {
    const production = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0, production: true });
    try {
      const page = await fetch(production.gateway.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await page.text()).not.toContain('GraphiQL');
      expect((await fetch(`${new URL(production.gateway.url).origin}/graphiql/assets/graphiql.js`)).status).not.toBe(200);
    } finally {
      await production.stop();
    }
  });
});
