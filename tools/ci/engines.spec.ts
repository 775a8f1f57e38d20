import { describe, expect, it } from 'vitest';
import { engineViolations } from './engines';

describe('engineViolations', () => {
  it('accepts packages whose range covers the whole project range', () => {
    expect(
      engineViolations('>=20.19', {
        '': { version: '0.1.0' },
        'node_modules/a': { version: '1.0.0', engines: { node: '>=16.0.0' } },
        'node_modules/b': { version: '1.0.0', engines: { node: '^18.19.0 || >=20.6.0' } },
        'node_modules/c': { version: '1.0.0' },
        'node_modules/d': { version: '1.0.0', engines: { node: '*' } },
        'node_modules/e': { version: '1.0.0', engines: ['node >= 0.8'] },
      }),
    ).toEqual([]);
  });

  it('names a package that needs a newer Node than the project promises (the EBADENGINE case)', () => {
    expect(
      engineViolations('>=20.19', {
        'node_modules/@graphql-tools/schema/node_modules/@whatwg-node/promise-helpers': { version: '2.0.2', engines: { node: '>=22.15.0' } },
        'node_modules/only-22-and-24': { version: '1.0.0', engines: { node: '^22 || ^24' } },
        'node_modules/fine': { version: '1.0.0', engines: { node: '>=20' } },
      }),
    ).toEqual([
      { path: 'node_modules/@graphql-tools/schema/node_modules/@whatwg-node/promise-helpers', version: '2.0.2', requires: '>=22.15.0' },
      { path: 'node_modules/only-22-and-24', version: '1.0.0', requires: '^22 || ^24' },
    ]);
  });

  it('also refuses a package that drops a later line the project still promises', () => {
    expect(engineViolations('>=20.19', { 'node_modules/x': { version: '1.0.0', engines: { node: '^20.19 || ^22' } } })).toHaveLength(1);
  });
});
