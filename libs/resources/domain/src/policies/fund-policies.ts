import { definePolicy } from '@tsunagaru/shared-kernel';

/** The fund's secretariat as subject: the department that keeps the fund, or none while unset. */
export interface FundSubject {
  secretariatDepartmentId: string | null;
}

/**
 * 市民活動支援基金. The department that keeps the fund (事務局, 地域のつながり推進課) records
 * what arrives and alone sees who gave it; everyone sees the amounts and the statement. No app
 * acts for the fund (no scope).
 */
export const fundPolicies = {
  recordDonation: definePolicy<FundSubject>(
    'fund.recordDonation',
    { denial: "Only the staff of the fund's secretariat may record donations." },
    (caller, { secretariatDepartmentId }) => caller.isStaffOfDepartment(secretariatDepartmentId),
  ),

  /** 寄附者の氏名・連絡先: personal data of donors. */
  readDonorIdentity: definePolicy<FundSubject>(
    'fund.readDonorIdentity',
    { denial: "Only the staff of the fund's secretariat may see who donated." },
    (caller, { secretariatDepartmentId }) => caller.isStaffOfDepartment(secretariatDepartmentId),
  ),
};
