import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSPKI } from 'jose';
import { loadOrCreateSigningKeys } from './signing-keys';
import { loadOrCreateSubgraphSecret } from './subgraph-credential';

const dirs: string[] = [];
async function keyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagaru-keys-'));
  dirs.push(dir);
  return join(dir, 'keys');
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('local keys created on first start', () => {
  it('racing starts agree on one key pair, and the private key is readable by its owner only', async () => {
    const dir = await keyDir();
    const loaded = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSigningKeys(dir)));
    const publicKeys = new Set(await Promise.all(loaded.map((keys) => exportSPKI(keys.publicKey))));
    expect(publicKeys.size).toBe(1);
    expect([...publicKeys][0]).toBe(await readFile(join(dir, 'jwt-public.pem'), 'utf8'));
    expect((await stat(join(dir, 'jwt-private.pem'))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('racing starts agree on one subgraph secret', async () => {
    const dir = await keyDir();
    const secrets = new Set(await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSubgraphSecret(dir))));
    expect(secrets.size).toBe(1);
    expect((await stat(join(dir, 'subgraph-secret'))).mode & 0o777).toBe(0o600);
  });
});
