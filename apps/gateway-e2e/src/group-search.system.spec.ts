import { describe, expect, it } from 'vitest';
import { buildDemoGroups } from '@tsunagaru/shared-demo-data';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

interface Found {
  groups: { totalCount: number; edges: Array<{ node: { id: string; name: string; districts: string[] } }> };
}

async function search(text: string, first = 20): Promise<Found['groups']> {
  const response = await postGraphQL<Found>(
    gatewayUrl(),
    'query ($text: String!, $first: Int) { groups(filter: { text: $text }, first: $first) { totalCount edges { node { id name districts } } } }',
    { text, first },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.groups;
}

const names = (found: Found['groups']) => found.edges.map((edge) => edge.node.name);

// 団体検索 as residents type it (issue 11): every group by its exact name, place-name
// variants, hiragana for kanji-and-kana names, and several words at once.
describe('Japanese search through the gateway (anonymous)', () => {
  it('finds each of the 390 demo groups by its exact name, as the first result', async () => {
    const groups = buildDemoGroups();
    expect(groups).toHaveLength(390);
    const missed: string[] = [];
    for (const group of groups) {
      const found = await search(group.name, 3);
      if (found.edges[0]?.node.id !== group.id) missed.push(group.name);
    }
    expect(missed).toEqual([]);
  });

  it('finds 稲村ヶ崎 however ヶ is written (ヶ, ケ, ガ, が)', async () => {
    const expected = names(await search('稲村ヶ崎'));
    // The four groups named after the place first, then groups whose description names it.
    expect(expected.slice(0, 4).every((name) => name.startsWith('稲村ヶ崎'))).toBe(true);
    expect(expected.slice(4).some((name) => name.startsWith('稲村ヶ崎'))).toBe(false);
    for (const variant of ['稲村ガ崎', '稲村ケ崎', '稲村が崎', '稲村ｶﾞ崎']) expect(names(await search(variant))).toEqual(expected);
    // A reading matches the names' readings only (descriptions have none).
    for (const variant of ['いなむらがさき', 'イナムラガサキ']) expect(names(await search(variant))).toEqual(expected.slice(0, 4));
  });

  it('finds the こども食堂 groups by 子ども食堂, こどもしょくどう and コドモショクドウ', async () => {
    const expected = ['こども食堂　わかば', '特定非営利活動法人こども食堂　やまゆり'];
    for (const text of ['子ども食堂', 'こどもしょくどう', 'コドモショクドウ', 'こども食堂', '子供食堂']) {
      expect(names(await search(text)).sort()).toEqual(expected.sort());
    }
  });

  it('matches several words together (大船 合唱: the choir of the 大船 district), names first', async () => {
    const found = await search('大船 合唱');
    expect(names(found)).toContain('コーラス　フレンズ');
    expect(found.edges.every((edge) => edge.node.districts.includes('OFUNA'))).toBe(true);
    // A word in the name ranks above a word only in the description.
    const ofuna = names(await search('大船', 100));
    const inName = ofuna.filter((name) => name.includes('大船'));
    expect(ofuna.slice(0, inName.length)).toEqual(inName);
    expect(inName.length).toBeGreaterThanOrEqual(8);
  });

  it('ranks the exact name first, then names that start with the query', async () => {
    const found = names(await search('大船'));
    expect(found.slice(0, 7).every((name) => name.startsWith('大船'))).toBe(true);
  });

  it('ignores long-vowel and space differences and half-width input', async () => {
    const expected = names(await search('大船ホームボランティアの会'));
    expect(expected[0]).toBe('大船ホームボランティアの会');
    expect(names(await search('大船 ホームボランティア の会'))[0]).toBe('大船ホームボランティアの会');
    expect(names(await search('ｵｵﾌﾅﾎｰﾑﾎﾞﾗﾝﾃｨｱﾉｶｲ'))[0]).toBe('大船ホームボランティアの会');
    expect(names(await search('おおふなほむぼらんてぃあのかい'))[0]).toBe('大船ホームボランティアの会');
  });
});
