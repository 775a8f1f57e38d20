import type { ActivityField } from '@tsunagaru/shared-kernel';
import type { DemoGroup } from '@tsunagaru/shared-demo-data';

/**
 * Groups that could have taken part in a proposal submitted on `date`: they work in its field,
 * and were founded and registered at the Civic Activity Center before that day.
 */
export function groupsWorkingIn(groups: readonly DemoGroup[], field: ActivityField, date: string): DemoGroup[] {
  return groups.filter((group) => group.activityFields.includes(field) && group.foundedOn < date && group.registeredOn < date);
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Two-character runs of Japanese text: 子育, 育て, 里山 … words are not spaced, these stand in for them. */
function bigrams(text: string): Set<string> {
  const chars = [...text];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    if (CJK.test(chars[i]) && CJK.test(chars[i + 1])) grams.add(chars[i] + chars[i + 1]);
  }
  return grams;
}

// Two hiragana are grammar (して, いる, から), not theme.
const HIRAGANA_PAIR = /^[\u3040-\u309f]{2}$/u;

/**
 * How closely groups' names and descriptions read like a proposal: the two-character runs they
 * share, each weighted by how rare it is among the groups (inverse document frequency), so
 * 里山 or 認知症 count for much and 地域, 活動 or ボランティア for little.
 */
export function createThemeScorer(groups: ReadonlyArray<Pick<DemoGroup, 'id' | 'name' | 'description'>>): (text: string, group: Pick<DemoGroup, 'id'>) => number {
  const gramsOf = new Map(groups.map((group) => [group.id, bigrams(`${group.name}${group.description}`)]));
  const frequency = new Map<string, number>();
  for (const grams of gramsOf.values()) for (const gram of grams) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const weight = (gram: string) => Math.log(groups.length / (frequency.get(gram) ?? groups.length));
  return (text, group) => {
    const own = gramsOf.get(group.id) ?? new Set<string>();
    let score = 0;
    for (const gram of bigrams(text)) if (!HIRAGANA_PAIR.test(gram) && own.has(gram)) score += weight(gram);
    return score;
  };
}
