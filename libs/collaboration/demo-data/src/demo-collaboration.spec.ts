import { describe, expect, it } from 'vitest';
import { fiscalYearOf, todayInJapan } from '@tsunagaru/shared-kernel';
import { buildDemoGroups } from '@tsunagaru/shared-demo-data';
import { buildDemoCollaboration, type DemoCollaboration } from './demo-collaboration';

const groups = buildDemoGroups();
const groupsById = new Map(groups.map((group) => [group.id, group]));
// A day in FY2026, as the house standard has it, and one early in a fiscal year.
const NOW = new Date('2026-11-20T03:00:00Z');
const EARLY = new Date('2027-04-10T03:00:00Z');
const demo = buildDemoCollaboration(NOW, groups);
const today = todayInJapan(NOW);
const day = (instant: Date) => todayInJapan(instant);

function sequenceOf(data: DemoCollaboration, proposalId: string) {
  return data.transitions.filter((row) => row.proposalId === proposalId).sort((a, b) => a.at.getTime() - b.at.getTime());
}

describe('buildDemoCollaboration', () => {
  it('keeps the history of FY2007–FY2019 as the guideline gives it, and adds this year only', () => {
    const history = demo.proposals.filter((proposal) => proposal.fiscalYear <= 2019);
    expect(history).toHaveLength(75);
    expect(history.filter((proposal) => proposal.status === 'COMPLETED')).toHaveLength(35);
    const later = demo.proposals.filter((proposal) => proposal.fiscalYear > 2019);
    expect(new Set(later.map((proposal) => proposal.fiscalYear))).toEqual(new Set([fiscalYearOf(today)]));
    expect(new Set(later.map((proposal) => proposal.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'AGREED', 'IMPLEMENTED', 'NOT_ADOPTED', 'WITHDRAWN']),
    );
  });

  it('tells every history in order: each move starts where the one before ended, nothing after today', () => {
    for (const proposal of demo.proposals) {
      const moves = sequenceOf(demo, proposal.id);
      expect(moves[0], proposal.title).toMatchObject({ fromStatus: null, toStatus: 'DRAFT' });
      for (let i = 1; i < moves.length; i += 1) {
        expect(moves[i].fromStatus, proposal.title).toBe(moves[i - 1].toStatus);
        expect(moves[i].at.getTime(), proposal.title).toBeGreaterThan(moves[i - 1].at.getTime());
      }
      expect(moves.at(-1)!.toStatus, proposal.title).toBe(proposal.status);
      expect(day(moves.at(-1)!.at) <= today, proposal.title).toBe(true);
      expect(proposal.version, proposal.title).toBe(moves.length);
      for (const move of moves) if (['NOT_ADOPTED', 'WITHDRAWN'].includes(move.toStatus)) expect(move.reason, proposal.title).toBeTruthy();
      if (proposal.submittedOn) expect(fiscalYearOf(proposal.submittedOn)).toBe(proposal.fiscalYear);
    }
  });

  it('completes every project carried out: agreement revised to version 2 and signed by every party, consultations, yearly results, final evaluations from three views', () => {
    for (const proposal of demo.proposals.filter((candidate) => candidate.status === 'COMPLETED')) {
      const agreement = demo.agreements.find((row) => row.proposalId === proposal.id)!;
      expect(agreement, proposal.title).toMatchObject({ status: 'COMPLETED', version: 2, origin: 'MUTUAL_PROPOSAL' });
      const parties = 1 + agreement.groupIds.length + (agreement.intermediaryId ? 1 : 0);
      expect(demo.signatures.filter((row) => row.agreementId === agreement.id && row.version === 2)).toHaveLength(parties);
      expect(demo.versions.filter((row) => row.agreement === agreement.id).map((row) => row.version)).toEqual([1, 2]);
      expect(demo.consultations.filter((row) => row.proposalId === proposal.id).length).toBeGreaterThanOrEqual(2);
      const years = fiscalYearOf(agreement.endsOn) - fiscalYearOf(agreement.startsOn) + 1;
      expect(demo.results.filter((row) => row.agreementId === agreement.id)).toHaveLength(years);
      const evaluations = demo.evaluations.filter((row) => row.agreementId === agreement.id);
      expect(evaluations).toHaveLength(3 * years);
      expect(evaluations.every((row) => row.publishedAt !== null && day(row.publishedAt) < day(agreement.completedAt!))).toBe(true);
      expect(new Set(evaluations.filter((row) => row.final).map((row) => row.view))).toEqual(new Set(['DEPARTMENT', 'GROUP', 'THIRD_PARTY']));
      expect(agreement.groupIds.every((id) => groupsById.has(id))).toBe(true);
      expect(agreement.activatedAt!.getTime()).toBeLessThan(agreement.startedAt!.getTime());
    }
    expect(demo.scores).toHaveLength(demo.evaluations.length * 5);
    expect(demo.scores.every((row) => row.score >= 1 && row.score <= 5 && row.comment.length > 0)).toBe(true);
  });

  it('lists the projects that continued, the departments\' own and the commissions, with a result for every year up to last year', () => {
    const others = demo.agreements.filter((row) => row.origin !== 'MUTUAL_PROPOSAL');
    expect(new Set(others.map((row) => row.origin))).toEqual(new Set(['DEPARTMENT_PROJECT', 'COMMISSION']));
    for (const agreement of others.filter((row) => row.status === 'IN_PROGRESS')) {
      const years = demo.results.filter((row) => row.agreementId === agreement.id).map((row) => row.fiscalYear);
      expect(years).toEqual(Array.from({ length: fiscalYearOf(today) - fiscalYearOf(agreement.startsOn) }, (_, i) => fiscalYearOf(agreement.startsOn) + i));
    }
    expect(others.some((row) => row.status === 'NEGOTIATING')).toBe(true);
  });

  it('has a challenge open today, and proposals answering a challenge were submitted while it was open', () => {
    expect(demo.challenges.some((challenge) => challenge.opensOn <= today && today <= challenge.closesOn)).toBe(true);
    for (const proposal of demo.proposals.filter((candidate) => candidate.challengeId && candidate.submittedOn)) {
      const challenge = demo.challenges.find((row) => row.id === proposal.challengeId)!;
      expect(challenge.opensOn <= proposal.submittedOn! && proposal.submittedOn! <= challenge.closesOn, proposal.title).toBe(true);
    }
  });

  it('picks this year\'s proposers and partners among groups working in the field and registered before', () => {
    for (const proposal of demo.proposals.filter((candidate) => candidate.fiscalYear > 2019)) {
      for (const id of [proposal.proposingGroupId, ...proposal.partnerGroupIds].filter((value): value is string => value !== null)) {
        const group = groupsById.get(id)!;
        expect(group.activityFields, proposal.title).toContain(proposal.activityField);
        expect(group.registeredOn < (proposal.submittedOn ?? today)).toBe(true);
      }
    }
  });

  it('is deterministic for a given day, and early in a fiscal year starts the pipeline in the weeks before', () => {
    expect(buildDemoCollaboration(NOW, groups)).toEqual(demo);
    const early = buildDemoCollaboration(EARLY, groups);
    const inFlight = early.proposals.filter((proposal) => proposal.fiscalYear > 2019);
    for (const proposal of inFlight) expect([2026, 2027]).toContain(proposal.fiscalYear);
    for (const transition of early.transitions) expect(day(transition.at) <= todayInJapan(EARLY)).toBe(true);
  });
});
