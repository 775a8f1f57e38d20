import { DISTRICT_LABELS, type District } from '@tsunagaru/shared-kernel';

/**
 * Japanese search keys (団体検索). One normalisation for names, readings and queries, so that
 * what a resident types matches what the directory stores:
 *
 * - NFKC: full-width ASCII and half-width katakana fold to their usual forms; Latin is lower-cased;
 * - hiragana becomes katakana (a reading typed in hiragana matches the katakana reading, and a
 *   name written partly in hiragana, 子ども食堂, matches however its kana part is typed);
 * - the small ヶ/ヵ and the place-name variants ケ/ガ/が between two kanji (稲村ヶ崎, 稲村ケ崎,
 *   稲村ガ崎, 稲村が崎) all become ケ; the small ヵ becomes カ (三ヵ所, 三カ所);
 * - the long-vowel mark, dashes, the middle dot and all spaces are dropped (センター, センタ);
 * - a few common spellings of one word are one (子ども, 子供, こども; 障害, 障碍, 障がい).
 */
const KANJI = '[\\u3005\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
const GA_BETWEEN_KANJI = new RegExp(`(?<=${KANJI})[ケガ](?=${KANJI})`, 'gu');
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/子ドモ|子供/g, 'コドモ'],
  [/障害|障碍/g, '障ガイ'],
];
const DROPPED = /[\p{Cc}\s\u30fc\u2010-\u2015\u2212\u301c\uff5e~\-\u30fb\u00b7]/gu;

export function japaneseSearchKey(input: string): string {
  const folded = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/\u30f6/g, 'ケ')
    .replace(/\u30f5/g, 'カ');
  const key = folded.replace(GA_BETWEEN_KANJI, 'ケ').replace(DROPPED, '');
  return SPELLINGS.reduce((text, [spelling, word]) => text.replace(spelling, word), key);
}

/** The words of a query (split on any space, full-width included), each as a search key; empty words dropped. */
export function searchWords(query: string): string[] {
  const words = query
    .normalize('NFKC')
    .split(/[\s\u3000]+/u)
    .map(japaneseSearchKey)
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/**
 * The index terms of a key: every character and every pair of neighbouring characters. A word
 * can only occur in a key whose terms contain all of the word's terms, so a GIN index on the
 * terms (`@>`) narrows a search for words of any length, two characters (大船) included.
 */
export function searchTerms(key: string): string[] {
  const chars = [...key];
  const terms = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1]);
  return [...terms];
}

/**
 * The index terms a word needs: its character pairs (every character is in one), or the
 * character itself for a one-character word. Pairs are rarer than characters, so a search
 * reads shorter posting lists.
 */
export function wordTerms(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return chars;
  return searchTerms(word).filter((term) => [...term].length === 2);
}

/** The stored search columns of a group: its name, reading and profile as keys, and their index terms. */
export interface GroupSearchColumns {
  searchName: string;
  searchReading: string;
  /** The description and the districts' names (大船地域), one key each, a line apart. */
  searchProfile: string;
  searchTerms: string[];
}

export interface SearchableGroup {
  name: string;
  nameKana: string;
  description?: string | null;
  districts?: readonly District[] | null;
}

export function groupSearchColumns(group: SearchableGroup): GroupSearchColumns {
  const searchName = japaneseSearchKey(group.name);
  const searchReading = japaneseSearchKey(group.nameKana);
  const profileKeys = [group.description ?? '', ...(group.districts ?? []).map((district) => DISTRICT_LABELS[district])]
    .map(japaneseSearchKey)
    .filter((key) => key.length > 0);
  const terms = new Set<string>();
  for (const key of [searchName, searchReading, ...profileKeys]) for (const term of searchTerms(key)) terms.add(term);
  return { searchName, searchReading, searchProfile: profileKeys.join('\n'), searchTerms: [...terms].sort() };
}

/**
 * How well a group matches a query (lower first): 0 when the words together are the group's
 * name or reading, 1 when the name or reading starts with them, 2 when every word is in the
 * name or reading, 3 when some word is only in the profile (description, district).
 */
export function searchRank(columns: { searchName: string; searchReading: string }, words: readonly string[]): number {
  const whole = words.join('');
  if (columns.searchName === whole || columns.searchReading === whole) return 0;
  if (columns.searchName.startsWith(whole) || columns.searchReading.startsWith(whole)) return 1;
  if (words.every((word) => columns.searchName.includes(word) || columns.searchReading.includes(word))) return 2;
  return 3;
}

/** A text[] value as PostgreSQL reads it (`{"大","船"}`), for a `?::text[]` parameter. */
export function textArrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}
