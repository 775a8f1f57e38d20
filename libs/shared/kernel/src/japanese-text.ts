/**
 * Normalises Japanese search text so that a query typed in hiragana, half-width
 * katakana or full-width ASCII still matches names stored with katakana readings.
 */
export function normalizeJapaneseSearchText(input: string): string {
  const nfkc = input.normalize('NFKC').trim().toLowerCase();
  return nfkc.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** True when the text is written only in katakana (with the long-vowel mark and spaces). */
export function isKatakanaReading(input: string): boolean {
  return /^[\u30a1-\u30fa\u30fc\u30fb\s\u3000]+$/u.test(input);
}
