/**
 * City departments (市の部局) used by the demo data. The directory subgraph owns the
 * records; other subgraphs refer to them by the ids derived from these codes.
 */
export interface DemoDepartment {
  code: string;
  name: string;
  nameKana: string;
  /** English name shown to non-Japanese readers. */
  nameEn: string;
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { code: 'community-connection', name: '市民生活部 地域のつながり推進課', nameKana: 'シミンセイカツブ チイキノツナガリスイシンカ', nameEn: 'Civic Life Dept., Community Connection Division' },
  { code: 'management-planning', name: '共創計画部', nameKana: 'キョウソウケイカクブ', nameEn: 'Co-creation Planning Dept.' },
  { code: 'general-affairs', name: '総務部', nameKana: 'ソウムブ', nameEn: 'General Affairs Dept.' },
  { code: 'health-welfare', name: '健康福祉部', nameKana: 'ケンコウフクシブ', nameEn: 'Health and Welfare Dept.' },
  { code: 'children-future', name: 'こどもみらい部', nameKana: 'コドモミライブ', nameEn: "Children's Future Dept." },
  { code: 'environment', name: '環境部', nameKana: 'カンキョウブ', nameEn: 'Environment Dept.' },
  { code: 'urban-planning', name: 'まちづくり計画部', nameKana: 'マチヅクリケイカクブ', nameEn: 'Urban Planning Dept.' },
  { code: 'urban-landscape', name: '都市景観部', nameKana: 'トシケイカンブ', nameEn: 'Urban Landscape Dept.' },
  { code: 'disaster-safety', name: '防災安全部', nameKana: 'ボウサイアンゼンブ', nameEn: 'Disaster Prevention and Safety Dept.' },
  { code: 'culture-human-rights', name: '市民生活部 文化人権課', nameKana: 'シミンセイカツブ ブンカジンケンカ', nameEn: 'Civic Life Dept., Culture and Human Rights Division' },
  { code: 'tourism-commerce', name: '市民生活部 観光課', nameKana: 'シミンセイカツブ カンコウカ', nameEn: 'Civic Life Dept., Tourism Division' },
  { code: 'education', name: '教育委員会 教育部', nameKana: 'キョウイクイインカイ キョウイクブ', nameEn: 'Board of Education' },
];
