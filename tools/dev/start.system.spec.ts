import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDirs: string[] = [];

afterAll(async () => {
  for (const dir of dataDirs) {
    // As root in a private folder the cluster lives elsewhere, behind the link <data>/postgres/pg.
    const cluster = await realpath(join(dir, 'postgres', 'pg')).catch(() => null);
    if (cluster && !cluster.startsWith(dir)) await rm(dirname(cluster), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
});

function npmStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['start'], { env, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('npm start when the embedded PostgreSQL cannot run', () => {
  it('says what to do and exits non-zero, with no stack trace', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tsunagaru-start-'));
    dataDirs.push(dataDir);
    const taken = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, TSUNAGARU_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port), PORT: '0' };
      delete env.DATABASE_URL;
      const result = await npmStart(env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Failed to start Tsunagaru Graph/);
      expect(result.stderr).toMatch(new RegExp(`did not start on port ${port}`));
      expect(result.stderr).toMatch(/EMBEDDED_POSTGRES_PORT picks another port/);
      expect(result.stderr).toMatch(/set DATABASE_URL/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).not.toMatch(/is running/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
