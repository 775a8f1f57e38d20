import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The boundary rule reads Nx's project graph and silently skips itself without one:
// build the graph first, as `npm run lint` does.
beforeAll(() => {
  execFileSync(join('node_modules', '.bin', 'nx'), ['show', 'projects'], { env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
});

// Lints source text as if it sat at a path inside a project, without writing a file.
async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('architecture rules enforced by lint', () => {
  it("fails when one subgraph's lib imports another subgraph's lib", async () => {
    const messages = await lintAs(
      'libs/collaboration/domain/src/services/illegal-import.ts',
      "import { GroupDirectory } from '@tsunagaru/directory-domain';\nexport const leak = GroupDirectory;\n",
    );
    expect(messages.some((message) => message.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('fails when domain code imports a GraphQL lib', async () => {
    const messages = await lintAs(
      'libs/directory/domain/src/services/illegal-import.ts',
      "import { UserError } from '@tsunagaru/shared-graphql';\nexport const leak = UserError;\n",
    );
    expect(messages.some((message) => message.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('accepts imports of shared libs from a subgraph', async () => {
    const messages = await lintAs(
      'libs/collaboration/domain/src/services/legal-import.ts',
      "import { ConflictError } from '@tsunagaru/shared-kernel';\nexport const ok = ConflictError;\n",
    );
    expect(messages).toEqual([]);
  });

  it('keeps demo data out of domain, GraphQL and app code', async () => {
    const importDemoData = "import { directoryDemoSeeder } from '@tsunagaru/directory-demo-data';\nexport const leak = directoryDemoSeeder;\n";
    for (const filePath of [
      'libs/directory/domain/src/services/illegal-import.ts',
      'libs/directory/graphql/src/resolvers/illegal-import.ts',
      'apps/directory/src/illegal-import.ts',
    ]) {
      const messages = await lintAs(filePath, importDemoData);
      expect(messages.some((message) => message.startsWith('@nx/enforce-module-boundaries')), filePath).toBe(true);
    }
  });

  it("lets demo data use its own subgraph's domain, but not GraphQL or another subgraph", async () => {
    const own = await lintAs(
      'libs/directory/demo-data/src/legal-import.ts',
      "import { Group } from '@tsunagaru/directory-domain';\nimport { seededRandom } from '@tsunagaru/shared-demo-data';\nexport const ok = [Group, seededRandom];\n",
    );
    expect(own).toEqual([]);
    for (const code of [
      "import { directorySubgraph } from '@tsunagaru/directory-graphql';\nexport const leak = directorySubgraph;\n",
      "import { Proposal } from '@tsunagaru/collaboration-domain';\nexport const leak = Proposal;\n",
    ]) {
      const messages = await lintAs('libs/directory/demo-data/src/illegal-import.ts', code);
      expect(messages.some((message) => message.startsWith('@nx/enforce-module-boundaries')), code).toBe(true);
    }
  });
});
