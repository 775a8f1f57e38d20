/** 研修の形式: how a training programme is held. */
export enum TrainingFormat {
  LECTURE = 'LECTURE',
  WORKSHOP = 'WORKSHOP',
  INTERNSHIP = 'INTERNSHIP',
  EXPERT_CONSULTATION = 'EXPERT_CONSULTATION',
}

export const TRAINING_FORMAT_LABELS: Record<TrainingFormat, string> = {
  LECTURE: '講座',
  WORKSHOP: 'ワークショップ',
  INTERNSHIP: 'インターンシップ',
  EXPERT_CONSULTATION: '専門相談',
};
