/** Intermediary support organisations (中間支援組織) in the demo data. */
export interface DemoIntermediary {
  code: string;
  name: string;
  nameKana: string;
  description: string;
  website: string | null;
}

export const DEMO_INTERMEDIARIES: readonly DemoIntermediary[] = [
  {
    code: 'civic-activity-center',
    name: '鎌倉市市民活動センター',
    nameKana: 'カマクラシシミンカツドウセンター',
    description:
      '市民活動団体の登録、相談、情報提供、団体間の交流を担う中間支援組織。鎌倉センターと大船センターの2館を指定管理者が運営する。',
    website: 'https://example.jp/kamakura-shimin-katsudo',
  },
  {
    code: 'social-welfare-council',
    name: '鎌倉市社会福祉協議会',
    nameKana: 'カマクラシシャカイフクシキョウギカイ',
    description: '地域福祉を推進する社会福祉法人。福祉分野の市民活動や地域の支え合いを支援する。',
    website: 'https://example.jp/kamakura-shakyo',
  },
  {
    code: 'volunteer-center',
    // Spelt as the guideline (section 2) and the centre itself write it: かまくら in hiragana, no 市.
    name: 'かまくらボランティアセンター',
    nameKana: 'カマクラボランティアセンター',
    description: 'ボランティアをしたい人と必要とする人をつなぐ。社会福祉協議会が運営する。',
    website: null,
  },
];
