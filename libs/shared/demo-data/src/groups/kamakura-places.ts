import { District } from '@tsunagaru/shared-kernel';

/** A town (町名) of Kamakura, where a demo group is based and has its address. */
export interface Place {
  /** The official town name, used in addresses. */
  name: string;
  /**
   * How residents write it in group names where that differs: the station and most
   * signs say 稲村ヶ崎, the address register 稲村ガ崎.
   */
  written?: string;
  kana: string;
  /** Used in mail and web domains; no hyphen, so that `${key}-${romaji}` stays unambiguous. */
  romaji: string;
  district: District;
  /** Relative share of groups based here; the old town centre and the station areas have more. */
  weight: number;
  /** Town used in addresses when the place is an area rather than a town (深沢). */
  town?: string;
  postalCode: string;
  /** Highest 丁目 in the town; 0 where addresses are plain 番地 (e.g. 二階堂123-4). */
  chome: number;
  coastal?: boolean;
}

const D = District;

export const PLACES: readonly Place[] = [
  // 鎌倉地域
  { name: '由比ガ浜', kana: 'ユイガハマ', romaji: 'yuigahama', district: D.KAMAKURA, weight: 3, postalCode: '248-0014', chome: 4, coastal: true },
  { name: '長谷', kana: 'ハセ', romaji: 'hase', district: D.KAMAKURA, weight: 2, postalCode: '248-0016', chome: 5 },
  { name: '材木座', kana: 'ザイモクザ', romaji: 'zaimokuza', district: D.KAMAKURA, weight: 3, postalCode: '248-0013', chome: 6, coastal: true },
  { name: '大町', kana: 'オオマチ', romaji: 'omachi', district: D.KAMAKURA, weight: 2, postalCode: '248-0007', chome: 6 },
  { name: '二階堂', kana: 'ニカイドウ', romaji: 'nikaido', district: D.KAMAKURA, weight: 2, postalCode: '248-0002', chome: 0 },
  { name: '浄明寺', kana: 'ジョウミョウジ', romaji: 'jomyoji', district: D.KAMAKURA, weight: 2, postalCode: '248-0003', chome: 6 },
  { name: '十二所', kana: 'ジュウニソウ', romaji: 'junisho', district: D.KAMAKURA, weight: 1, postalCode: '248-0001', chome: 0 },
  { name: '扇ガ谷', kana: 'オウギガヤツ', romaji: 'ogigayatsu', district: D.KAMAKURA, weight: 2, postalCode: '248-0011', chome: 4 },
  { name: '佐助', kana: 'サスケ', romaji: 'sasuke', district: D.KAMAKURA, weight: 1, postalCode: '248-0017', chome: 2 },
  { name: '雪ノ下', kana: 'ユキノシタ', romaji: 'yukinoshita', district: D.KAMAKURA, weight: 3, postalCode: '248-0005', chome: 5 },
  { name: '小町', kana: 'コマチ', romaji: 'komachi', district: D.KAMAKURA, weight: 3, postalCode: '248-0006', chome: 3 },
  { name: '御成町', kana: 'オナリマチ', romaji: 'onarimachi', district: D.KAMAKURA, weight: 2, postalCode: '248-0012', chome: 0 },
  { name: '稲村ガ崎', written: '稲村ヶ崎', kana: 'イナムラガサキ', romaji: 'inamuragasaki', district: D.KAMAKURA, weight: 2, postalCode: '248-0024', chome: 5, coastal: true },
  { name: '極楽寺', kana: 'ゴクラクジ', romaji: 'gokurakuji', district: D.KAMAKURA, weight: 2, postalCode: '248-0023', chome: 3 },
  { name: '坂ノ下', kana: 'サカノシタ', romaji: 'sakanoshita', district: D.KAMAKURA, weight: 1, postalCode: '248-0021', chome: 0, coastal: true },
  // 腰越地域
  { name: '腰越', kana: 'コシゴエ', romaji: 'koshigoe', district: D.KOSHIGOE, weight: 4, postalCode: '248-0033', chome: 5, coastal: true },
  { name: '津', kana: 'ツ', romaji: 'tsu', district: D.KOSHIGOE, weight: 1, postalCode: '248-0032', chome: 0 },
  { name: '西鎌倉', kana: 'ニシカマクラ', romaji: 'nishikamakura', district: D.KOSHIGOE, weight: 3, postalCode: '248-0035', chome: 4 },
  { name: '七里ガ浜', kana: 'シチリガハマ', romaji: 'shichirigahama', district: D.KOSHIGOE, weight: 3, postalCode: '248-0026', chome: 1, coastal: true },
  { name: '鎌倉山', kana: 'カマクラヤマ', romaji: 'kamakurayama', district: D.KOSHIGOE, weight: 2, postalCode: '248-0031', chome: 4 },
  { name: '手広', kana: 'テビロ', romaji: 'tebiro', district: D.KOSHIGOE, weight: 2, postalCode: '248-0036', chome: 6 },
  // 深沢地域. Postal codes are the real ones: part of the district is 247-xxxx.
  { name: '深沢', kana: 'フカサワ', romaji: 'fukasawa', district: D.FUKASAWA, weight: 5, town: '常盤', postalCode: '248-0022', chome: 0 },
  { name: '梶原', kana: 'カジワラ', romaji: 'kajiwara', district: D.FUKASAWA, weight: 2, postalCode: '247-0063', chome: 5 },
  { name: '常盤', kana: 'トキワ', romaji: 'tokiwa', district: D.FUKASAWA, weight: 2, postalCode: '248-0022', chome: 0 },
  { name: '寺分', kana: 'テラブン', romaji: 'terabun', district: D.FUKASAWA, weight: 1, postalCode: '247-0064', chome: 3 },
  { name: '笛田', kana: 'フエダ', romaji: 'fueda', district: D.FUKASAWA, weight: 2, postalCode: '248-0027', chome: 6 },
  { name: '山崎', kana: 'ヤマザキ', romaji: 'yamazaki', district: D.FUKASAWA, weight: 2, postalCode: '247-0066', chome: 0 },
  { name: '上町屋', kana: 'カミマチヤ', romaji: 'kamimachiya', district: D.FUKASAWA, weight: 1, postalCode: '247-0065', chome: 0 },
  // 大船地域
  { name: '大船', kana: 'オオフナ', romaji: 'ofuna', district: D.OFUNA, weight: 6, postalCode: '247-0056', chome: 6 },
  { name: '台', kana: 'ダイ', romaji: 'dai', district: D.OFUNA, weight: 2, postalCode: '247-0061', chome: 5 },
  { name: '岩瀬', kana: 'イワセ', romaji: 'iwase', district: D.OFUNA, weight: 2, postalCode: '247-0051', chome: 0 },
  { name: '今泉', kana: 'イマイズミ', romaji: 'imaizumi', district: D.OFUNA, weight: 2, postalCode: '247-0053', chome: 0 },
  { name: '今泉台', kana: 'イマイズミダイ', romaji: 'imaizumidai', district: D.OFUNA, weight: 2, postalCode: '247-0053', chome: 7 },
  { name: '高野', kana: 'コウヤ', romaji: 'koya', district: D.OFUNA, weight: 1, postalCode: '247-0054', chome: 0 },
  { name: '小袋谷', kana: 'コブクロヤ', romaji: 'kobukuroya', district: D.OFUNA, weight: 2, postalCode: '247-0055', chome: 2 },
  { name: '山ノ内', kana: 'ヤマノウチ', romaji: 'yamanouchi', district: D.OFUNA, weight: 3, postalCode: '247-0062', chome: 0 },
  // 玉縄地域
  { name: '玉縄', kana: 'タマナワ', romaji: 'tamanawa', district: D.TAMANAWA, weight: 5, postalCode: '247-0071', chome: 5 },
  { name: '植木', kana: 'ウエキ', romaji: 'ueki', district: D.TAMANAWA, weight: 2, postalCode: '247-0073', chome: 0 },
  { name: '岡本', kana: 'オカモト', romaji: 'okamoto', district: D.TAMANAWA, weight: 2, postalCode: '247-0072', chome: 2 },
  { name: '城廻', kana: 'シロメグリ', romaji: 'shiromeguri', district: D.TAMANAWA, weight: 2, postalCode: '247-0074', chome: 0 },
  { name: '関谷', kana: 'セキヤ', romaji: 'sekiya', district: D.TAMANAWA, weight: 1, postalCode: '247-0075', chome: 0 },
];

