import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate, yen, yenIssue, type Yen, type IssueCollector } from '@tsunagaru/shared-kernel';
import { AgreementPartyKind } from '../entities';
import type { AgreementPartyKey } from '../policies';
import { sql } from '@tsunagaru/shared-persistence';

/** One party's part as a client writes it: roles and responsibilities, one item each, and its budget share. */
export interface AgreementPartyTermsInput {
  kind: AgreementPartyKind;
  id: string;
  roles?: string[] | null;
  budgetShare?: Yen | null;
}

/** The four principles of 5(2) as terms: purpose, roles, risks, budget split; plus period and deliverables. */
export interface AgreementTermsInput {
  purpose?: string | null;
  riskSharing?: string | null;
  deliverables?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  /** Parties not listed keep their roles and share. */
  parties?: AgreementPartyTermsInput[] | null;
}

export interface PartyTerms extends AgreementPartyKey {
  roles: string[];
  budgetShare: Yen;
}

export interface AgreementTerms {
  purpose: string;
  riskSharing: string;
  deliverables: string;
  startsOn: string;
  endsOn: string;
  parties: PartyTerms[];
}

/** Names of the terms a revision can change, as `AgreementVersion.changedFields` lists them. */
export type TermName = 'purpose' | 'riskSharing' | 'deliverables' | 'period' | 'roles' | 'budget';

export const MAX_ROLES_PER_PARTY = 20;

const partyKey = (party: AgreementPartyKey) => `${party.kind}:${party.id}`;

/** The terms after a patch, each problem reported on the input field that caused it. */
export function mergeTerms(base: AgreementTerms, patch: AgreementTermsInput, issues: IssueCollector): AgreementTerms {
  issues.text('purpose', patch.purpose, 4000, patch.purpose !== undefined);
  issues.text('riskSharing', patch.riskSharing, 4000, false);
  issues.text('deliverables', patch.deliverables, 4000, false);
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (patch[field] != null && !isCalendarDate(patch[field])) issues.add(field, 'INVALID_FORMAT', `${field} is not a date.`);
  }
  const startsOn = patch.startsOn ?? base.startsOn;
  const endsOn = patch.endsOn ?? base.endsOn;
  if (isCalendarDate(startsOn) && isCalendarDate(endsOn) && endsOn < startsOn) issues.add('endsOn', 'INVALID_RANGE', 'endsOn must not be before startsOn.');

  const byKey = new Map(base.parties.map((party) => [partyKey(party), { ...party, roles: [...party.roles] }]));
  const seen = new Set<string>();
  (patch.parties ?? []).forEach((party, index) => {
    const key = partyKey(party);
    const current = byKey.get(key);
    if (!current) {
      issues.add(['parties', String(index), 'id'], 'NOT_A_PARTY', 'This is not a party to the agreement.');
      return;
    }
    if (seen.has(key)) issues.add(['parties', String(index)], 'DUPLICATE', 'Each party is listed once.');
    seen.add(key);
    if (party.roles != null) {
      const roles = party.roles.map((role) => role.trim()).filter((role) => role.length > 0);
      if (roles.length > MAX_ROLES_PER_PARTY) issues.add(['parties', String(index), 'roles'], 'TOO_MANY', `At most ${MAX_ROLES_PER_PARTY} roles per party.`);
      else if (roles.some((role) => role.length > 500)) issues.add(['parties', String(index), 'roles'], 'TOO_LONG', 'A role is written in at most 500 characters.');
      current.roles = roles;
    }
    if (party.budgetShare != null) {
      const issue = yenIssue(['parties', String(index), 'budgetShare'], party.budgetShare, 'non-negative');
      if (issue) issues.add(issue.field, issue.code, issue.message);
      else current.budgetShare = yen(party.budgetShare);
    }
  });
  return {
    purpose: patch.purpose?.trim() ?? base.purpose,
    riskSharing: patch.riskSharing === undefined ? base.riskSharing : (patch.riskSharing?.trim() ?? ''),
    deliverables: patch.deliverables === undefined ? base.deliverables : (patch.deliverables?.trim() ?? ''),
    startsOn,
    endsOn,
    parties: base.parties.map((party) => byKey.get(partyKey(party))!),
  };
}

/** What differs between two versions' terms. */
export function changedTerms(before: AgreementTerms, after: AgreementTerms): TermName[] {
  const changed: TermName[] = [];
  if (before.purpose !== after.purpose) changed.push('purpose');
  if (before.riskSharing !== after.riskSharing) changed.push('riskSharing');
  if (before.deliverables !== after.deliverables) changed.push('deliverables');
  if (before.startsOn !== after.startsOn || before.endsOn !== after.endsOn) changed.push('period');
  const roles = (terms: AgreementTerms) => JSON.stringify(terms.parties.map((party) => party.roles));
  const budget = (terms: AgreementTerms) => JSON.stringify(terms.parties.map((party) => party.budgetShare));
  if (roles(before) !== roles(after)) changed.push('roles');
  if (budget(before) !== budget(after)) changed.push('budget');
  return changed;
}

/** Blank terms for the given parties: no roles yet, nothing to pay. */
export function blankPartyTerms(parties: readonly AgreementPartyKey[]): PartyTerms[] {
  return parties.map((party) => ({ ...party, roles: [], budgetShare: yen(0) }));
}

export interface VersionRecord {
  agreementId: string;
  version: number;
  terms: AgreementTerms;
  changeSummary: string;
  changedFields: readonly string[];
  author: { subject: string; name: string | null };
  at: Date;
}

/** Writes one version with every party's terms, inside the caller's transaction. */
export async function writeAgreementVersion(em: EntityManager, record: VersionRecord): Promise<string> {
  const versionId = randomUUID();
  const { terms } = record;
  await sql(
    em,
    `insert into agreement_version (id, agreement_id, version, based_on_version, purpose, risk_sharing, deliverables, starts_on, ends_on,
                                    change_summary, changed_fields, created_at, created_by, created_by_name)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array[?]::text[], ?, ?, ?)`,
    [
      versionId,
      record.agreementId,
      record.version,
      record.version === 1 ? null : record.version - 1,
      terms.purpose,
      terms.riskSharing,
      terms.deliverables,
      terms.startsOn,
      terms.endsOn,
      record.changeSummary,
      [...record.changedFields],
      record.at,
      record.author.subject,
      record.author.name,
    ],
  );
  const rows = terms.parties.map((party, position) => ({ party, position }));
  if (rows.length > 0) {
    await sql(
      em,
      `insert into agreement_party_terms (id, agreement_version_id, party_kind, party_id, roles, budget_share, position)
       values ${rows.map(() => '(?, ?, ?, ?, array[?]::text[], ?, ?)').join(', ')}`,
      rows.flatMap(({ party, position }) => [randomUUID(), versionId, party.kind, party.id, party.roles, party.budgetShare, position]),
    );
  }
  return versionId;
}

/** Which kinds of party a client may name, as the API spells them. */
export const PARTY_KINDS: readonly AgreementPartyKind[] = Object.values(AgreementPartyKind);
