import { describe, expect, it } from 'vitest';
import { groupSearchColumns, japaneseSearchKey, searchRank, searchTerms, searchWords, wordTerms } from './japanese-search';

describe('japaneseSearchKey', () => {
  it('folds widths (NFKC) and Latin case', () => {
    expect(japaneseSearchKey('ＮＰＯ法人　ｶﾏｸﾗ')).toBe('npo法人カマクラ');
  });

  it('turns hiragana into katakana, in readings and in names', () => {
    expect(japaneseSearchKey('こどもしょくどう')).toBe(japaneseSearchKey('コドモショクドウ'));
    expect(japaneseSearchKey('朗読の会')).toBe('朗読ノ会');
  });

  it('treats ヶ, ケ, ガ and が between kanji as one (稲村ヶ崎 = 稲村ケ崎 = 稲村ガ崎 = 稲村が崎), ヵ as カ', () => {
    const key = japaneseSearchKey('稲村ヶ崎');
    for (const variant of ['稲村ケ崎', '稲村ガ崎', '稲村が崎', '稲村ｶﾞ崎']) expect(japaneseSearchKey(variant)).toBe(key);
    expect(japaneseSearchKey('三ヵ所')).toBe(japaneseSearchKey('三カ所'));
    // Outside kanji a ガ stays a ガ: readings keep their sounds.
    expect(japaneseSearchKey('イナムラガサキ')).toBe('イナムラガサキ');
  });

  it('drops long-vowel marks, dashes, middle dots and spaces', () => {
    expect(japaneseSearchKey('ボランティア・センター')).toBe(japaneseSearchKey('ボランティア センタ'));
    expect(japaneseSearchKey(' 大船　合唱 ')).toBe('大船合唱');
  });

  it('treats common spellings of one word as one (子ども, 子供, こども; 障害, 障がい)', () => {
    expect(japaneseSearchKey('子ども食堂')).toBe(japaneseSearchKey('こども食堂'));
    expect(japaneseSearchKey('子供食堂')).toBe('コドモ食堂');
    expect(japaneseSearchKey('障がい者')).toBe(japaneseSearchKey('障害者'));
  });

  it('drops control characters, which SQL text cannot hold', () => {
    expect(japaneseSearchKey('大\u0000船')).toBe('大船');
  });
});

describe('searchWords, searchTerms, searchRank', () => {
  it('splits a query on half- and full-width spaces, each word normalised', () => {
    expect(searchWords('大船 合唱')).toEqual(['大船', '合唱']);
    expect(searchWords('おおふな　がっしょう')).toEqual(['オオフナ', 'ガッショウ']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('gives every character and pair of neighbours, so a word occurs only where its terms do', () => {
    expect(searchTerms('大船合')).toEqual(['大', '船', '合', '大船', '船合']);
    expect(wordTerms('大船合')).toEqual(['大船', '船合']);
    expect(wordTerms('会')).toEqual(['会']);
    const columns = groupSearchColumns({ name: '大船合唱団', nameKana: 'オオフナガッショウダン' });
    for (const word of ['大船', '合唱', 'ガッショウ']) expect(columns.searchTerms).toEqual(expect.arrayContaining(searchTerms(word)));
  });

  it('ranks the whole name or reading first, then prefixes, then the rest', () => {
    const columns = groupSearchColumns({ name: '大船合唱団', nameKana: 'おおふながっしょうだん' });
    expect(searchRank(columns, searchWords('大船合唱団'))).toBe(0);
    expect(searchRank(columns, searchWords('おおふながっしょうだん'))).toBe(0);
    expect(searchRank(columns, searchWords('大船 合唱'))).toBe(1);
    expect(searchRank(columns, searchWords('合唱'))).toBe(2);
  });
});
