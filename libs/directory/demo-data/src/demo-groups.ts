import { ActivityField, District, OrganizationType } from '@tsunagaru/shared-kernel';
import { DEMO_GROUP_COUNT, demoGroupId, seededRandom } from '@tsunagaru/shared-demo-data';

/**
 * The 390 civic groups registered at the Civic Activity Center at the end of March 2020.
 *
 * The guideline publishes only aggregates (counts per activity field and organisation
 * type, 146 registrations in FY1998), so the groups themselves are invented, but every
 * aggregate is reproduced exactly and the rest is made to look familiar to a Kamakura
 * resident: real place names, field-appropriate group names, district-consistent
 * addresses. All contact data is fictional and all mail domains are under example.jp.
 */

export interface DemoGroup {
  id: string;
  index: number;
  name: string;
  nameKana: string;
  organizationType: OrganizationType;
  /** Sorted in the enum's declaration order (the NPO law's order). */
  activityFields: ActivityField[];
  /** The first district is the one of the group's base and address. */
  districts: District[];
  description: string;
  foundedOn: string;
  memberCount: number;
  publicEmail: string | null;
  publicPhone: string | null;
  website: string | null;
  registeredOn: string;
  privateContact: {
    representativeName: string;
    representativeNameKana: string;
    email: string;
    phone: string;
    postalCode: string;
    address: string;
  };
}

// ---------------------------------------------------------------------------
// Figures fixed by the guideline
// ---------------------------------------------------------------------------

const F = ActivityField;
const T = OrganizationType;
const D = District;

/** Groups per activity field (a group can have several). */
const FIELD_COUNTS: Record<ActivityField, number> = {
  HEALTH_MEDICAL_WELFARE: 106,
  SOCIAL_EDUCATION: 87,
  COMMUNITY_DEVELOPMENT: 124,
  TOURISM: 0,
  RURAL_DEVELOPMENT: 0,
  CULTURE_ARTS_SPORTS: 148,
  ENVIRONMENT: 98,
  DISASTER_RELIEF: 24,
  COMMUNITY_SAFETY: 44,
  HUMAN_RIGHTS_PEACE: 39,
  INTERNATIONAL_COOPERATION: 47,
  GENDER_EQUALITY: 21,
  CHILD_DEVELOPMENT: 134,
  INFORMATION_SOCIETY: 20,
  SCIENCE_TECHNOLOGY: 5,
  ECONOMIC_ACTIVITY: 20,
  VOCATIONAL_SKILLS_EMPLOYMENT: 10,
  CONSUMER_PROTECTION: 11,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 31,
  PREFECTURAL_ORDINANCE: 0,
};

/** 295 voluntary, 58 NPO corporations, and the 37 others. */
const ORGANIZATION_TYPE_COUNTS: Record<OrganizationType, number> = {
  VOLUNTARY_ASSOCIATION: 295,
  NPO_CORPORATION: 58,
  NEIGHBORHOOD_ASSOCIATION: 18,
  GENERAL_INCORPORATED_ASSOCIATION: 9,
  GENERAL_INCORPORATED_FOUNDATION: 2,
  SOCIAL_WELFARE_CORPORATION: 3,
  COMPANY: 2,
  INDIVIDUAL: 2,
  OTHER: 1,
};

/** Registrations in FY1998, the year the center opened (1998-10-01 … 1999-03-31). */
const FY1998_REGISTRATIONS = 146;

/**
 * How many groups have each field as their main one (the one their name and first
 * sentence are about). Not published; chosen so that single-purpose fields such as
 * culture have many main-field groups and each field keeps room for secondary use.
 * Sums to 390 and never exceeds FIELD_COUNTS.
 */
const MAIN_FIELD_COUNTS: Partial<Record<ActivityField, number>> = {
  CULTURE_ARTS_SPORTS: 88,
  CHILD_DEVELOPMENT: 60,
  HEALTH_MEDICAL_WELFARE: 50,
  COMMUNITY_DEVELOPMENT: 45,
  ENVIRONMENT: 45,
  SOCIAL_EDUCATION: 25,
  INTERNATIONAL_COOPERATION: 20,
  HUMAN_RIGHTS_PEACE: 12,
  COMMUNITY_SAFETY: 10,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 8,
  GENDER_EQUALITY: 7,
  DISASTER_RELIEF: 5,
  INFORMATION_SOCIETY: 5,
  ECONOMIC_ACTIVITY: 4,
  CONSUMER_PROTECTION: 2,
  VOCATIONAL_SKILLS_EMPLOYMENT: 2,
  SCIENCE_TECHNOLOGY: 2,
};

const SEED = 0x4b_41_4d_41; // 'KAMA'
const MAX_FIELDS = 5;
/** Weights of the secondary-field ranking, tuned for a spread of 1–5 fields per group. */
const APPETITE_SPREAD = 3;
const CROWDING = 0.6;
const NOISE = 1.5;
/** A noun's first related field is nearly always taken; later ones less often. */
const RELATEDNESS_BY_RANK = [5, 3.5, 2.5, 2];
const CENTER_OPENED = '1998-10-01';
const FY1998_END = '1999-03-31';
const FY1999_START = '1999-04-01';
const FY2019_END = '2020-03-31';
const FOUNDED_FROM = '1970-01-01';
const FOUNDED_UNTIL = '2019-12-31';

// ---------------------------------------------------------------------------
// Places: the town names (町名) of Kamakura's five districts
// ---------------------------------------------------------------------------

