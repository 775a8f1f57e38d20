import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = dirname(fileURLToPath(import.meta.url));

// The workspace's import aliases live in one place (tsconfig.base.json); tests reuse them.
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
// Exact matches: '@tsunagaru/platform' must not swallow '@tsunagaru/platform/paths'.
const alias = Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
  find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  replacement: resolve(root, target),
}));

// One graphql-js in every test: type-graphql, Apollo and the gateway require its CommonJS
// entry, and vitest would hand our own sources the ES module entry, a second copy whose types
// the first does not recognise ("Cannot determine GraphQL output type").
alias.push({ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') });

const everywhere = (pattern: string) => ['apps', 'libs', 'tools'].map((dir) => `${dir}/**/${pattern}`);

/**
 * Two projects, told apart by file name. `unit` (`*.spec.ts`) needs no database and no
 * server and runs in seconds (`npm run test:unit`). `system` (`*.system.spec.ts`) gets one
 * real PostgreSQL and a running system from the global setup. Vitest runs a project's
 * global setup only when that project has test files to run, so `nx test shared-kernel`
 * or `vitest run <unit spec>` never starts PostgreSQL.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: everywhere('*.spec.ts'),
          exclude: everywhere('*.system.spec.ts'),
          // Unit tests hold no state between files, so workers reuse loaded modules (GraphQL,
          // Apollo, the domain) instead of loading them again per file: a third less CPU.
          // Forks, not threads: a worker thread ignores changes to process.env.TZ.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'system', include: everywhere('*.system.spec.ts'), globalSetup: ['tools/testing/global-setup.ts'] },
      },
    ],
  },
});
