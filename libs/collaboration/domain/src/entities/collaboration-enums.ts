/** 協働事業の経緯: where a collaboration project (協定) came from. */
export enum AgreementOrigin {
  /** 相互提案協働事業: an adopted mutual proposal. */
  MUTUAL_PROPOSAL = 'MUTUAL_PROPOSAL',
  /** 担当課の協働事業: a department's own collaboration project (各課が独自で行っている協働事業). */
  DEPARTMENT_PROJECT = 'DEPARTMENT_PROJECT',
  /** 委託: a city commission to a group (市民活動団体等への委託事業). */
  COMMISSION = 'COMMISSION',
}

/** 協定の状態 */
export enum AgreementStatus {
  /** 協議中: terms being agreed; not every party has signed the current version. */
  NEGOTIATING = 'NEGOTIATING',
  /** 締結: every party signed the current version; terms are public. */
  ACTIVE = 'ACTIVE',
  /** 実施中: the project is being carried out. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 終了: closed after its final evaluations were published. */
  COMPLETED = 'COMPLETED',
}

/** 協定当事者の種別: who can be a party to an agreement. */
export enum AgreementPartyKind {
  /** 担当課: the responsible city department. */
  DEPARTMENT = 'DEPARTMENT',
  /** 市民活動団体等: a group carrying out the project. */
  GROUP = 'GROUP',
  /** 中間支援組織 (or the collaboration coordinator, 協働コーディネーター, it provides): an optional supporting party. */
  INTERMEDIARY = 'INTERMEDIARY',
}

/** 評価の視点: the three views every evaluation is made from (6(7)エ: including a third party's). */
export enum EvaluationView {
  /** 担当課による評価 */
  DEPARTMENT = 'DEPARTMENT',
  /** 団体による評価 */
  GROUP = 'GROUP',
  /** 第三者評価: the promotion committee or a reviewer it appointed. */
  THIRD_PARTY = 'THIRD_PARTY',
}

/** 評価項目: the criteria of 5(2)エ and 6(7)エ. */
export enum EvaluationCriterion {
  /** 目的の達成度 */
  GOAL_ACHIEVEMENT = 'GOAL_ACHIEVEMENT',
  /** 役割分担 */
  ROLE_SHARING = 'ROLE_SHARING',
  /** 情報の共有度 */
  INFORMATION_SHARING = 'INFORMATION_SHARING',
  /** 協働の経過（プロセス） */
  PROCESS = 'PROCESS',
  /** 地域への効果 */
  COMMUNITY_EFFECT = 'COMMUNITY_EFFECT',
}

/** 今後の方向性: what the evaluation recommends next (3(3): continued, handed over, commissioned, ended). */
export enum EvaluationOutcome {
  /** 継続 */
  CONTINUE = 'CONTINUE',
  /** 拡充 */
  EXPAND = 'EXPAND',
  /** 見直し */
  REVISE = 'REVISE',
  /** 終了 */
  END = 'END',
  /** 市の委託事業として継続 */
  CONTINUE_AS_CITY_COMMISSION = 'CONTINUE_AS_CITY_COMMISSION',
  /** 団体の自主事業として継続 */
  CONTINUE_BY_GROUP_ALONE = 'CONTINUE_BY_GROUP_ALONE',
  /** 他団体との事業として継続 */
  CONTINUE_WITH_OTHER_GROUPS = 'CONTINUE_WITH_OTHER_GROUPS',
}

export const AGREEMENT_ORIGIN_LABELS: Record<AgreementOrigin, string> = {
  MUTUAL_PROPOSAL: '相互提案協働事業',
  DEPARTMENT_PROJECT: '担当課の協働事業',
  COMMISSION: '委託',
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  NEGOTIATING: '協議中',
  ACTIVE: '締結',
  IN_PROGRESS: '実施中',
  COMPLETED: '終了',
};

export const AGREEMENT_PARTY_KIND_LABELS: Record<AgreementPartyKind, string> = {
  DEPARTMENT: '担当課',
  GROUP: '市民活動団体等',
  INTERMEDIARY: '中間支援組織・協働コーディネーター',
};

export const EVALUATION_VIEW_LABELS: Record<EvaluationView, string> = {
  DEPARTMENT: '担当課による評価',
  GROUP: '団体による評価',
  THIRD_PARTY: '第三者評価（推進委員会・評価委員）',
};

export const EVALUATION_CRITERION_LABELS: Record<EvaluationCriterion, string> = {
  GOAL_ACHIEVEMENT: '目的の達成度',
  ROLE_SHARING: '役割分担',
  INFORMATION_SHARING: '情報の共有度',
  PROCESS: '協働の経過（プロセス）',
  COMMUNITY_EFFECT: '地域への効果',
};

export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, string> = {
  CONTINUE: '継続',
  EXPAND: '拡充',
  REVISE: '見直し',
  END: '終了',
  CONTINUE_AS_CITY_COMMISSION: '市の委託事業として継続',
  CONTINUE_BY_GROUP_ALONE: '団体の自主事業として継続',
  CONTINUE_WITH_OTHER_GROUPS: '他団体との事業として継続',
};
