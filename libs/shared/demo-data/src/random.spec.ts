import { describe, expect, it } from 'vitest';
import { expandCounts, intBetween, pick, pickWeightedIndex, randomDigits, seededRandom, shuffle, weightedOrder } from './random';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('the pickers', () => {
  it('keeps intBetween inside both inclusive bounds and reaches them', () => {
    const random = seededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => intBetween(random, 3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('refuses to pick from nothing', () => {
    expect(() => pick(seededRandom(1), [])).toThrow('nothing to pick from');
  });

  it('shuffles a copy holding the same items', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffle(seededRandom(7), items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('picks indices in proportion to their weights and never a zero weight', () => {
    const random = seededRandom(3);
    const tally = [0, 0, 0];
    for (let i = 0; i < 3000; i++) tally[pickWeightedIndex(random, [1, 0, 3])] += 1;
    expect(tally[1]).toBe(0);
    expect(tally[2] / tally[0]).toBeGreaterThan(2.4);
    expect(tally[2] / tally[0]).toBeLessThan(3.6);
  });

  it('orders every item once, heavier ones mostly first', () => {
    const random = seededRandom(5);
    let heavyFirst = 0;
    for (let i = 0; i < 200; i++) {
      const order = weightedOrder(random, ['light', 'heavy'], (item) => (item === 'heavy' ? 9 : 1));
      expect([...order].sort()).toEqual(['heavy', 'light']);
      if (order[0] === 'heavy') heavyFirst += 1;
    }
    expect(heavyFirst).toBeGreaterThan(160);
  });

  it('expands counts into a bag and writes fixed-length digits', () => {
    expect(expandCounts({ a: 2, b: 0, c: 1 })).toEqual(['a', 'a', 'c']);
    expect(randomDigits(() => 0.0001, 4)).toBe('0001');
  });
});
