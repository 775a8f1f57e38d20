import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Agreement,
  AgreementPartyTerms,
  AgreementResult,
  AgreementSignature,
  AgreementVersion,
  CityChallenge,
  Consultation,
  Evaluation,
  EvaluationScore,
  Proposal,
  ProposalTransition,
} from '@tsunagaru/collaboration-domain';
import { isUuid } from '@tsunagaru/shared-kernel';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';
import { createProposalPageLoader } from './proposal-page-loader';

/** A version of an agreement, as loaders key it. */
export interface VersionKey {
  agreementId: string;
  version: number;
}

const versionKey = (key: VersionKey) => `${key.agreementId}:${key.version}`;

/** Rows of `entity` for many parents in one `WHERE column IN (…)`, grouped by parent, in the order given. */
function childrenLoader<T extends object>(
  em: EntityManager,
  entity: new () => T,
  column: keyof T & string,
  parentOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const wellFormed = [...new Set(ids.filter(isUuid))];
    const rows = wellFormed.length > 0 ? await em.find(entity, { [column]: { $in: wellFormed } } as never, { orderBy: orderBy as never }) : [];
    const byParent = new Map<string, T[]>();
    for (const row of rows) byParent.set(parentOf(row), [...(byParent.get(parentOf(row)) ?? []), row]);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function createCollaborationLoaders(em: EntityManager) {
  return {
    proposal: createIdLoader(em, Proposal),
    /** Group.proposals (市民提案): visible ones only, a page per group, one statement per batch. */
    proposalsOfGroup: createProposalPageLoader(em, 'proposer'),
    /** Group.collaborations: proposals the group is a party to, as proposer or partner. */
    collaborationsOfGroup: createProposalPageLoader(em, 'party'),
    /** Department.proposals: proposals it made or is responsible for. */
    proposalsOfDepartment: createProposalPageLoader(em, 'department'),
    /** Proposal.history: every move, oldest first; a proposal moves at most eight times. */
    historyOfProposal: childrenLoader(em, ProposalTransition, 'proposalId', (row) => row.proposalId, { at: 'asc', id: 'asc' }),
    consultationsOfProposal: createChildPageLoader(em, { entity: Consultation, parentColumn: 'proposal_id' }),
    challenge: createIdLoader(em, CityChallenge),
    challengesOfDepartment: createChildPageLoader(em, { entity: CityChallenge, parentColumn: 'department_id' }),
    agreement: createIdLoader(em, Agreement),
    agreementOfProposal: new DataLoader<string, Agreement | null>(async (ids) => {
      const wellFormed = [...new Set(ids.filter(isUuid))];
      const rows = wellFormed.length > 0 ? await em.find(Agreement, { proposalId: { $in: wellFormed } }) : [];
      const byProposal = new Map(rows.map((row) => [row.proposalId!, row]));
      return ids.map((id) => byProposal.get(id) ?? null);
    }),
    /** One version of an agreement (the current one for Agreement.terms), for many agreements at once. */
    version: new DataLoader<VersionKey, AgreementVersion | null, string>(
      async (keys) => {
        const wanted = keys.filter((key) => isUuid(key.agreementId));
        const rows =
          wanted.length > 0
            ? await em.find(AgreementVersion, { $or: wanted.map((key) => ({ agreement: key.agreementId, version: key.version })) })
            : [];
        const byKey = new Map(rows.map((row) => [versionKey({ agreementId: row.agreement.id, version: row.version }), row]));
        return keys.map((key) => byKey.get(versionKey(key)) ?? null);
      },
      { cacheKeyFn: versionKey },
    ),
    /** Every party's roles and share in a version, in the agreement's order. */
    partyTermsOfVersion: childrenLoader(em, AgreementPartyTerms, 'agreementVersionId', (row) => row.agreementVersionId, { position: 'asc' }),
    versionsOfAgreement: createChildPageLoader(em, { entity: AgreementVersion, parentColumn: 'agreement_id' }),
    /** Signatures on one version of each agreement asked for. */
    signaturesOfVersion: new DataLoader<VersionKey, AgreementSignature[], string>(
      async (keys) => {
        const wanted = keys.filter((key) => isUuid(key.agreementId));
        const rows =
          wanted.length > 0
            ? await em.find(AgreementSignature, { $or: wanted.map((key) => ({ agreementId: key.agreementId, version: key.version })) }, { orderBy: { signedAt: 'asc', id: 'asc' } })
            : [];
        const byKey = new Map<string, AgreementSignature[]>();
        for (const row of rows) {
          const key = versionKey({ agreementId: row.agreementId, version: row.version });
          byKey.set(key, [...(byKey.get(key) ?? []), row]);
        }
        return keys.map((key) => byKey.get(versionKey(key)) ?? []);
      },
      { cacheKeyFn: versionKey },
    ),
    /** Agreement.evaluations: all of them for whoever may read unpublished ones, the published ones for everyone else. */
    evaluationsOfAgreement: createChildPageLoader<Evaluation, boolean>(em, {
      entity: Evaluation,
      parentColumn: 'agreement_id',
      filter: {
        key: (includeUnpublished) => (includeUnpublished ? 'all' : 'published'),
        sql: (alias, includeUnpublished) => (includeUnpublished ? null : { sql: `${alias}.published_at is not null`, params: [] }),
      },
    }),
    scoresOfEvaluation: childrenLoader(em, EvaluationScore, 'evaluationId', (row) => row.evaluationId, { criterion: 'asc' }),
    resultsOfAgreement: createChildPageLoader(em, { entity: AgreementResult, parentColumn: 'agreement_id' }),
  };
}

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;
export type CollaborationContext = RequestContext<CollaborationLoaders>;