interface Place {
  name: string;
  kana: string;
  /** Used in mail and web domains; no hyphen, so that `${romaji}-${slug}` stays unambiguous. */
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

const PLACES: readonly Place[] = [
  // 鎌倉地域
  { name: '由比ガ浜', kana: 'ユイガハマ', romaji: 'yuigahama', district: D.KAMAKURA, weight: 3, postalCode: '248-0014', chome: 4, coastal: true },
  { name: '長谷', kana: 'ハセ', romaji: 'hase', district: D.KAMAKURA, weight: 2, postalCode: '248-0016', chome: 5 },
  { name: '材木座', kana: 'ザイモクザ', romaji: 'zaimokuza', district: D.KAMAKURA, weight: 3, postalCode: '248-0013', chome: 6, coastal: true },
  { name: '二階堂', kana: 'ニカイドウ', romaji: 'nikaido', district: D.KAMAKURA, weight: 2, postalCode: '248-0002', chome: 0 },
  { name: '浄明寺', kana: 'ジョウミョウジ', romaji: 'jomyoji', district: D.KAMAKURA, weight: 2, postalCode: '248-0003', chome: 6 },
  { name: '十二所', kana: 'ジュウニソウ', romaji: 'junisho', district: D.KAMAKURA, weight: 1, postalCode: '248-0001', chome: 0 },
  { name: '扇ガ谷', kana: 'オウギガヤツ', romaji: 'ogigayatsu', district: D.KAMAKURA, weight: 2, postalCode: '248-0011', chome: 4 },
  { name: '雪ノ下', kana: 'ユキノシタ', romaji: 'yukinoshita', district: D.KAMAKURA, weight: 3, postalCode: '248-0005', chome: 5 },
  { name: '小町', kana: 'コマチ', romaji: 'komachi', district: D.KAMAKURA, weight: 3, postalCode: '248-0006', chome: 3 },
  { name: '御成町', kana: 'オナリマチ', romaji: 'onarimachi', district: D.KAMAKURA, weight: 2, postalCode: '248-0012', chome: 0 },
  { name: '稲村ガ崎', kana: 'イナムラガサキ', romaji: 'inamuragasaki', district: D.KAMAKURA, weight: 2, postalCode: '248-0024', chome: 5, coastal: true },
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

const COASTAL_PLACES = PLACES.filter((place) => place.coastal).map((place) => place.name);
/** Where the city's libraries are (中央図書館 is in 御成町). */
const LIBRARY_PLACES = ['御成町', '腰越', '深沢', '大船', '玉縄'];

// ---------------------------------------------------------------------------
// Group nouns: what follows the place name, and what the group is about
// ---------------------------------------------------------------------------

interface GroupNoun {
  /** Appended to the place name: '合唱団' → '由比ガ浜合唱団', 'の緑を守る会' → '鎌倉山の緑を守る会'. */
  name: string;
  kana: string;
  /** Unique across nouns, so that mail and web domains are unique. */
  slug: string;
  /** The main field: what the name says. */
  field: ActivityField;
  /** Fields such a group plausibly also works in, most likely first. */
  related: readonly ActivityField[];
  /** First sentence of the description; {place} is replaced by the place name. */
  about: string;
  /** Only these organisation types use the noun; unset means the general types. */
  types?: readonly OrganizationType[];
  /** Only these places suit the noun (a beach clean-up needs a beach). */
  onlyAt?: readonly string[];
}

/** Types that can carry any general noun; the others have nouns of their own. */
const GENERAL_TYPES: readonly OrganizationType[] = [
  T.VOLUNTARY_ASSOCIATION,
  T.NPO_CORPORATION,
  T.GENERAL_INCORPORATED_ASSOCIATION,
];

const NOUNS: readonly GroupNoun[] = [
  // 学術・文化・芸術・スポーツ
  { name: '合唱団', kana: 'ガッショウダン', slug: 'gassho', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE, F.CHILD_DEVELOPMENT],
    about: '{place}を拠点に、月2回の練習と年1回の定期演奏会を行う混声合唱団。' },
  { name: 'コーラスの会', kana: 'コーラスノカイ', slug: 'chorus', field: F.CULTURE_ARTS_SPORTS, related: [F.HEALTH_MEDICAL_WELFARE, F.SOCIAL_EDUCATION],
    about: '童謡や唱歌を中心に、{place}周辺の集会所で歌を楽しむ会。' },
  { name: '太鼓保存会', kana: 'タイコホゾンカイ', slug: 'taiko', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}の祭礼で打たれてきた太鼓を保存し、演奏の技を次の世代へ継承している。' },
  { name: '囃子保存会', kana: 'ハヤシホゾンカイ', slug: 'hayashi', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}に伝わる祭り囃子を保存し、祭礼での演奏と後継者の育成に取り組む。' },
  { name: '俳句会', kana: 'ハイクカイ', slug: 'haiku', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE],
    about: '月1回の句会と吟行を通じて、{place}の四季を詠む俳句の会。' },
  { name: '吹奏楽団', kana: 'スイソウガクダン', slug: 'suisogaku', field: F.CULTURE_ARTS_SPORTS, related: [F.HEALTH_MEDICAL_WELFARE, F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT],
    about: '{place}周辺に住む市民が集まり、地域の行事や福祉施設で演奏する吹奏楽団。' },
  { name: '写真クラブ', kana: 'シャシンクラブ', slug: 'photo', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT, F.ENVIRONMENT],
    about: '{place}の風景や行事を撮影し、年1回の写真展で地域の記録を発表している。' },
  { name: '水彩画の会', kana: 'スイサイガノカイ', slug: 'suisai', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE],
    about: '{place}の寺社や海辺を題材に、写生会と作品展を開く水彩画の会。' },
  { name: '歴史探訪の会', kana: 'レキシタンボウノカイ', slug: 'rekishi', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT, F.ENVIRONMENT],
    about: '{place}周辺の史跡や古道を歩き、郷土の歴史を調べて伝える会。' },
  { name: '少年サッカークラブ', kana: 'ショウネンサッカークラブ', slug: 'soccer', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.HEALTH_MEDICAL_WELFARE],
    about: '小学生を対象に、{place}周辺のグラウンドで週末に練習するサッカークラブ。' },
  { name: 'ウォーキングクラブ', kana: 'ウォーキングクラブ', slug: 'walking', field: F.CULTURE_ARTS_SPORTS, related: [F.HEALTH_MEDICAL_WELFARE, F.ENVIRONMENT],
    about: '{place}周辺の散策路を歩き、健康づくりと仲間づくりを進めるクラブ。' },
  { name: '民踊の会', kana: 'ミンヨウノカイ', slug: 'minyo', field: F.CULTURE_ARTS_SPORTS, related: [F.COMMUNITY_DEVELOPMENT, F.HEALTH_MEDICAL_WELFARE],
    about: '盆踊りや民踊を練習し、{place}の夏祭りや福祉施設で披露している。' },
  { name: '朗読の会', kana: 'ロウドクノカイ', slug: 'rodoku', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE],
    about: '鎌倉ゆかりの文学作品を中心に、{place}で朗読会を開いている。' },
  { name: '茶道同好会', kana: 'サドウドウコウカイ', slug: 'sado', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.INTERNATIONAL_COOPERATION],
    about: '{place}の集会所で月2回の稽古を行い、季節の茶会を開く茶道の会。' },
  { name: '将棋クラブ', kana: 'ショウギクラブ', slug: 'shogi', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.HEALTH_MEDICAL_WELFARE],
    about: '子どもから高齢者まで、{place}で毎週将棋を指して交流するクラブ。' },
  { name: '卓球愛好会', kana: 'タッキュウアイコウカイ', slug: 'takkyu', field: F.CULTURE_ARTS_SPORTS, related: [F.HEALTH_MEDICAL_WELFARE],
    about: '{place}周辺の体育館で週2回練習し、市民大会にも参加する卓球の会。' },
  { name: '音楽祭実行委員会', kana: 'オンガクサイジッコウイインカイ', slug: 'ongakusai', field: F.CULTURE_ARTS_SPORTS, related: [F.COMMUNITY_DEVELOPMENT, F.ECONOMIC_ACTIVITY, F.CHILD_DEVELOPMENT],
    about: '{place}で毎秋開く手づくりの音楽祭を、住民と商店の有志で企画・運営している。' },
  { name: '人形劇団', kana: 'ニンギョウゲキダン', slug: 'ningyogeki', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '手づくりの人形で、{place}周辺の保育園や児童館を巡回公演する人形劇団。' },
  { name: '書道会', kana: 'ショドウカイ', slug: 'shodo', field: F.CULTURE_ARTS_SPORTS, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}で子どもと大人の書道教室を開き、年1回の作品展を行う。' },
  { name: '文化振興協会', kana: 'ブンカシンコウキョウカイ', slug: 'bunka-shinko', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.ECONOMIC_ACTIVITY, F.CHILD_DEVELOPMENT],
    types: [T.NPO_CORPORATION, T.GENERAL_INCORPORATED_ASSOCIATION, T.GENERAL_INCORPORATED_FOUNDATION],
    about: '{place}を中心に、演奏会や展覧会の開催と若手芸術家の支援を行っている。' },
  { name: '写真記録室', kana: 'シャシンキロクシツ', slug: 'shashin-kiroku', field: F.CULTURE_ARTS_SPORTS, related: [F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT],
    types: [T.INDIVIDUAL],
    about: '{place}の祭りや街並みを撮り続け、写真で地域の記録を残している個人の活動。' },

  // 子どもの健全育成
  { name: '子ども食堂', kana: 'コドモショクドウ', slug: 'kodomo-shokudo', field: F.CHILD_DEVELOPMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}で月2回、子どもや親子が一緒に食事をとれる食堂を開いている。' },
  { name: '子育てサロン', kana: 'コソダテサロン', slug: 'kosodate-salon', field: F.CHILD_DEVELOPMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.GENDER_EQUALITY, F.COMMUNITY_DEVELOPMENT],
    about: '乳幼児と保護者が気軽に集える子育てサロンを{place}の集会所で開いている。' },
  { name: 'プレーパーク', kana: 'プレーパーク', slug: 'playpark', field: F.CHILD_DEVELOPMENT, related: [F.ENVIRONMENT, F.COMMUNITY_DEVELOPMENT, F.COMMUNITY_SAFETY],
    about: '{place}の緑地で、子どもが自由に遊べる冒険遊び場を月に数回開いている。' },
  { name: '子ども会育成会', kana: 'コドモカイイクセイカイ', slug: 'kodomokai', field: F.CHILD_DEVELOPMENT, related: [F.COMMUNITY_DEVELOPMENT, F.COMMUNITY_SAFETY, F.CULTURE_ARTS_SPORTS],
    about: '{place}の子ども会活動を支え、季節の行事やレクリエーションを企画している。' },
  { name: '読み聞かせの会', kana: 'ヨミキカセノカイ', slug: 'yomikikase', field: F.CHILD_DEVELOPMENT, related: [F.SOCIAL_EDUCATION, F.CULTURE_ARTS_SPORTS],
    about: '{place}周辺の小学校や図書館で、絵本の読み聞かせを続けている。' },
  { name: '学習支援教室', kana: 'ガクシュウシエンキョウシツ', slug: 'gakushu-shien', field: F.CHILD_DEVELOPMENT, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE, F.INTERNATIONAL_COOPERATION],
    about: '{place}で小中学生の放課後の学習を無料で支援している。' },
  { name: '子育てネットワーク', kana: 'コソダテネットワーク', slug: 'kosodate-net', field: F.CHILD_DEVELOPMENT, related: [F.GENDER_EQUALITY, F.HEALTH_MEDICAL_WELFARE, F.INFORMATION_SOCIETY],
    about: '{place}の子育て中の家庭をつなぎ、情報交換会や一時預かりを行っている。' },
  { name: '青少年育成会', kana: 'セイショウネンイクセイカイ', slug: 'seishonen', field: F.CHILD_DEVELOPMENT, related: [F.COMMUNITY_SAFETY, F.CULTURE_ARTS_SPORTS, F.ENVIRONMENT],
    about: '{place}の青少年の健全な育ちを願い、見守り活動やキャンプを行っている。' },
  { name: 'おやこ広場', kana: 'オヤコヒロバ', slug: 'oyako-hiroba', field: F.CHILD_DEVELOPMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.GENDER_EQUALITY],
    about: '未就園児と保護者が遊び、子育ての相談もできる広場を{place}で開いている。' },
  { name: '自然学校', kana: 'シゼンガッコウ', slug: 'shizen-gakko', field: F.CHILD_DEVELOPMENT, related: [F.ENVIRONMENT, F.SOCIAL_EDUCATION, F.SCIENCE_TECHNOLOGY],
    about: '{place}の山や海を舞台に、子どもたちの自然体験プログラムを行っている。' },
  { name: 'ジュニアリーダーズクラブ', kana: 'ジュニアリーダーズクラブ', slug: 'junior-leaders', field: F.CHILD_DEVELOPMENT, related: [F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT],
    about: '中高生が{place}の子ども会行事を手伝い、リーダーとしての力を育てるクラブ。' },
  { name: '放課後クラブ', kana: 'ホウカゴクラブ', slug: 'hokago', field: F.CHILD_DEVELOPMENT, related: [F.COMMUNITY_SAFETY, F.HEALTH_MEDICAL_WELFARE, F.GENDER_EQUALITY],
    about: '{place}の小学生が放課後を安心して過ごせる居場所を運営している。' },
  { name: '子育て支援センター', kana: 'コソダテシエンセンター', slug: 'kosodate-center', field: F.CHILD_DEVELOPMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.GENDER_EQUALITY, F.SOCIAL_EDUCATION],
    types: [T.NPO_CORPORATION, T.GENERAL_INCORPORATED_ASSOCIATION],
    about: '{place}で子育て相談や一時預かり、親子講座を行う子育て支援の拠点を運営している。' },
  { name: 'おはなし工房', kana: 'オハナシコウボウ', slug: 'ohanashi-kobo', field: F.CHILD_DEVELOPMENT, related: [F.CULTURE_ARTS_SPORTS, F.SOCIAL_EDUCATION],
    types: [T.INDIVIDUAL],
    about: '紙芝居と素話で{place}周辺の保育園や子ども会を訪ねる、個人による活動。' },

  // まちづくり
  { name: 'まちづくり協議会', kana: 'マチヅクリキョウギカイ', slug: 'machizukuri-kyogikai', field: F.COMMUNITY_DEVELOPMENT, related: [F.COMMUNITY_SAFETY, F.ENVIRONMENT, F.DISASTER_RELIEF],
    about: '{place}の住民や事業者が集まり、地域の課題を話し合ってまちの将来像を描く協議会。' },
  { name: 'の景観を守る会', kana: 'ノケイカンヲマモルカイ', slug: 'keikan', field: F.COMMUNITY_DEVELOPMENT, related: [F.ENVIRONMENT, F.SOCIAL_EDUCATION, F.CULTURE_ARTS_SPORTS],
    about: '{place}の歴史的な街並みと緑の景観を守るため、調査や勉強会を行っている。' },
  { name: 'まちづくりの会', kana: 'マチヅクリノカイ', slug: 'machizukuri', field: F.COMMUNITY_DEVELOPMENT, related: [F.ECONOMIC_ACTIVITY, F.CULTURE_ARTS_SPORTS, F.INFORMATION_SOCIETY],
    about: '{place}の商店や住民をつなぎ、催しやまち歩きマップづくりを通じてまちの魅力を高めている。' },
  { name: '朝市の会', kana: 'アサイチノカイ', slug: 'asaichi', field: F.COMMUNITY_DEVELOPMENT, related: [F.ECONOMIC_ACTIVITY, F.ENVIRONMENT, F.CONSUMER_PROTECTION],
    about: '{place}で毎月朝市を開き、鎌倉野菜を通じて生産者と住民をつないでいる。' },
  { name: '空き家活用研究会', kana: 'アキヤカツヨウケンキュウカイ', slug: 'akiya', field: F.COMMUNITY_DEVELOPMENT, related: [F.ECONOMIC_ACTIVITY, F.HEALTH_MEDICAL_WELFARE, F.SUPPORT_FOR_CIVIC_ORGANIZATIONS],
    about: '{place}の空き家を地域の居場所や活動拠点として活かす方法を調べ、所有者と使い手をつないでいる。' },
  { name: '夏祭り実行委員会', kana: 'ナツマツリジッコウイインカイ', slug: 'natsumatsuri', field: F.COMMUNITY_DEVELOPMENT, related: [F.CULTURE_ARTS_SPORTS, F.CHILD_DEVELOPMENT, F.COMMUNITY_SAFETY],
    about: '{place}の夏祭りを住民有志で企画・運営している。' },
  { name: '地域通貨の会', kana: 'チイキツウカノカイ', slug: 'chiiki-tsuka', field: F.COMMUNITY_DEVELOPMENT, related: [F.ECONOMIC_ACTIVITY, F.HEALTH_MEDICAL_WELFARE, F.SUPPORT_FOR_CIVIC_ORGANIZATIONS],
    about: '{place}で地域通貨を使った住民同士の助け合いの仕組みを運営している。' },
  { name: 'コミュニティカフェ', kana: 'コミュニティカフェ', slug: 'community-cafe', field: F.COMMUNITY_DEVELOPMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}で誰でも立ち寄れるカフェを開き、世代を超えた交流の場をつくっている。' },
  { name: '花いっぱいの会', kana: 'ハナイッパイノカイ', slug: 'hana', field: F.COMMUNITY_DEVELOPMENT, related: [F.ENVIRONMENT, F.COMMUNITY_SAFETY],
    about: '{place}の駅前や沿道の花壇を手入れし、花のあるまちづくりを進めている。' },
  { name: 'まちづくり協会', kana: 'マチヅクリキョウカイ', slug: 'machizukuri-kyokai', field: F.COMMUNITY_DEVELOPMENT, related: [F.ECONOMIC_ACTIVITY, F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, F.INFORMATION_SOCIETY],
    types: [T.NPO_CORPORATION, T.GENERAL_INCORPORATED_ASSOCIATION],
    about: '{place}の住民・事業者・団体の連携を支え、まちづくりの事業を企画・運営している。' },
  // 自治会・町内会: safety, disaster prevention and clean-ups are their everyday work.
  ...neighbourhoodNouns([
    { name: '町内会', kana: 'チョウナイカイ', slug: 'chonaikai', kind: '町内会' },
    { name: '自治会', kana: 'ジチカイ', slug: 'jichikai', kind: '自治会' },
    { name: '中央自治会', kana: 'チュウオウジチカイ', slug: 'chuo-jichikai', kind: '自治会' },
    { name: '東町内会', kana: 'ヒガシチョウナイカイ', slug: 'higashi-chonaikai', kind: '町内会' },
    { name: '西町内会', kana: 'ニシチョウナイカイ', slug: 'nishi-chonaikai', kind: '町内会' },
    { name: '南自治会', kana: 'ミナミジチカイ', slug: 'minami-jichikai', kind: '自治会' },
    { name: '北自治会', kana: 'キタジチカイ', slug: 'kita-jichikai', kind: '自治会' },
  ]),

  // 保健・医療・福祉
  { name: '見守り隊', kana: 'ミマモリタイ', slug: 'mimamori', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_SAFETY, F.COMMUNITY_DEVELOPMENT, F.DISASTER_RELIEF],
    about: '{place}で一人暮らしの高齢者宅を定期的に訪ね、声かけと見守りを続けている。' },
  { name: '傾聴ボランティア', kana: 'ケイチョウボランティア', slug: 'keicho', field: F.HEALTH_MEDICAL_WELFARE, related: [F.SOCIAL_EDUCATION, F.HUMAN_RIGHTS_PEACE],
    about: '{place}周辺の高齢者施設や自宅を訪ね、話し相手になる傾聴活動を行っている。' },
  { name: 'ふれあいサロン', kana: 'フレアイサロン', slug: 'fureai-salon', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_DEVELOPMENT, F.CULTURE_ARTS_SPORTS],
    about: '{place}の集会所で、高齢者が体操や茶話会を楽しめるサロンを開いている。' },
  { name: '手話サークル', kana: 'シュワサークル', slug: 'shuwa', field: F.HEALTH_MEDICAL_WELFARE, related: [F.HUMAN_RIGHTS_PEACE, F.SOCIAL_EDUCATION],
    about: '手話を学び合い、{place}周辺で聴覚障害のある人との交流会を開いている。' },
  { name: '配食サービスの会', kana: 'ハイショクサービスノカイ', slug: 'haishoku', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_SAFETY, F.COMMUNITY_DEVELOPMENT],
    about: '{place}の高齢者世帯に手づくりの弁当を届け、安否確認も行っている。' },
  { name: '介護者の会', kana: 'カイゴシャノカイ', slug: 'kaigosha', field: F.HEALTH_MEDICAL_WELFARE, related: [F.GENDER_EQUALITY, F.HUMAN_RIGHTS_PEACE, F.SOCIAL_EDUCATION],
    about: '家族を介護する人が{place}で集まり、悩みや情報を分かち合う会。' },
  { name: 'ともに生きる会', kana: 'トモニイキルカイ', slug: 'tomoni', field: F.HEALTH_MEDICAL_WELFARE, related: [F.HUMAN_RIGHTS_PEACE, F.VOCATIONAL_SKILLS_EMPLOYMENT, F.CULTURE_ARTS_SPORTS],
    about: '障害のある人とない人が{place}で共に活動し、地域で暮らし続けられるよう支えている。' },
  { name: '健康体操の会', kana: 'ケンコウタイソウノカイ', slug: 'kenko-taiso', field: F.HEALTH_MEDICAL_WELFARE, related: [F.CULTURE_ARTS_SPORTS, F.COMMUNITY_DEVELOPMENT],
    about: '{place}の公園や集会所で、高齢者向けの健康体操を毎週行っている。' },
  { name: '音訳ボランティア', kana: 'オンヤクボランティア', slug: 'onyaku', field: F.HEALTH_MEDICAL_WELFARE, related: [F.INFORMATION_SOCIETY, F.HUMAN_RIGHTS_PEACE, F.SOCIAL_EDUCATION],
    about: '広報紙や図書を音声に吹き込み、{place}周辺の視覚障害のある人に届けている。' },
  { name: '認知症カフェ', kana: 'ニンチショウカフェ', slug: 'ninchisho-cafe', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '認知症の人と家族、地域の人が気軽に集えるカフェを{place}で月1回開いている。' },
  { name: 'たすけあいの会', kana: 'タスケアイノカイ', slug: 'tasukeai', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_DEVELOPMENT, F.GENDER_EQUALITY],
    about: '{place}で家事の手伝いや外出の付き添いなど、住民同士の有償の助け合いを行っている。' },
  { name: '福祉サポートセンター', kana: 'フクシサポートセンター', slug: 'fukushi-support', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_DEVELOPMENT, F.VOCATIONAL_SKILLS_EMPLOYMENT],
    types: [T.NPO_CORPORATION, T.GENERAL_INCORPORATED_ASSOCIATION],
    about: '{place}で高齢者や障害のある人の生活支援と居場所づくりを行っている。' },
  { name: '福祉会', kana: 'フクシカイ', slug: 'fukushikai', field: F.HEALTH_MEDICAL_WELFARE, related: [F.VOCATIONAL_SKILLS_EMPLOYMENT, F.HUMAN_RIGHTS_PEACE, F.COMMUNITY_DEVELOPMENT],
    types: [T.SOCIAL_WELFARE_CORPORATION],
    about: '{place}で障害のある人の通所施設とグループホームを運営している。' },
  { name: '愛育会', kana: 'アイイクカイ', slug: 'aiikukai', field: F.HEALTH_MEDICAL_WELFARE, related: [F.CHILD_DEVELOPMENT, F.GENDER_EQUALITY],
    types: [T.SOCIAL_WELFARE_CORPORATION],
    about: '{place}で保育園と地域の子育て支援拠点を運営している。' },
  { name: 'あじさい会', kana: 'アジサイカイ', slug: 'ajisaikai', field: F.HEALTH_MEDICAL_WELFARE, related: [F.COMMUNITY_DEVELOPMENT, F.DISASTER_RELIEF],
    types: [T.SOCIAL_WELFARE_CORPORATION],
    about: '{place}で特別養護老人ホームとデイサービスを運営し、地域の高齢者の暮らしを支えている。' },

  // 環境の保全
  { name: '里山保全の会', kana: 'サトヤマホゼンノカイ', slug: 'satoyama', field: F.ENVIRONMENT, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION, F.CULTURE_ARTS_SPORTS],
    about: '{place}の谷戸や里山で下草刈りや竹林の手入れを行い、生きものの暮らす環境を守っている。' },
  { name: '海岸クリーンアップ', kana: 'カイガンクリーンアップ', slug: 'beach-cleanup', field: F.ENVIRONMENT, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT, F.INTERNATIONAL_COOPERATION],
    onlyAt: COASTAL_PLACES,
    about: '{place}の海岸で毎月清掃を行い、漂着ごみの調査結果を発信している。' },
  { name: 'の緑を守る会', kana: 'ノミドリヲマモルカイ', slug: 'midori', field: F.ENVIRONMENT, related: [F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}に残る樹林や緑地の保全を所有者や市に働きかけ、自然観察会も開いている。' },
  { name: '自然観察の会', kana: 'シゼンカンサツノカイ', slug: 'shizen-kansatsu', field: F.ENVIRONMENT, related: [F.SOCIAL_EDUCATION, F.SCIENCE_TECHNOLOGY, F.CHILD_DEVELOPMENT],
    about: '{place}周辺の野鳥や植物を観察し、記録をまとめて公開している。' },
  { name: 'ホタルの会', kana: 'ホタルノカイ', slug: 'hotaru', field: F.ENVIRONMENT, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}の小川でホタルが育つ水辺を守り、初夏に観察会を開いている。' },
  { name: 'の川をきれいにする会', kana: 'ノカワヲキレイニスルカイ', slug: 'kawa', field: F.ENVIRONMENT, related: [F.COMMUNITY_DEVELOPMENT, F.SCIENCE_TECHNOLOGY],
    about: '{place}を流れる川の清掃と水質調査を続けている。' },
  { name: 'ごみ減量の会', kana: 'ゴミゲンリョウノカイ', slug: 'gomi-genryo', field: F.ENVIRONMENT, related: [F.CONSUMER_PROTECTION, F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT],
    about: '{place}で生ごみの堆肥化や分別を勧め、ごみを減らす暮らし方を広めている。' },
  { name: '竹林整備ボランティア', kana: 'チクリンセイビボランティア', slug: 'chikurin', field: F.ENVIRONMENT, related: [F.CULTURE_ARTS_SPORTS, F.ECONOMIC_ACTIVITY],
    about: '{place}周辺の荒れた竹林を整備し、切り出した竹を竹細工や行事に活かしている。' },
  { name: '環境ネットワーク', kana: 'カンキョウネットワーク', slug: 'kankyo-net', field: F.ENVIRONMENT, related: [F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, F.SOCIAL_EDUCATION],
    about: '{place}を中心に活動する環境団体をつなぎ、合同の清掃や学習会を開いている。' },
  { name: 'エネルギーを考える会', kana: 'エネルギーヲカンガエルカイ', slug: 'energy', field: F.ENVIRONMENT, related: [F.SCIENCE_TECHNOLOGY, F.SOCIAL_EDUCATION, F.CONSUMER_PROTECTION],
    about: '{place}で省エネルギーや再生可能エネルギーについての学習会を開いている。' },
  { name: '緑の基金', kana: 'ミドリノキキン', slug: 'midori-kikin', field: F.ENVIRONMENT, related: [F.COMMUNITY_DEVELOPMENT, F.SOCIAL_EDUCATION],
    types: [T.GENERAL_INCORPORATED_FOUNDATION, T.GENERAL_INCORPORATED_ASSOCIATION],
    about: '市民からの寄附をもとに、{place}周辺の緑地の取得と保全を進めている。' },

  // 社会教育
  { name: '市民講座の会', kana: 'シミンコウザノカイ', slug: 'shimin-koza', field: F.SOCIAL_EDUCATION, related: [F.CULTURE_ARTS_SPORTS, F.GENDER_EQUALITY],
    about: '{place}の学習センターで、市民が講師となる教養講座を年間を通じて企画している。' },
  { name: '郷土史研究会', kana: 'キョウドシケンキュウカイ', slug: 'kyodoshi', field: F.SOCIAL_EDUCATION, related: [F.CULTURE_ARTS_SPORTS, F.COMMUNITY_DEVELOPMENT],
    about: '{place}の古文書や聞き取りをもとに郷土の歴史を調べ、冊子にまとめている。' },
  { name: 'こども文庫', kana: 'コドモブンコ', slug: 'bunko', field: F.SOCIAL_EDUCATION, related: [F.CHILD_DEVELOPMENT, F.CULTURE_ARTS_SPORTS],
    about: '{place}の民家を開放し、子どもたちへの本の貸し出しとおはなし会を続けている。' },
  { name: '生涯学習の会', kana: 'ショウガイガクシュウノカイ', slug: 'shogai-gakushu', field: F.SOCIAL_EDUCATION, related: [F.HEALTH_MEDICAL_WELFARE, F.CULTURE_ARTS_SPORTS],
    about: '{place}で高齢者や働く世代が学び合う学習会を定期的に開いている。' },
  { name: 'シニア学びの会', kana: 'シニアマナビノカイ', slug: 'senior-manabi', field: F.SOCIAL_EDUCATION, related: [F.COMMUNITY_DEVELOPMENT, F.HEALTH_MEDICAL_WELFARE],
    about: '退職後の世代が{place}で学び合い、学んだことを地域の活動に活かしている。' },
  { name: '図書館友の会', kana: 'トショカントモノカイ', slug: 'library-tomo', field: F.SOCIAL_EDUCATION, related: [F.CULTURE_ARTS_SPORTS, F.CHILD_DEVELOPMENT],
    onlyAt: LIBRARY_PLACES,
    about: '{place}の図書館を支え、本の修理や講演会の企画を行っている。' },

  // 国際協力
  { name: '国際交流の会', kana: 'コクサイコウリュウノカイ', slug: 'kokusai', field: F.INTERNATIONAL_COOPERATION, related: [F.CULTURE_ARTS_SPORTS, F.HUMAN_RIGHTS_PEACE, F.SOCIAL_EDUCATION],
    about: '{place}で外国籍の住民と地域の人が交流する料理会や文化祭を開いている。' },
  { name: '日本語教室', kana: 'ニホンゴキョウシツ', slug: 'nihongo', field: F.INTERNATIONAL_COOPERATION, related: [F.SOCIAL_EDUCATION, F.HUMAN_RIGHTS_PEACE, F.CHILD_DEVELOPMENT],
    about: '{place}で外国籍の住民に日本語と暮らしの情報を伝えるボランティアの教室。' },
  { name: 'フェアトレードの会', kana: 'フェアトレードノカイ', slug: 'fairtrade', field: F.INTERNATIONAL_COOPERATION, related: [F.CONSUMER_PROTECTION, F.ECONOMIC_ACTIVITY, F.HUMAN_RIGHTS_PEACE],
    about: 'フェアトレード商品の販売と学習会を通じ、途上国の生産者を{place}から応援している。' },
  { name: '海外支援の会', kana: 'カイガイシエンノカイ', slug: 'kaigai-shien', field: F.INTERNATIONAL_COOPERATION, related: [F.CHILD_DEVELOPMENT, F.HUMAN_RIGHTS_PEACE],
    about: 'アジアの子どもたちの就学を支える募金や物資の支援を{place}から続けている。' },
  { name: '多文化共生ネット', kana: 'タブンカキョウセイネット', slug: 'tabunka', field: F.INTERNATIONAL_COOPERATION, related: [F.HUMAN_RIGHTS_PEACE, F.CHILD_DEVELOPMENT, F.SUPPORT_FOR_CIVIC_ORGANIZATIONS],
    about: '{place}周辺で暮らす外国につながる家族の相談に乗り、通訳や情報提供を行っている。' },

  // 地域安全
  { name: '防犯パトロール隊', kana: 'ボウハンパトロールタイ', slug: 'bohan', field: F.COMMUNITY_SAFETY, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT],
    about: '{place}で夕方から夜間の防犯パトロールと、子どもの登下校の見守りを行っている。' },
  { name: '交通安全の会', kana: 'コウツウアンゼンノカイ', slug: 'kotsu-anzen', field: F.COMMUNITY_SAFETY, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT],
    about: '{place}の通学路で交通安全の呼びかけと危険箇所の点検を行っている。' },
  { name: 'あんしんネット', kana: 'アンシンネット', slug: 'anshin', field: F.COMMUNITY_SAFETY, related: [F.COMMUNITY_DEVELOPMENT, F.HEALTH_MEDICAL_WELFARE, F.CHILD_DEVELOPMENT],
    about: '{place}の住民と商店が連携し、子どもや高齢者が安心して歩けるまちをつくっている。' },

  // 人権・平和
  { name: '平和の会', kana: 'ヘイワノカイ', slug: 'heiwa', field: F.HUMAN_RIGHTS_PEACE, related: [F.SOCIAL_EDUCATION, F.CULTURE_ARTS_SPORTS],
    about: '戦争体験の聞き取りや平和を考える朗読会を{place}で続けている。' },
  { name: '人権を考える会', kana: 'ジンケンヲカンガエルカイ', slug: 'jinken', field: F.HUMAN_RIGHTS_PEACE, related: [F.SOCIAL_EDUCATION, F.GENDER_EQUALITY],
    about: '{place}で人権をテーマにした映画会や学習会を開いている。' },
  { name: '戦争体験を語り継ぐ会', kana: 'センソウタイケンヲカタリツグカイ', slug: 'kataritsugu', field: F.HUMAN_RIGHTS_PEACE, related: [F.SOCIAL_EDUCATION, F.CHILD_DEVELOPMENT],
    about: '{place}に住む戦争体験者の証言を記録し、学校での語り部の活動につなげている。' },
  { name: '子どもの権利を考える会', kana: 'コドモノケンリヲカンガエルカイ', slug: 'kodomo-kenri', field: F.HUMAN_RIGHTS_PEACE, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '子どもの権利条約の学習会や子どもの相談活動を{place}で行っている。' },

  // 団体の運営・活動への連絡・助言・援助
  { name: '市民活動ネットワーク', kana: 'シミンカツドウネットワーク', slug: 'shimin-katsudo-net', field: F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, related: [F.COMMUNITY_DEVELOPMENT, F.INFORMATION_SOCIETY],
    about: '{place}周辺の市民活動団体をつなぎ、情報交換会や合同の発表会を開いている。' },
  { name: 'ボランティア連絡会', kana: 'ボランティアレンラクカイ', slug: 'volunteer-renraku', field: F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, related: [F.HEALTH_MEDICAL_WELFARE, F.COMMUNITY_DEVELOPMENT],
    about: '{place}で活動するボランティアグループの連絡調整と、新しい担い手の紹介を行っている。' },
  { name: '市民活動サポート会議', kana: 'シミンカツドウサポートカイギ', slug: 'support-kaigi', field: F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, related: [F.INFORMATION_SOCIETY, F.SOCIAL_EDUCATION, F.ECONOMIC_ACTIVITY],
    about: '{place}の団体に向けて会計や広報の相談会を開き、運営を支えている。' },

  // 男女共同参画
  { name: '女性ネットワーク', kana: 'ジョセイネットワーク', slug: 'josei-net', field: F.GENDER_EQUALITY, related: [F.SOCIAL_EDUCATION, F.VOCATIONAL_SKILLS_EMPLOYMENT, F.HUMAN_RIGHTS_PEACE],
    about: '{place}で女性の社会参加や働き方をテーマにした学習会と交流会を開いている。' },
  { name: '男女共同参画を進める会', kana: 'ダンジョキョウドウサンカクヲススメルカイ', slug: 'danjo', field: F.GENDER_EQUALITY, related: [F.SOCIAL_EDUCATION, F.CHILD_DEVELOPMENT, F.HUMAN_RIGHTS_PEACE],
    about: '{place}で家事や育児、地域での役割を男女で見直す講座を開いている。' },
  { name: 'おやじの会', kana: 'オヤジノカイ', slug: 'oyaji', field: F.GENDER_EQUALITY, related: [F.CHILD_DEVELOPMENT, F.COMMUNITY_DEVELOPMENT],
    about: '{place}の父親たちが集まり、子どもとの遊びや学校行事の手伝いを行っている。' },

  // 災害救援
  { name: '防災ボランティアの会', kana: 'ボウサイボランティアノカイ', slug: 'bosai-volunteer', field: F.DISASTER_RELIEF, related: [F.COMMUNITY_SAFETY, F.COMMUNITY_DEVELOPMENT],
    about: '{place}で防災訓練や避難所運営の研修を行い、被災地の支援にも参加している。' },
  { name: '津波防災を考える会', kana: 'ツナミボウサイヲカンガエルカイ', slug: 'tsunami', field: F.DISASTER_RELIEF, related: [F.COMMUNITY_SAFETY, F.COMMUNITY_DEVELOPMENT],
    onlyAt: COASTAL_PLACES,
    about: '{place}の沿岸で津波避難路の点検と避難訓練を住民とともに行っている。' },
  { name: '災害救援ネット', kana: 'サイガイキュウエンネット', slug: 'saigai-net', field: F.DISASTER_RELIEF, related: [F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, F.COMMUNITY_SAFETY],
    about: '被災地へのボランティア派遣と物資の支援を{place}から続けている。' },

  // 情報化社会
  { name: 'パソコン教室', kana: 'パソコンキョウシツ', slug: 'pasokon', field: F.INFORMATION_SOCIETY, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE],
    about: '{place}で高齢者にパソコンやスマートフォンの使い方を教えている。' },
  { name: '地域情報ネット', kana: 'チイキジョウホウネット', slug: 'chiiki-joho', field: F.INFORMATION_SOCIETY, related: [F.COMMUNITY_DEVELOPMENT, F.SUPPORT_FOR_CIVIC_ORGANIZATIONS],
    about: '{place}の行事や団体の情報をウェブサイトで発信している。' },
  { name: 'シニアネット', kana: 'シニアネット', slug: 'senior-net', field: F.INFORMATION_SOCIETY, related: [F.SOCIAL_EDUCATION, F.COMMUNITY_DEVELOPMENT],
    about: 'シニア世代が{place}でインターネットの活用を学び合い、地域の情報発信を担っている。' },
  { name: '印刷工房', kana: 'インサツコウボウ', slug: 'insatsu-kobo', field: F.INFORMATION_SOCIETY, related: [F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, F.ECONOMIC_ACTIVITY],
    types: [T.COMPANY],
    about: '{place}の小さな印刷会社で、市民活動団体や商店のチラシとウェブサイトづくりを通じて情報発信を支えている。' },

  // 経済活動の活性化
  { name: '地産地消の会', kana: 'チサンチショウノカイ', slug: 'chisan-chisho', field: F.ECONOMIC_ACTIVITY, related: [F.ENVIRONMENT, F.CONSUMER_PROTECTION, F.COMMUNITY_DEVELOPMENT],
    about: '{place}周辺の農家と飲食店をつなぎ、鎌倉野菜の地産地消を進めている。' },
  { name: '商店会', kana: 'ショウテンカイ', slug: 'shotenkai', field: F.ECONOMIC_ACTIVITY, related: [F.COMMUNITY_DEVELOPMENT, F.COMMUNITY_SAFETY, F.CULTURE_ARTS_SPORTS],
    types: [T.OTHER, T.VOLUNTARY_ASSOCIATION],
    about: '{place}の商店主でつくる商店会で、季節の売り出しやまちの催しを企画している。' },
  { name: 'まちづくり企画', kana: 'マチヅクリキカク', slug: 'machi-kikaku', field: F.ECONOMIC_ACTIVITY, related: [F.COMMUNITY_DEVELOPMENT, F.INFORMATION_SOCIETY],
    types: [T.COMPANY],
    about: '{place}の空き店舗を使った催しや、地域の事業者の連携を企画する会社。' },

  // 消費者の保護
  { name: '消費者の会', kana: 'ショウヒシャノカイ', slug: 'shohisha', field: F.CONSUMER_PROTECTION, related: [F.SOCIAL_EDUCATION, F.HEALTH_MEDICAL_WELFARE, F.ENVIRONMENT],
    about: '{place}で悪質商法の被害防止や食の安全についての学習会を開いている。' },
  { name: 'くらしの会', kana: 'クラシノカイ', slug: 'kurashi', field: F.CONSUMER_PROTECTION, related: [F.SOCIAL_EDUCATION, F.ENVIRONMENT],
    about: '{place}で暮らしに役立つ商品テストや家計の学習会を続けている。' },

  // 職業能力・雇用機会
  { name: '就労支援の会', kana: 'シュウロウシエンノカイ', slug: 'shuro-shien', field: F.VOCATIONAL_SKILLS_EMPLOYMENT, related: [F.HEALTH_MEDICAL_WELFARE, F.HUMAN_RIGHTS_PEACE],
    about: '{place}で障害のある人や若者の就労体験と職場への定着を支えている。' },
  { name: 'しごと応援団', kana: 'シゴトオウエンダン', slug: 'shigoto', field: F.VOCATIONAL_SKILLS_EMPLOYMENT, related: [F.GENDER_EQUALITY, F.SOCIAL_EDUCATION],
    about: '{place}で子育て中の人や中高年の再就職に向けた講座と相談会を開いている。' },

  // 科学技術
  { name: '科学クラブ', kana: 'カガククラブ', slug: 'kagaku', field: F.SCIENCE_TECHNOLOGY, related: [F.CHILD_DEVELOPMENT, F.SOCIAL_EDUCATION],
    about: '{place}で子ども向けの実験教室やものづくり教室を開いている。' },
  { name: '天文同好会', kana: 'テンモンドウコウカイ', slug: 'tenmon', field: F.SCIENCE_TECHNOLOGY, related: [F.SOCIAL_EDUCATION, F.CHILD_DEVELOPMENT, F.ENVIRONMENT],
    about: '{place}周辺で月例の星空観察会を開き、天文の知識を広めている。' },
];

