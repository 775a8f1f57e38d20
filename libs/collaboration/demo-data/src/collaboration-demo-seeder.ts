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
  ProgrammeOffice,
  Proposal,
  ProposalTransition,
} from '@tsunagaru/collaboration-domain';
import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { buildDemoCollaboration } from './demo-collaboration';

/**
 * The demo of the mutual-proposal programme: the guideline's history (75 proposals of
 * FY2007–FY2019, 35 carried out, each with its agreement, consultations and published
 * evaluations), the projects that continued, the departments' own projects and commissions,
 * and this year's pipeline around the day the seed runs (see buildDemoCollaboration).
 */
export const collaborationDemoSeeder: DemoSeeder = {
  async seed(em: EntityManager) {
    const demo = buildDemoCollaboration(new Date());
    const now = new Date();
    await em.insertMany(ProgrammeOffice, [{ singleton: true, secretariatDepartmentId: demo.secretariatDepartmentId, updatedAt: now, updatedBy: null }]);
    await em.insertMany(CityChallenge, demo.challenges);
    await em.insertMany(Proposal, demo.proposals as never[]);
    await em.insertMany(ProposalTransition, demo.transitions);
    await em.insertMany(Consultation, demo.consultations);
    await em.insertMany(Agreement, demo.agreements as never[]);
    await em.insertMany(AgreementVersion, demo.versions as never[]);
    await em.insertMany(AgreementPartyTerms, demo.partyTerms as never[]);
    await em.insertMany(AgreementSignature, demo.signatures);
    await em.insertMany(AgreementResult, demo.results as never[]);
    // Scores of a published evaluation cannot be written (the database refuses), so evaluations
    // go in unpublished, then their scores, then each is published as it was on its day.
    await em.insertMany(Evaluation, demo.evaluations.map((evaluation) => ({ ...evaluation, publishedAt: null, publishedBy: null })));
    await em.insertMany(EvaluationScore, demo.scores);
    const published = demo.evaluations.filter((evaluation) => evaluation.publishedAt !== null);
    if (published.length > 0) {
      await em.getConnection().execute(
        `update evaluation set published_at = v.published_at::timestamptz, published_by = v.published_by
           from (values ${published.map(() => '(?::uuid, ?, ?)').join(', ')}) as v (id, published_at, published_by)
          where evaluation.id = v.id`,
        published.flatMap((evaluation) => [evaluation.id, evaluation.publishedAt!.toISOString(), evaluation.publishedBy]),
        'run',
        em.getTransactionContext(),
      );
    }
    return (
      1 +
      demo.challenges.length +
      demo.proposals.length +
      demo.transitions.length +
      demo.consultations.length +
      demo.agreements.length +
      demo.versions.length +
      demo.partyTerms.length +
      demo.signatures.length +
      demo.results.length +
      demo.evaluations.length +
      demo.scores.length
    );
  },
};
