import { describe, it, expect } from 'vitest';
import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { DEMO_DEPARTMENTS, demoDepartmentId } from '@tsunagaru/shared-demo-data';
import { compareMeasureCodes } from '@tsunagaru/engagement-domain';
import { buildDemoPolicyMeasures } from './demo-policy-measures';

describe('buildDemoPolicyMeasures', () => {
  const measures = buildDemoPolicyMeasures();
  const byCode = new Map(measures.map((m) => [m.code, m]));

  it('lists the 23 measures of section 6 with unique, well-formed codes and derived ids', () => {
    expect(measures).toHaveLength(23);
    expect(byCode.size).toBe(measures.length);
    for (const measure of measures) {
      expect(measure.code).toMatch(/^6-[1-7]-\d+$/);
      expect(measure.id).toBe(deterministicUuid('policy-measure', measure.code));
      expect(measure.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      expect(measure.summary.length).toBeGreaterThan(0);
    }
    expect(new Set(measures.map((m) => m.title)).size).toBe(measures.length);
  });

  it('covers all seven subsections', () => {
    expect(new Set(measures.map((m) => m.code.split('-')[1]))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7']));
  });

  it('uses every priority class, with the six 重点施策 in class I', () => {
    expect(new Set(measures.map((m) => m.priorityClass))).toEqual(new Set(['I', 'II_A', 'II_B', 'III']));
    const priority = measures.filter((m) => m.priorityClass === 'I').map((m) => m.title);
    expect(priority.sort()).toEqual(
      [
        '民間施設等の活用に向けた協力体制の構築',
        '公共施設の有効利用',
        '市民活動を支援するための基金の設置',
        '協働事業に関する手引き（職員向け）の作成',
        '協働事業に関する手引き（市民向け）の作成',
        '協働事業に関する制度の見直しや在り方の検討',
      ].sort(),
    );
  });

  it('keeps the classes printed in the guideline for sample measures', () => {
    expect(byCode.get('6-2-2')?.priorityClass).toBe('II_A');
    expect(byCode.get('6-2-3')?.title).toBe('市民活動補償制度');
    expect(byCode.get('6-2-3')?.priorityClass).toBe('II_B');
    expect(byCode.get('6-5-1')?.priorityClass).toBe('III');
    expect(byCode.get('6-6-1')?.priorityClass).toBe('III');
    expect(byCode.get('6-7-2')?.title).toBe('協働研修の実施');
  });

  it('is led by existing departments', () => {
    const departmentIds = new Set(DEMO_DEPARTMENTS.map((d) => demoDepartmentId(d.code)));
    for (const measure of measures) {
      expect(departmentIds.has(measure.leadDepartmentId), measure.code).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoPolicyMeasures()).toEqual(measures);
  });

  it('is listed in the order the domain sorts measure codes, which is the guideline\'s order', () => {
    const codes = measures.map((measure) => measure.code);
    const resorted = [...measures].reverse().sort(compareMeasureCodes).map((measure) => measure.code);
    expect(resorted).toEqual(codes);
  });
});