/** Second sentence of a description: the group's other fields, as activities. */
const SECONDARY_ACTIVITY: Record<ActivityField, string> = {
  HEALTH_MEDICAL_WELFARE: '高齢者や障害のある人の居場所づくり',
  SOCIAL_EDUCATION: '学習会や講座の開催',
  COMMUNITY_DEVELOPMENT: 'まちの行事への協力',
  TOURISM: '来訪者への案内',
  RURAL_DEVELOPMENT: '農山漁村との交流',
  CULTURE_ARTS_SPORTS: '祭りや文化行事への参加',
  ENVIRONMENT: '周辺の清掃や緑の保全',
  DISASTER_RELIEF: '防災訓練への参加と災害時の支援',
  COMMUNITY_SAFETY: '子どもや高齢者の見守り',
  HUMAN_RIGHTS_PEACE: '人権や平和を考える学習会',
  INTERNATIONAL_COOPERATION: '外国籍の住民との交流',
  GENDER_EQUALITY: '男女がともに参加しやすい運営',
  CHILD_DEVELOPMENT: '子どもたちの体験活動',
  INFORMATION_SOCIETY: 'ウェブサイトやSNSでの情報発信',
  SCIENCE_TECHNOLOGY: '科学に親しむ体験教室',
  ECONOMIC_ACTIVITY: '地元の商店や農家との連携',
  VOCATIONAL_SKILLS_EMPLOYMENT: '就労体験の受け入れ',
  CONSUMER_PROTECTION: '消費生活に関する啓発',
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 'ほかの団体への運営の助言',
  PREFECTURAL_ORDINANCE: '県の条例で定める活動',
};

