import type { Scope } from './scopes';

/**
 * What a group may let a registered NPO app (API クライアント) do for it: the scopes a
 * group grants when it registers an app. Each names a task in the guideline's words and
 * stands for the token scopes (`scopes.ts`) the policies check, so one grant covers a task's
 * reads and writes and an app's token never names more than its group granted.
 */
export enum ApiScope {
  READ_PRIVATE_DATA = 'READ_PRIVATE_DATA',
  UPDATE_PROFILE = 'UPDATE_PROFILE',
  BOOK_VENUES = 'BOOK_VENUES',
  ENROL_IN_TRAINING = 'ENROL_IN_TRAINING',
  APPLY_FOR_GRANTS = 'APPLY_FOR_GRANTS',
  SUBMIT_PROPOSALS = 'SUBMIT_PROPOSALS',
  ANSWER_SURVEYS = 'ANSWER_SURVEYS',
}

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  [ApiScope.READ_PRIVATE_DATA]:
    "団体の非公開情報の閲覧: read the group's private data (代表者連絡先, a rejection reason, its own training enrolments, its proposals under review).",
  [ApiScope.UPDATE_PROFILE]: '団体情報の更新: update the group\'s public profile.',
  [ApiScope.BOOK_VENUES]: '活動の場の予約: book venues for the group and cancel its bookings.',
  [ApiScope.ENROL_IN_TRAINING]: '研修への申込: enrol the group in training programmes (研修) and see its enrolments.',
  [ApiScope.APPLY_FOR_GRANTS]: '補助金の申請: apply for grants for the group.',
  [ApiScope.SUBMIT_PROPOSALS]: '相互提案の提出: write, submit and withdraw the group\'s mutual proposals (相互提案協働事業).',
  [ApiScope.ANSWER_SURVEYS]: 'アンケートへの回答: answer surveys for the group.',
};

/** The token scopes each grant stands for. */
export const API_SCOPE_TOKEN_SCOPES: Readonly<Record<ApiScope, readonly Scope[]>> = Object.freeze({
  [ApiScope.READ_PRIVATE_DATA]: ['group:read', 'group:read-private', 'training:read', 'proposals:read'],
  [ApiScope.UPDATE_PROFILE]: ['group:read', 'group:write'],
  [ApiScope.BOOK_VENUES]: ['venues:book'],
  [ApiScope.ENROL_IN_TRAINING]: ['training:enroll', 'training:read'],
  [ApiScope.APPLY_FOR_GRANTS]: ['grants:apply'],
  [ApiScope.SUBMIT_PROPOSALS]: ['proposals:read', 'proposals:write'],
  [ApiScope.ANSWER_SURVEYS]: ['surveys:answer'],
});

export const API_SCOPES: readonly ApiScope[] = Object.values(ApiScope);

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}

/** The token scopes a set of grants gives, each once, in a stable order. */
export function tokenScopesOf(grants: readonly ApiScope[]): Scope[] {
  const scopes = new Set<Scope>();
  for (const grant of [...grants].sort()) for (const scope of API_SCOPE_TOKEN_SCOPES[grant] ?? []) scopes.add(scope);
  return [...scopes];
}

/** The grants a token's scopes cover in full (what `viewer.scopes` shows an app). */
export function apiScopesCoveredBy(scopes: readonly Scope[]): ApiScope[] {
  return API_SCOPES.filter((grant) => API_SCOPE_TOKEN_SCOPES[grant].every((scope) => scopes.includes(scope)));
}
