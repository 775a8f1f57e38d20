/** 研修の対象: who a training programme is for (guideline 6 (4) and 6 (7) ア). */
export enum TrainingAudience {
  YOUNG_STAFF = 'YOUNG_STAFF',
  MID_CAREER_STAFF = 'MID_CAREER_STAFF',
  MANAGERIAL_STAFF = 'MANAGERIAL_STAFF',
  CITIZENS = 'CITIZENS',
}

export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  YOUNG_STAFF: '若手職員',
  MID_CAREER_STAFF: '中堅職員',
  MANAGERIAL_STAFF: '管理職',
  CITIZENS: '市民',
};