// ---------------------------------------------------------------------------
// People and numbers (all fictional)
// ---------------------------------------------------------------------------

interface NamePart {
  name: string;
  kana: string;
  romaji: string;
}

const SURNAMES: readonly NamePart[] = [
  { name: '佐藤', kana: 'サトウ', romaji: 'sato' }, { name: '鈴木', kana: 'スズキ', romaji: 'suzuki' },
  { name: '高橋', kana: 'タカハシ', romaji: 'takahashi' }, { name: '田中', kana: 'タナカ', romaji: 'tanaka' },
  { name: '伊藤', kana: 'イトウ', romaji: 'ito' }, { name: '渡辺', kana: 'ワタナベ', romaji: 'watanabe' },
  { name: '山本', kana: 'ヤマモト', romaji: 'yamamoto' }, { name: '中村', kana: 'ナカムラ', romaji: 'nakamura' },
  { name: '小林', kana: 'コバヤシ', romaji: 'kobayashi' }, { name: '加藤', kana: 'カトウ', romaji: 'kato' },
  { name: '吉田', kana: 'ヨシダ', romaji: 'yoshida' }, { name: '山田', kana: 'ヤマダ', romaji: 'yamada' },
  { name: '佐々木', kana: 'ササキ', romaji: 'sasaki' }, { name: '松本', kana: 'マツモト', romaji: 'matsumoto' },
  { name: '井上', kana: 'イノウエ', romaji: 'inoue' }, { name: '木村', kana: 'キムラ', romaji: 'kimura' },
  { name: '清水', kana: 'シミズ', romaji: 'shimizu' }, { name: '林', kana: 'ハヤシ', romaji: 'hayashi' },
  { name: '斎藤', kana: 'サイトウ', romaji: 'saito' }, { name: '森', kana: 'モリ', romaji: 'mori' },
  { name: '石井', kana: 'イシイ', romaji: 'ishii' }, { name: '池田', kana: 'イケダ', romaji: 'ikeda' },
  { name: '橋本', kana: 'ハシモト', romaji: 'hashimoto' }, { name: '石川', kana: 'イシカワ', romaji: 'ishikawa' },
  { name: '前田', kana: 'マエダ', romaji: 'maeda' }, { name: '小川', kana: 'オガワ', romaji: 'ogawa' },
  { name: '岡田', kana: 'オカダ', romaji: 'okada' }, { name: '長谷川', kana: 'ハセガワ', romaji: 'hasegawa' },
  { name: '藤井', kana: 'フジイ', romaji: 'fujii' }, { name: '村上', kana: 'ムラカミ', romaji: 'murakami' },
  { name: '近藤', kana: 'コンドウ', romaji: 'kondo' }, { name: '青木', kana: 'アオキ', romaji: 'aoki' },
  { name: '内田', kana: 'ウチダ', romaji: 'uchida' }, { name: '三浦', kana: 'ミウラ', romaji: 'miura' },
  { name: '大野', kana: 'オオノ', romaji: 'ono' }, { name: '星野', kana: 'ホシノ', romaji: 'hoshino' },
];

