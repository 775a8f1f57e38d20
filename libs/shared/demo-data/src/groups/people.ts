/** Names of the demo groups' representatives: common Japanese names, all fictional people. */
export interface NamePart {
  name: string;
  kana: string;
  romaji: string;
}

export const SURNAMES: readonly NamePart[] = [
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

export const GIVEN_NAMES: readonly NamePart[] = [
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