export function placeNamed(name: string): Place {
  const place = PLACES.find((candidate) => candidate.name === name);
  if (!place) throw new Error(`unknown place ${name}`);
  return place;
}

/** The place as a group's name or description writes it. */
export function writtenName(place: Place): string {
  return place.written ?? place.name;
}

export const COASTAL_PLACES: readonly string[] = PLACES.filter((place) => place.coastal).map((place) => place.name);

/** Towns along the rivers that riverside groups look after. */
export const NAMERIGAWA_PLACES: readonly string[] = ['雪ノ下', '浄明寺', '十二所', '小町', '大町', '材木座', '由比ガ浜'];
export const KODOGAWA_PLACES: readonly string[] = ['腰越', '津', '西鎌倉', '手広'];
export const KASHIOGAWA_PLACES: readonly string[] = ['大船', '台', '岩瀬', '小袋谷', '岡本', '植木', '城廻', '関谷', '玉縄'];

/** The towns of the four branch libraries (the central library is in 御成町). */
export const BRANCH_LIBRARY_PLACES: readonly string[] = ['腰越', '深沢', '大船', '玉縄'];

/** Shopping streets with a merchants' association of their own. */
export const SHOPPING_STREET_PLACES: readonly string[] = ['腰越', '大船', '長谷', '小町', '由比ガ浜', '深沢'];