const GIVEN_NAMES: readonly NamePart[] = [
  { name: '花子', kana: 'ハナコ', romaji: 'hanako' }, { name: '恵子', kana: 'ケイコ', romaji: 'keiko' },
  { name: '洋子', kana: 'ヨウコ', romaji: 'yoko' }, { name: '裕子', kana: 'ユウコ', romaji: 'yuko' },
  { name: '美智子', kana: 'ミチコ', romaji: 'michiko' }, { name: '和子', kana: 'カズコ', romaji: 'kazuko' },
  { name: '幸子', kana: 'サチコ', romaji: 'sachiko' }, { name: '真理子', kana: 'マリコ', romaji: 'mariko' },
  { name: '由美', kana: 'ユミ', romaji: 'yumi' }, { name: '直美', kana: 'ナオミ', romaji: 'naomi' },
  { name: '久美子', kana: 'クミコ', romaji: 'kumiko' }, { name: '典子', kana: 'ノリコ', romaji: 'noriko' },
  { name: '明美', kana: 'アケミ', romaji: 'akemi' }, { name: '麻衣', kana: 'マイ', romaji: 'mai' },
  { name: '綾', kana: 'アヤ', romaji: 'aya' }, { name: '千尋', kana: 'チヒロ', romaji: 'chihiro' },
  { name: '太郎', kana: 'タロウ', romaji: 'taro' }, { name: '一郎', kana: 'イチロウ', romaji: 'ichiro' },
  { name: '健一', kana: 'ケンイチ', romaji: 'kenichi' }, { name: '誠', kana: 'マコト', romaji: 'makoto' },
  { name: '浩', kana: 'ヒロシ', romaji: 'hiroshi' }, { name: '茂', kana: 'シゲル', romaji: 'shigeru' },
  { name: '清', kana: 'キヨシ', romaji: 'kiyoshi' }, { name: '隆', kana: 'タカシ', romaji: 'takashi' },
  { name: '修', kana: 'オサム', romaji: 'osamu' }, { name: '勝', kana: 'マサル', romaji: 'masaru' },
  { name: '正人', kana: 'マサト', romaji: 'masato' }, { name: '大輔', kana: 'ダイスケ', romaji: 'daisuke' },
  { name: '健太', kana: 'ケンタ', romaji: 'kenta' }, { name: '和夫', kana: 'カズオ', romaji: 'kazuo' },
  { name: '昭', kana: 'アキラ', romaji: 'akira' }, { name: '進', kana: 'ススム', romaji: 'susumu' },
];

