import { describe, it, expect } from 'vitest';
import { ActivityField, fiscalYearOf, ProposerType, deterministicUuid } from '@tsunagaru/shared-kernel';
import { buildDemoGroups, DEMO_DEPARTMENTS, demoDepartmentId } from '@tsunagaru/shared-demo-data';
import { buildDemoProposals, type DemoProposal } from './demo-proposals';

const groups = buildDemoGroups();
const groupsById = new Map(groups.map((group) => [group.id, group]));
const proposals = buildDemoProposals(groups);
const byCity = proposals.filter((p) => p.proposerType === ProposerType.CITY);
const byGroup = proposals.filter((p) => p.proposerType === ProposerType.GROUP);
// Every project carried out in FY2007–FY2019 has since ended: carried out means COMPLETED.
const implemented = (list: DemoProposal[]): number => list.filter((p) => p.status === 'COMPLETED').length;

describe('buildDemoProposals', () => {
  describe('reproduces the guideline figures for FY2007–FY2019', () => {
    it('has 75 proposals, 35 of them implemented', () => {
      expect(proposals).toHaveLength(75);
      expect(implemented(proposals)).toBe(35);
    });

    it('has 23 city proposals with 17 implemented (73.9 %)', () => {
      expect(byCity).toHaveLength(23);
      expect(implemented(byCity)).toBe(17);
      expect(((implemented(byCity) / byCity.length) * 100).toFixed(1)).toBe('73.9');
    });

    it('has 52 group proposals with 18 implemented (34.6 %)', () => {
      expect(byGroup).toHaveLength(52);
      expect(implemented(byGroup)).toBe(18);
      expect(((implemented(byGroup) / byGroup.length) * 100).toFixed(1)).toBe('34.6');
    });

    it('covers every fiscal year from 2007 to 2019 with at least 2 proposals, and no other year', () => {
      const perYear = new Map<number, number>();
      for (const p of proposals) perYear.set(p.fiscalYear, (perYear.get(p.fiscalYear) ?? 0) + 1);
      expect([...perYear.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => 2007 + i));
      for (const count of perYear.values()) expect(count).toBeGreaterThanOrEqual(2);
    });

    it('leaves mostly NOT_ADOPTED and a few WITHDRAWN among the rest, each with its reason', () => {
      const notAdopted = proposals.filter((p) => p.status === 'NOT_ADOPTED');
      const withdrawn = proposals.filter((p) => p.status === 'WITHDRAWN');
      expect(notAdopted.length + withdrawn.length).toBe(40);
      expect(withdrawn.length).toBeGreaterThan(0);
      expect(withdrawn.length).toBeLessThan(notAdopted.length / 3);
      for (const p of [...notAdopted, ...withdrawn]) expect(p.decisionReason).toMatch(/。$/u);
      for (const p of proposals.filter((candidate) => candidate.status === 'COMPLETED')) expect(p.decisionReason).toBeNull();
    });
  });

  describe('proposers and partners tell a true story', () => {
    it("gives every group proposal a proposer who works in the proposal's field and was founded and registered before it was submitted", () => {
      for (const p of byGroup) {
        const proposer = groupsById.get(p.proposingGroupId!);
        expect(proposer, p.title).toBeDefined();
        expect(proposer!.activityFields, p.title).toContain(p.activityField);
        expect(proposer!.registeredOn < p.submittedOn, `${p.title}: registered ${proposer!.registeredOn}, submitted ${p.submittedOn}`).toBe(true);
        expect(proposer!.foundedOn < p.submittedOn, p.title).toBe(true);
      }
    });

    it('gives every city project carried out at least one partner group, and partners work in the field and were registered before', () => {
      for (const p of byCity.filter((candidate) => candidate.status === 'COMPLETED')) expect(p.partnerGroupIds.length, p.title).toBeGreaterThanOrEqual(1);
      for (const p of proposals) {
        for (const id of p.partnerGroupIds) {
          const partner = groupsById.get(id)!;
          expect(partner.activityFields, p.title).toContain(p.activityField);
          expect(partner.registeredOn < p.submittedOn && partner.foundedOn < p.submittedOn, p.title).toBe(true);
          expect(id).not.toBe(p.proposingGroupId);
        }
      }
    });

    it('names partners only for projects carried out, and no proposer twice but the two groups that tried again', () => {
      for (const p of proposals.filter((candidate) => candidate.status !== 'COMPLETED')) expect(p.partnerGroupIds).toEqual([]);
      const counts = new Map<string, number>();
      for (const p of byGroup) counts.set(p.proposingGroupId!, (counts.get(p.proposingGroupId!) ?? 0) + 1);
      const repeated = [...counts.entries()].filter(([, count]) => count > 1);
      expect(repeated).toHaveLength(2);
      const playPark = proposals.filter((p) => p.title.includes('冒険遊び場'));
      expect(new Set(playPark.map((p) => p.proposingGroupId)).size).toBe(1);
    });

    it('reads like the group: the chosen proposer shares words with the proposal (e.g. a play-park group for the play park)', () => {
      const playPark = proposals.find((p) => p.title === '鎌倉中央公園での冒険遊び場づくり')!;
      expect(groupsById.get(playPark.proposingGroupId!)!.name).toMatch(/遊び場|プレーパーク/u);
      const dementia = proposals.find((p) => p.title === '認知症の人と家族を支える地域サロン')!;
      expect(groupsById.get(dementia.proposingGroupId!)!.description).toMatch(/認知症/u);
    });
  });

  it('gives unique ids derived from the proposal number', () => {
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
    proposals.forEach((p, index) => expect(p.id).toBe(deterministicUuid('proposal', String(index + 1))));
  });

  it('gives unique Japanese titles, summaries, problems and expected effects, and whole-yen budgets', () => {
    expect(new Set(proposals.map((p) => p.title)).size).toBe(proposals.length);
    for (const p of proposals) {
      expect(p.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      expect(p.summary).toMatch(/。$/u);
      expect(p.summary.startsWith(p.problem)).toBe(true);
      expect(p.expectedEffects).toMatch(/。$/u);
      expect(p.partnersSought.length).toBeGreaterThan(0);
      if (p.requestedBudget !== null) expect(Number.isSafeInteger(p.requestedBudget) && p.requestedBudget > 0 && p.requestedBudget % 10_000 === 0).toBe(true);
    }
    for (const p of byCity) expect(p.requestedBudget).not.toBeNull();
  });

  it('refers to known departments and NPO-law fields, never those no Kamakura group works in', () => {
    const departmentIds = new Set(DEMO_DEPARTMENTS.map((d) => demoDepartmentId(d.code)));
    for (const p of proposals) {
      expect(departmentIds.has(p.departmentId)).toBe(true);
      expect([ActivityField.TOURISM, ActivityField.RURAL_DEVELOPMENT, ActivityField.PREFECTURAL_ORDINANCE]).not.toContain(p.activityField);
    }
  });

  it('submits inside the fiscal year and decides later in the same or the next fiscal year', () => {
    for (const p of proposals) {
      expect(fiscalYearOf(p.submittedOn)).toBe(p.fiscalYear);
      expect(p.decidedOn > p.submittedOn).toBe(true);
      expect([p.fiscalYear, p.fiscalYear + 1]).toContain(fiscalYearOf(p.decidedOn));
    }
  });

  it('is deterministic', () => {
    expect(buildDemoProposals()).toEqual(proposals);
  });
});
