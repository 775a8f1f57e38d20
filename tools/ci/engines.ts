import semver from 'semver';

export interface LockedPackage {
  version?: string;
  engines?: Record<string, string> | string[];
  optional?: boolean;
  os?: string[];
  cpu?: string[];
}

export interface EngineViolation {
  path: string;
  version: string;
  requires: string;
}

/**
 * Every package in the lockfile whose `engines.node` does not cover the whole range the project
 * promises (`engines.node` of package.json): npm installs it anyway with an EBADENGINE warning,
 * and the package may then fail at run time on a Node version the project says it supports.
 * A package is fine when every version in the project's range satisfies its own range.
 */
export function engineViolations(projectNodeRange: string, packages: Record<string, LockedPackage>): EngineViolation[] {
  const violations: EngineViolation[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '') continue;
    const engines = entry.engines;
    // Old lockfiles may hold an array of "node >= x" strings; npm itself ignores that form.
    if (!engines || Array.isArray(engines) || typeof engines.node !== 'string') continue;
    const requires = engines.node.trim();
    if (requires === '' || requires === '*') continue;
    const valid = semver.validRange(requires, { loose: true });
    const covered = valid !== null && semver.subset(projectNodeRange, valid, { includePrerelease: false });
    if (!covered) violations.push({ path, version: entry.version ?? '?', requires });
  }
  return violations.sort((a, b) => a.path.localeCompare(b.path));
}