/** Legal forms that did not exist when the center opened. */
const LEGAL_FORM_SINCE: Partial<Record<OrganizationType, string>> = {
  NPO_CORPORATION: '1998-12-01',
  GENERAL_INCORPORATED_ASSOCIATION: '2008-12-01',
  GENERAL_INCORPORATED_FOUNDATION: '2008-12-01',
};

/** Members per organisation type; neighbourhood associations count member households. */
const MEMBER_RANGE: Record<OrganizationType, [number, number]> = {
  VOLUNTARY_ASSOCIATION: [3, 80],
  NPO_CORPORATION: [10, 150],
  NEIGHBORHOOD_ASSOCIATION: [80, 300],
  GENERAL_INCORPORATED_ASSOCIATION: [8, 80],
  GENERAL_INCORPORATED_FOUNDATION: [5, 30],
  SOCIAL_WELFARE_CORPORATION: [30, 200],
  COMPANY: [3, 30],
  // The individual plus the friends who help.
  INDIVIDUAL: [3, 5],
  OTHER: [15, 60],
};

/** Chance of publishing an email, a phone number and a website: legal persons nearly always do. */
const PUBLICITY: Record<OrganizationType, { email: number; phone: number; website: number }> = {
  VOLUNTARY_ASSOCIATION: { email: 0.6, phone: 0.35, website: 0.25 },
  NPO_CORPORATION: { email: 1, phone: 0.9, website: 0.85 },
  NEIGHBORHOOD_ASSOCIATION: { email: 0.5, phone: 0.4, website: 0.2 },
  GENERAL_INCORPORATED_ASSOCIATION: { email: 1, phone: 0.9, website: 0.9 },
  GENERAL_INCORPORATED_FOUNDATION: { email: 1, phone: 1, website: 1 },
  SOCIAL_WELFARE_CORPORATION: { email: 1, phone: 1, website: 1 },
  COMPANY: { email: 1, phone: 1, website: 1 },
  INDIVIDUAL: { email: 0.5, phone: 0, website: 0.5 },
  OTHER: { email: 0.8, phone: 0.8, website: 0.5 },
};

