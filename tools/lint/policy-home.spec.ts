import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Access rules live in one home: the kernel's access module and each subgraph's
// domain/src/policies folder (with their tests). Anywhere else, code asks a policy
// (authorize, allows, requires) and never looks at a role itself.

const ROOT = join(__dirname, '..', '..');
const THIS_FILE = relative(ROOT, __filename).split(sep).join('/');

const POLICY_HOMES = [/^libs\/shared\/kernel\/src\/access\//, /^libs\/[^/]+\/domain\/src\/policies\//];

const ROLE_CHECKS: Array<[string, RegExp]> = [
  ['compares a role', /\brole\s*[!=]==?/],
  ['compares with a role', /[!=]==?\s*[\w$?.]*\brole\b/],
  ["reads a principal's role", /\b(principal|caller|viewer|user|staff|context\.principal)\??\.role\b/],
  ['branches on a role', /\bswitch\s*\([^)]*\brole\b[^)]*\)/],
  ['looks a role up in a list', /\.includes\([^)]*\brole\)/],
  ['calls requireRole', /\brequireRole\s*\(/],
  ['calls canManageGroup', /\bcanManageGroup\s*\(/],
  ['uses the old Access rules', /\bAccess\.(STAFF|INTERMEDIARY|MEMBER|OWN_GROUP_MEMBER)\b/],
  ['authorizes by a bare role name', /@Authorized\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

function roleChecksIn(source: string): string[] {
  return source.split('\n').flatMap((line, index) =>
    ROLE_CHECKS.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${index + 1}: ${what}: ${line.trim()}`),
  );
}

describe('authorization has one home', () => {
  it('finds no role check outside the policy modules and their tests', () => {
    const files = ['apps', 'libs', 'tools'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => file !== THIS_FILE && !POLICY_HOMES.some((home) => home.test(file)))
      .flatMap((file) => roleChecksIn(readFileSync(join(ROOT, file), 'utf8')).map((finding) => `${file}:${finding}`));
    expect(offenders).toEqual([]);
  });

  it('recognises the ways a role check has been written', () => {
    const planted = [
      "if (principal.role === 'staff') return true;",
      "const mayWiden = viewer?.role === 'staff' || viewer?.role === 'intermediary';",
      "if (groupId && role !== 'member') process.exit(2);",
      "const staff = requireRole(caller, 'intermediary');",
      'if (!canManageGroup(principal, input.groupId)) throw new ForbiddenError();',
      '@Authorized(Access.STAFF, Access.INTERMEDIARY)',
      "@Authorized('staff')",
      'switch (principal.role) {',
      "if (['staff', 'intermediary'].includes(caller.role)) return;",
    ];
    for (const line of planted) expect(roleChecksIn(line), line).not.toEqual([]);
  });
});
