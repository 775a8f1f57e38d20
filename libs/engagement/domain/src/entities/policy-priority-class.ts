/**
 * 施策の分類: the priority class the guideline prints next to each measure (section 6).
 * II is split into 【II-ア】 and 【II-イ】, mapped to II_A and II_B.
 */
export enum PolicyPriorityClass {
  I = 'I',
  II_A = 'II_A',
  II_B = 'II_B',
  III = 'III',
}

/** The guideline's own wording of each class (section 6, 分類・説明). */
export const POLICY_PRIORITY_CLASS_LABELS: Record<PolicyPriorityClass, string> = {
  I: 'I（重点施策）: 優先度が高く、短期的（1～2年）に実施していくもの',
  II_A: 'II-ア: 優先度がやや高く、中期的（3～5年）に実施していくもの',
  II_B: 'II-イ: 現状の取り組みを継続しながら、充実を図るもの',
  III: 'III: 十分に検討しながら、段階的に実施していくもの',
};
