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
});
