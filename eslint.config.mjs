import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import topology from './libs/shared/topology/src/subgraphs.json' with { type: 'json' };

/** Which scopes and types may depend on which: the architecture, enforced on every lint. */
const depConstraints = [
  // A subgraph's code sees only itself and the shared libraries, never another subgraph.
  ...[...topology.subgraphs.map((subgraph) => subgraph.name), 'gateway'].map((scope) => ({
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
  // Server runtimes (HTTP handling, the subgraph server, the gateway) sit above the schema toolkit.
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:runtime', 'type:graphql', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:runtime', 'type:graphql', 'type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:data-access', 'type:testing', 'type:demo-data'] },
  // Assemblers at the top: the platform launcher and the npm scripts wire everything together;
  // end-to-end tests drive the assembled system.
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:platform', 'type:testing', 'type:util', 'type:demo-data'] },
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
      // type-graphql takes a type's name from its class unless told; bundlers rename classes
      // (Group -> Group2), so every published type states its GraphQL name.
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator > CallExpression[callee.name=/^(ObjectType|InputType|InterfaceType)$/][arguments.length=0]",
          message: 'Give the GraphQL type its name explicitly, e.g. @ObjectType(\'Group\', { description }).',
        },
        {
          selector: "Decorator > CallExpression[callee.name=/^(ObjectType|InputType|InterfaceType)$/] > ObjectExpression.arguments:first-child",
          message: 'Give the GraphQL type its name explicitly, e.g. @ObjectType(\'Group\', { description }).',
        },
      ],
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
