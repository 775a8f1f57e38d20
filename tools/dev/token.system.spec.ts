import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { importPublicKey, readPublicKeyPem, verifyAccessToken } from '@tsunagaru/shared-auth';
import { demoDepartmentId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';

const run = promisify(execFile);
const dataDirs: string[] = [];

async function token(dataDir: string, ...args: string[]) {
  return run('npm', ['run', '--silent', 'token', '--', ...args], { env: { ...process.env, TSUNAGARU_DATA_DIR: dataDir } });
}

afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// Each CLI run spends seconds loading the workspace; the cases run side by side.
describe.concurrent('npm run --silent token -- <role> [who]', () => {
  it('prints only a token that the graph accepts, for each role, with the same key across runs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tsunagaru-token-'));
    dataDirs.push(dataDir);
    const groupId = '3f2b6a1e-0c4d-5e6f-8a9b-0c1d2e3f4a5b';
    const member = await token(dataDir, 'member', groupId);
    const staff = await token(dataDir, 'staff');
    const publicKey = await importPublicKey(await readPublicKeyPem(join(dataDir, 'keys')));
    expect(member.stdout.trim().split('\n')).toHaveLength(1);
    expect(await verifyAccessToken(member.stdout.trim(), publicKey)).toMatchObject({ role: 'member', groupIds: [groupId] });
    expect(await verifyAccessToken(staff.stdout.trim(), publicKey)).toMatchObject({ role: 'staff', groupIds: [] });
  });

  // Each run starts tsx and the platform, so this test runs its two commands side by side.
  it('signs for staff of another intermediary by its code, and refuses an unknown code', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tsunagaru-token-'));
    dataDirs.push(dataDir);
    const [council, unknown] = await Promise.allSettled([
      token(dataDir, 'intermediary', 'social-welfare-council'),
      token(dataDir, 'intermediary', 'city-hall-canteen'),
    ]);
    expect(unknown).toMatchObject({ status: 'rejected', reason: { code: 2 } });
    const publicKey = await importPublicKey(await readPublicKeyPem(join(dataDir, 'keys')));
    expect(council.status).toBe('fulfilled');
    const stdout = (council as PromiseFulfilledResult<{ stdout: string }>).value.stdout.trim();
    expect(await verifyAccessToken(stdout, publicKey)).toMatchObject({
      role: 'intermediary',
      intermediaryId: demoIntermediaryId('social-welfare-council'),
    });
  }, 60_000);

  // The collaboration workflow's principals: department staff named by the id the graph uses, and a reviewer.
  it('signs for staff of a department by its id, and for a reviewer', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tsunagaru-token-'));
    dataDirs.push(dataDir);
    const [staff, reviewer] = await Promise.all([token(dataDir, 'staff', demoDepartmentId('environment')), token(dataDir, 'reviewer')]);
    const publicKey = await importPublicKey(await readPublicKeyPem(join(dataDir, 'keys')));
    expect(await verifyAccessToken(staff.stdout.trim(), publicKey)).toMatchObject({ role: 'staff', departmentId: demoDepartmentId('environment') });
    expect(await verifyAccessToken(reviewer.stdout.trim(), publicKey)).toMatchObject({ role: 'reviewer', groupIds: [] });
  }, 60_000);

  it('refuses an unknown role', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tsunagaru-token-'));
    dataDirs.push(dataDir);
    await expect(token(dataDir, 'mayor')).rejects.toMatchObject({ code: 2 });
  });
});