const PRIVATE_MAIL_DOMAINS = ['mail.example.jp', 'post.example.jp', 'kamakura-net.example.jp'];
/** Local exchange numbers after the 0467 area code. */
const KAMAKURA_EXCHANGES = ['22', '23', '24', '25', '31', '32', '33', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '50'];
const MOBILE_PREFIXES = ['090', '080', '070'];
const DIRECTIONS = ['東', '西', '南', '北', '中央'];
/** When a place already has a group of this kind, real groups number themselves. */
const ORDINALS: readonly { name: string; kana: string; suffix: string }[] = [
  { name: '第二', kana: 'ダイニ', suffix: '2' },
  { name: '第三', kana: 'ダイサン', suffix: '3' },
];

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

type Rng = () => number;

interface GroupDraft {
  type: OrganizationType;
  noun: GroupNoun;
  place: Place;
  name: string;
  nameKana: string;
  slug: string;
}

export function buildDemoGroups(): DemoGroup[] {
  const rng = seededRandom(SEED);
  const types = shuffle(rng, expandCounts(ORGANIZATION_TYPE_COUNTS));
  if (types.length !== DEMO_GROUP_COUNT) throw new Error(`organisation type counts add up to ${types.length}, not ${DEMO_GROUP_COUNT}`);
  const nouns = chooseNouns(rng, types);
  const drafts = nameGroups(rng, types, nouns);
  const fields = assignFields(rng, drafts);
  const dates = chooseDates(rng, types);
  const takenMails = new Set<string>();

  const groups = drafts.map((draft, i) => ({
    draft,
    fields: fields[i],
    dates: dates[i],
    districts: chooseDistricts(rng, draft),
    memberCount: chooseMemberCount(rng, draft.type),
    contact: choosePublicContact(rng, draft),
    privateContact: choosePrivateContact(rng, draft.place, takenMails),
  }));

  // Indices follow registration order, as the center's registration numbers would.
  const byRegistration = groups
    .map((group, draftIndex) => ({ group, draftIndex }))
    .sort((a, b) => compareStrings(a.group.dates.registeredOn, b.group.dates.registeredOn) || a.draftIndex - b.draftIndex);

  return byRegistration.map(({ group }, index) => ({
    id: demoGroupId(index),
    index,
    name: group.draft.name,
    nameKana: group.draft.nameKana,
    organizationType: group.draft.type,
    activityFields: group.fields,
    districts: group.districts,
    description: describe(group.draft, group.fields),
    foundedOn: group.dates.foundedOn,
    memberCount: group.memberCount,
    ...group.contact,
    registeredOn: group.dates.registeredOn,
    privateContact: group.privateContact,
  }));
}

/**
 * Picks each group's noun, and with it its main field. Types with nouns of their own
 * (neighbourhood associations, welfare corporations, …) choose first, so that the
 * main-field budget left over is what the general types share.
 */
function chooseNouns(rng: Rng, types: readonly OrganizationType[]): GroupNoun[] {
  const mainLeft: Partial<Record<ActivityField, number>> = { ...MAIN_FIELD_COUNTS };
  const nouns: (GroupNoun | undefined)[] = new Array(types.length);
  const take = (field: ActivityField) => {
    const left = mainLeft[field] ?? 0;
    if (left <= 0) throw new Error(`no main-field budget left for ${field}`);
    mainLeft[field] = left - 1;
  };

  // The few corporations, companies and individuals should not all share one noun.
  const used = new Set<GroupNoun>();
  types.forEach((type, i) => {
    if (GENERAL_TYPES.includes(type)) return;
    const affordable = nounsFor(type).filter((candidate) => (mainLeft[candidate.field] ?? 0) > 0);
    const fresh = affordable.filter((candidate) => !used.has(candidate));
    const noun = pick(rng, fresh.length > 0 ? fresh : affordable);
    take(noun.field);
    used.add(noun);
    nouns[i] = noun;
  });

  const mainFields = shuffle(rng, expandCounts(mainLeft));
  types.forEach((type, i) => {
    if (!GENERAL_TYPES.includes(type)) return;
    const field = mainFields.pop();
    if (!field) throw new Error('main-field budget does not cover every group');
    take(field);
    nouns[i] = pick(rng, nounsFor(type).filter((candidate) => candidate.field === field));
  });

  return nouns.map((noun) => {
    if (!noun) throw new Error('a group was left without a noun');
    return noun;
  });
}

function nounsFor(type: OrganizationType): GroupNoun[] {
  return NOUNS.filter((noun) => (noun.types ? noun.types.includes(type) : GENERAL_TYPES.includes(type)));
}

/** Place + noun, unique across all groups; a place is chosen in proportion to its weight. */
function nameGroups(rng: Rng, types: readonly OrganizationType[], nouns: readonly GroupNoun[]): GroupDraft[] {
  const taken = new Set<string>();
  return nouns.map((noun, i) => {
    const places = weightedOrder(
      rng,
      PLACES.filter((place) => suits(place, noun)),
    );
    for (const ordinal of [null, ...ORDINALS]) {
      for (const place of places) {
        const name = place.name + (ordinal?.name ?? '') + noun.name;
        if (taken.has(name)) continue;
        taken.add(name);
        return {
          type: types[i],
          noun,
          place,
          name,
          nameKana: place.kana + (ordinal?.kana ?? '') + noun.kana,
          slug: `${place.romaji}-${noun.slug}${ordinal ? `-${ordinal.suffix}` : ''}`,
        };
      }
    }
    throw new Error(`no unique name left for ${noun.name}`);
  });
}

