import { describe, it, expect } from 'vitest';
import { deterministicUuid } from './deterministic';
import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts uuids in either case', () => {
    const id = deterministicUuid('proposal', '1');
    expect(isUuid(id)).toBe(true);
    expect(isUuid(id.toUpperCase())).toBe(true);
  });

  it('rejects everything else', () => {
    for (const value of ['', 'abc', '1', `${deterministicUuid('proposal', '1')}x`, "' or 1=1 --", null, undefined, 42]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
