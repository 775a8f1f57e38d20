import { describe, it, expect } from 'vitest';
import { ActivityField, ProposerType, deterministicUuid } from '@tsunagaru/shared-kernel';
import { DEMO_DEPARTMENTS, demoDepartmentId, demoGroupId } from '@tsunagaru/shared-demo-data';
import { buildDemoProposals, type DemoProposal } from './demo-proposals';

const proposals = buildDemoProposals();
const byCity = proposals.filter((p) => p.proposerType === ProposerType.CITY);
const byGroup = proposals.filter((p) => p.proposerType === ProposerType.GROUP);
const implemented = (list: DemoProposal[]): number => list.filter((p) => p.status === 'IMPLEMENTED').length;

/** The Japanese fiscal year a 'YYYY-MM-DD' date falls in (April starts the year). */
function fiscalYearOfIso(iso: string): number {
  const [year, month] = iso.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

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
      expect([...perYear.keys()].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 13 }, (_, i) => 2007 + i),
      );
      for (const count of perYear.values()) expect(count).toBeGreaterThanOrEqual(2);
    });

    it('leaves mostly NOT_ADOPTED and a few WITHDRAWN among the rest', () => {
      const notAdopted = proposals.filter((p) => p.status === 'NOT_ADOPTED').length;
      const withdrawn = proposals.filter((p) => p.status === 'WITHDRAWN').length;
      expect(notAdopted + withdrawn).toBe(40);
      expect(withdrawn).toBeGreaterThan(0);
      expect(withdrawn).toBeLessThan(notAdopted / 3);
    });
  });

  it('gives unique ids derived from the proposal number', () => {
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
    proposals.forEach((p, index) => expect(p.id).toBe(deterministicUuid('proposal', String(index + 1))));
  });

  it('gives unique, non-empty Japanese titles and summaries', () => {
    expect(new Set(proposals.map((p) => p.title)).size).toBe(proposals.length);
    for (const p of proposals) {
      expect(p.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      expect(p.summary).toMatch(/。$/u);
      expect(p.summary.split('。').filter(Boolean).length).toBeLessThanOrEqual(3);
    }
  });

  it('has a proposing group only on group proposals, and the groups are mostly distinct', () => {
    const validGroupIds = new Set(Array.from({ length: 390 }, (_, i) => demoGroupId(i)));
    for (const p of byCity) expect(p.proposingGroupId).toBeNull();
    for (const p of byGroup) expect(validGroupIds.has(p.proposingGroupId ?? '')).toBe(true);
    const distinctGroups = new Set(byGroup.map((p) => p.proposingGroupId)).size;
    expect(distinctGroups).toBeGreaterThanOrEqual(byGroup.length - 3);
  });

  it('refers to known departments and NPO-law fields, rarely tourism and never the unused ones', () => {
    const departmentIds = new Set(DEMO_DEPARTMENTS.map((d) => demoDepartmentId(d.code)));
    const fields = new Set<string>(Object.values(ActivityField));
    for (const p of proposals) {
      expect(departmentIds.has(p.departmentId)).toBe(true);
      expect(fields.has(p.activityField)).toBe(true);
      expect([ActivityField.RURAL_DEVELOPMENT, ActivityField.PREFECTURAL_ORDINANCE]).not.toContain(p.activityField);
    }
    expect(proposals.filter((p) => p.activityField === ActivityField.TOURISM).length).toBeLessThanOrEqual(2);
  });

  it('submits inside the fiscal year and decides later in the same or the next fiscal year', () => {
    const isoDate = /^\d{4}-\d{2}-\d{2}$/;
    for (const p of proposals) {
      expect(p.submittedOn).toMatch(isoDate);
      expect(p.decidedOn).toMatch(isoDate);
      expect(new Date(p.submittedOn).toISOString().slice(0, 10)).toBe(p.submittedOn);
      expect(new Date(p.decidedOn).toISOString().slice(0, 10)).toBe(p.decidedOn);
      expect(fiscalYearOfIso(p.submittedOn)).toBe(p.fiscalYear);
      expect(p.decidedOn > p.submittedOn).toBe(true);
      expect([p.fiscalYear, p.fiscalYear + 1]).toContain(fiscalYearOfIso(p.decidedOn));
    }
  });

  it('is deterministic', () => {
    expect(buildDemoProposals()).toEqual(buildDemoProposals());
    expect(buildDemoProposals()).toEqual(proposals);
  });
});