function suits(place: Place, noun: GroupNoun): boolean {
  if (noun.onlyAt && !noun.onlyAt.includes(place.name)) return false;
  // '小町町内会' reads wrongly; towns ending in 町 have 自治会.
  if (place.name.endsWith('町') && noun.name.includes('町内会')) return false;
  // A one-character place merges with a direction into another word ('台' + '南' = 台南).
  if (place.name.length === 1 && DIRECTIONS.some((direction) => noun.name.startsWith(direction))) return false;
  return true;
}

/**
 * Adds secondary fields until every field has exactly its published count. Each field
 * goes to the groups whose noun lists it as related (a choir also works with children),
 * preferring groups with few fields so far; a little noise keeps similar groups apart.
 */
function assignFields(rng: Rng, drafts: readonly GroupDraft[]): ActivityField[][] {
  const fieldSets = drafts.map((draft) => new Set<ActivityField>([draft.noun.field]));
  const fieldOrder = Object.values(ActivityField);
  // Some groups do one thing, others list every field they touch.
  const appetite = drafts.map(() => APPETITE_SPREAD * rng());

  for (const field of fieldOrder) {
    const have = fieldSets.filter((set) => set.has(field)).length;
    const need = FIELD_COUNTS[field] - have;
    if (need < 0) throw new Error(`${field} already has ${have} main-field groups, more than ${FIELD_COUNTS[field]}`);
    const ranked = drafts
      .map((draft, i) => ({ i, score: relatedness(draft, field) + appetite[i] - CROWDING * fieldSets[i].size + NOISE * rng() }))
      .filter(({ i }) => !fieldSets[i].has(field) && fieldSets[i].size < MAX_FIELDS)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    if (ranked.length < need) throw new Error(`not enough groups can take ${field}`);
    for (const { i } of ranked.slice(0, need)) fieldSets[i].add(field);
  }

  return fieldSets.map((set) => fieldOrder.filter((field) => set.has(field)));
}

function relatedness(draft: GroupDraft, field: ActivityField): number {
  const rank = draft.noun.related.indexOf(field);
  return rank < 0 ? 0 : (RELATEDNESS_BY_RANK[rank] ?? 1.5);
}

interface GroupDates {
  foundedOn: string;
  registeredOn: string;
}

/**
 * 146 groups registered in the center's first half-year (FY1998); the rest spread over
 * FY1999–FY2019. Legal forms that did not exist yet cannot be among the early ones:
 * NPO corporations date from December 1998, general incorporated ones from December 2008.
 */
function chooseDates(rng: Rng, types: readonly OrganizationType[]): GroupDates[] {
  const earlyCandidates = types
    .map((type, i) => ({ type, i }))
    .filter(({ type }) => !LEGAL_FORM_SINCE[type])
    .map(({ i }) => i);
  const early = new Set(shuffle(rng, earlyCandidates).slice(0, FY1998_REGISTRATIONS));
  if (early.size !== FY1998_REGISTRATIONS) throw new Error('too few groups can have registered in FY1998');

  return types.map((type, i) => {
    const formSince = LEGAL_FORM_SINCE[type];
    const registeredFrom = early.has(i) ? CENTER_OPENED : laterOf(FY1999_START, formSince ?? FY1999_START);
    const registered = intBetween(rng, dayNumber(registeredFrom), dayNumber(early.has(i) ? FY1998_END : FY2019_END));
    const earliest = dayNumber(laterOf(FOUNDED_FROM, formSince ?? FOUNDED_FROM));
    const latest = Math.min(registered, dayNumber(FOUNDED_UNTIL));
    return { foundedOn: formatDay(chooseFounding(rng, type, earliest, latest)), registeredOn: formatDay(registered) };
  });
}

function chooseFounding(rng: Rng, type: OrganizationType, earliest: number, latest: number): number {
  // Neighbourhood associations are old: most date from the housing developments of the 1970s–80s.
  if (type === T.NEIGHBORHOOD_ASSOCIATION) return earliest + Math.floor(rng() * rng() * (latest - earliest));
  // Most groups register within a few years of starting; some after decades.
  const founded = latest - Math.round(25 * rng() * rng() * 365.25);
  // A legal form younger than that means the group incorporated later; pick a day the form existed.
  return founded >= earliest ? founded : intBetween(rng, earliest, latest);
}

function chooseDistricts(rng: Rng, draft: GroupDraft): District[] {
  const home = draft.place.district;
  if (draft.type === T.NEIGHBORHOOD_ASSOCIATION) return [home];
  const roll = rng();
  const extra = roll < 0.75 ? 0 : roll < 0.93 ? 1 : 2;
  const others = shuffle(
    rng,
    Object.values(District).filter((district) => district !== home),
  );
  return [home, ...others.slice(0, extra)];
}

function chooseMemberCount(rng: Rng, type: OrganizationType): number {
  const [min, max] = MEMBER_RANGE[type];
  // Skewed towards the small end: most groups are a handful of regulars.
  return min + Math.floor(rng() * rng() * (max - min + 1));
}


function choosePublicContact(rng: Rng, draft: GroupDraft): Pick<DemoGroup, 'publicEmail' | 'publicPhone' | 'website'> {
  const odds = PUBLICITY[draft.type];
  const domain = `${draft.slug}.example.jp`;
  const email = rng() < odds.email ? `info@${domain}` : null;
  const phone = rng() < odds.phone ? landline(rng) : null;
  const website = rng() < odds.website ? `https://${domain}` : null;
  return { publicEmail: email, publicPhone: phone, website };
}

function choosePrivateContact(rng: Rng, place: Place, takenMails: Set<string>): DemoGroup['privateContact'] {
  const surname = pick(rng, SURNAMES);
  const given = pick(rng, GIVEN_NAMES);
  const domain = pick(rng, PRIVATE_MAIL_DOMAINS);
  let email = `${given.romaji}.${surname.romaji}@${domain}`;
  for (let n = 2; takenMails.has(email); n++) email = `${given.romaji}.${surname.romaji}${n}@${domain}`;
  takenMails.add(email);
  const phone = rng() < 0.65 ? `${pick(rng, MOBILE_PREFIXES)}-${digits(rng, 4)}-${digits(rng, 4)}` : landline(rng);
  return {
    representativeName: `${surname.name} ${given.name}`,
    representativeNameKana: `${surname.kana} ${given.kana}`,
    email,
    phone,
    postalCode: place.postalCode,
    address: `鎌倉市${place.town ?? place.name}${houseNumber(rng, place)}`,
  };
}

function houseNumber(rng: Rng, place: Place): string {
  if (place.chome === 0) return `${intBetween(rng, 1, 1500)}-${intBetween(rng, 1, 20)}`;
  return `${intBetween(rng, 1, place.chome)}-${intBetween(rng, 1, 30)}-${intBetween(rng, 1, 25)}`;
}

function landline(rng: Rng): string {
  return `0467-${pick(rng, KAMAKURA_EXCHANGES)}-${digits(rng, 4)}`;
}

function describe(draft: GroupDraft, fields: readonly ActivityField[]): string {
  const about = draft.noun.about.replaceAll('{place}', draft.place.name);
  const activities = fields.filter((field) => field !== draft.noun.field).map((field) => SECONDARY_ACTIVITY[field]);
  if (activities.length === 0) return about;
  // Several activities already contain 'や', so the list itself is joined with '、'.
  return `${about}また、${activities.join('、')}にも取り組んでいる。`;
}

function neighbourhoodNouns(variants: readonly { name: string; kana: string; slug: string; kind: string }[]): GroupNoun[] {
  return variants.map((variant) => ({
    name: variant.name,
    kana: variant.kana,
    slug: variant.slug,
    field: F.COMMUNITY_DEVELOPMENT,
    related: [F.COMMUNITY_SAFETY, F.DISASTER_RELIEF, F.ENVIRONMENT, F.HEALTH_MEDICAL_WELFARE, F.CHILD_DEVELOPMENT],
    types: [T.NEIGHBORHOOD_ASSOCIATION],
    about: `{place}の住民でつくる${variant.kind}で、回覧板での情報共有や夏祭りなどの行事を担っている。`,
  }));
}

// ---------------------------------------------------------------------------
// Small deterministic helpers
// ---------------------------------------------------------------------------

function expandCounts<K extends string>(counts: Partial<Record<K, number>>): K[] {
  return (Object.entries(counts) as [K, number][]).flatMap(([key, count]) => new Array<K>(count).fill(key));
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('nothing to pick from');
  return items[Math.floor(rng() * items.length)];
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** A random order in which heavier places tend to come first (Efraimidis–Spirakis keys). */
function weightedOrder(rng: Rng, places: readonly Place[]): Place[] {
  return places
    .map((place, i) => ({ place, i, key: Math.pow(rng(), 1 / place.weight) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .map(({ place }) => place);
}

function digits(rng: Rng, length: number): string {
  return String(Math.floor(rng() * 10 ** length)).padStart(length, '0');
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
