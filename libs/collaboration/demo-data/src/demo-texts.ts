import { EvaluationCriterion } from '@tsunagaru/collaboration-domain';

/** Words the demo agreements, consultations and evaluations are written in. */

export const DEPARTMENT_ROLES = [
  '広報かまくら・市ホームページでの周知',
  '会場と備品の確保',
  '関係機関・庁内各課との調整',
  '事業費（市負担分）の支出と執行管理',
];

export const LEAD_GROUP_ROLES = ['事業の企画と当日の運営', '参加者の募集と受付', '活動記録と実施報告の作成'];

export const PARTNER_GROUP_ROLES = ['活動の担い手（スタッフ）の派遣', '専門的な知識と経験の提供'];

export const INTERMEDIARY_ROLES = ['団体間の連絡調整と相談対応', '協働コーディネーターによる協議の進行支援'];

export const RISK_SHARING =
  '活動中の事故は市民活動補償制度の対象とし、対象とならない損害は当事者で協議して負担を決める。' +
  '荒天などによる中止は団体が判断し、速やかに担当課へ連絡する。個人情報は当事者それぞれが責任を持って管理する。';

export const DELIVERABLES = '年度ごとの実施報告書、参加者アンケートの集計、活動の記録写真。';

export const REVISION_SUMMARIES = [
  '第1回協議の結果、団体の役割に活動記録の作成を加え、費用負担を見直した。',
  '会場の都合で実施計画を見直し、市と団体の費用負担を改めた。',
  '参加者の見込みが増えたため、団体の役割を分け、事業費の配分を見直した。',
];

export const CONSULTATION_NOTES = [
  { notes: '協定案について、役割分担と費用負担を確認した。広報の時期と方法を話し合った。', nextSteps: '団体が実施計画の修正案を作る。市は会場を仮押さえする。' },
  { notes: '前半の実施状況を共有した。参加者の声から、開催時間帯を見直すことにした。', nextSteps: '後半の日程を調整し、次回協議で確認する。' },
  { notes: '一年間の振り返りを行い、成果と課題を整理した。評価の進め方を確認した。', nextSteps: '各自で評価シートを作成し、推進委員会の第三者評価に備える。' },
];

export const CONSULTATION_PARTICIPANTS = ['担当課 担当者', '担当課 係長', '団体 代表', '団体 事務局'];

type Band = 2 | 3 | 4 | 5;

/** A comment for a score, per criterion: what an evaluation sheet would say. */
export const SCORE_COMMENTS: Record<EvaluationCriterion, Record<Band, string>> = {
  GOAL_ACHIEVEMENT: {
    5: '目標とした実施回数と参加者数を上回った。',
    4: '目標はおおむね達成できた。',
    3: '一部の目標は達成できなかったが、手応えは得られた。',
    2: '目標の達成には課題が残った。',
  },
  ROLE_SHARING: {
    5: '互いの強みを生かした役割分担ができた。',
    4: '役割分担はおおむね機能した。',
    3: '役割があいまいな場面があり、協議で補った。',
    2: '役割分担が十分に機能せず、負担が偏った。',
  },
  INFORMATION_SHARING: {
    5: '定期的な協議で情報が十分に共有された。',
    4: '必要な情報はおおむね共有できた。',
    3: '連絡が遅れる場面があった。',
    2: '情報共有の仕組みが不足していた。',
  },
  PROCESS: {
    5: '目的を共有し、対等な立場で協議を重ねられた。',
    4: '協議の進め方はおおむね適切だった。',
    3: '協議の時間が十分に取れない時期があった。',
    2: '合意形成に時間がかかり、実施が遅れた。',
  },
  COMMUNITY_EFFECT: {
    5: '地域に新しいつながりが生まれ、活動の担い手も増えた。',
    4: '参加者の関心が高まり、地域への効果が見られた。',
    3: '効果は一部の地域にとどまった。',
    2: '地域への効果は限定的だった。',
  },
};

export const EVALUATION_SUMMARIES = {
  yearly: '初年度の取組として、協働の基盤ができた。次年度は参加者層を広げることを課題とする。',
  final: '協働事業として所期の目的をおおむね達成した。事業の成果を今後の展開につなげる。',
};

export const RESULT_SUMMARIES = [
  '講座と現地での活動を計画どおり実施し、参加者アンケートでは9割が満足と回答した。',
  '実施回数を増やし、新たに参加した市民が次年度の担い手として加わった。',
  '関係団体との連携が広がり、活動地域が市内の他の地区にも広がった。',
];
