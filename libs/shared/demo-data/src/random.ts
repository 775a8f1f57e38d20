/**
 * Seeded randomness for the demo generators: the same seed gives the same data on every
 * machine and every run, so published figures and cross-subgraph ids never drift.
 */
export type Random = () => number;

/** A small seeded PRNG (mulberry32): same seed, same sequence, no dependency. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('nothing to pick from');
  return items[Math.floor(random() * items.length)];
}

/** A shuffled copy (Fisher–Yates); the input is left alone. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** An index into `weights`, each chosen in proportion to its weight. */
export function pickWeightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let point = random() * total;
  for (let i = 0; i < weights.length; i++) {
    point -= weights[i];
    if (point < 0) return i;
  }
  return weights.length - 1;
}

/**
 * A random order of all items in which heavier ones tend to come first
 * (Efraimidis–Spirakis keys); ties keep the input order, so the result is stable.
 */
export function weightedOrder<T>(random: Random, items: readonly T[], weightOf: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, key: Math.pow(random(), 1 / weightOf(item)) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .map(({ item }) => item);
}

/** { a: 2, b: 1 } → ['a', 'a', 'b']: a bag to shuffle when counts must come out exact. */
export function expandCounts<K extends string>(counts: Partial<Record<K, number>>): K[] {
  return (Object.entries(counts) as [K, number][]).flatMap(([key, count]) => new Array<K>(count).fill(key));
}

/** `length` random decimal digits, leading zeros kept (phone numbers). */
export function randomDigits(random: Random, length: number): string {
  return String(Math.floor(random() * 10 ** length)).padStart(length, '0');
}
