/**
 * Scopes a delegated credential (an NPO app acting for one group) can be granted. Each
 * policy that an app may pass names the one scope it needs; a policy that names none is
 * never open to delegated credentials.
 */
export const SCOPES = [
  /** See the group's own record while it is not (or no longer) registered. */
  'group:read',
  /** Read the group's private data: the representative's contact, a rejection reason. */
  'group:read-private',
  /** Change the group's public profile. */
  'group:write',
  /** Book venues for the group and cancel its bookings. */
  'venues:book',
  /** Enrol the group in training programmes. */
  'training:enroll',
  /** See the group's own training enrolments. */
  'training:read',
  /** See the group's own mutual-proposal proposals (相互提案) while they are drafts or under review. */
  'proposals:read',
  /** Write, submit and withdraw the group's own proposals. */
  'proposals:write',
  /** Apply for grants (補助金の申請) for the group. */
  'grants:apply',
  /** Answer surveys (アンケートへの回答) for the group. */
  'surveys:answer',
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
