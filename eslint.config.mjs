import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Which scopes and types may depend on which: the architecture, enforced on every lint. */
const depConstraints = [
  // A subgraph's code sees only itself and the shared libraries, never another subgraph.
  ...['directory', 'collaboration', 'resources', 'engagement', 'gateway'].map((scope) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
  })),
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['*'] },
  // Domain services never import GraphQL: they stay usable from jobs, scripts and tests.
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util', 'type:testing'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:testing'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
  { sourceTag: 'type:graphql', onlyDependOnLibsWithTags: ['type:graphql', 'type:domain', 'type:data-access', 'type:util', 'type:testing'] },
  // Demo data builds on its own subgraph's domain and is wired in by platform and tools only:
  // nothing that ships (domain, graphql, app) lists it, so no production bundle carries it.
  { sourceTag: 'type:demo-data', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util', 'type:demo-data', 'type:testing'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:graphql', 'type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:data-access', 'type:testing'] },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Domain code and demo data must not reach for GraphQL even through a package import.
    files: ['libs/*/domain/**/*.ts', 'libs/*/demo-data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['type-graphql', 'graphql', '@apollo/*'] }],
    },
  },
);
