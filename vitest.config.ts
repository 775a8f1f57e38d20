import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The workspace's import aliases live in one place (tsconfig.base.json); tests reuse them.
const { compilerOptions } = JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, resolve(__dirname, target)]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['{apps,libs,tools}/**/*.spec.ts'],
    globalSetup: process.env.VITEST_NO_SYSTEM ? [] : ['tools/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
