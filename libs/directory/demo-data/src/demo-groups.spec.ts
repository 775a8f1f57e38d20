import { describe, it, expect } from 'vitest';
import { ActivityField, District, OrganizationType, isKatakanaReading } from '@tsunagaru/shared-kernel';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { buildDemoGroups } from './demo-groups';

// The guideline's figures for the 390 groups registered at the end of March 2020.
const EXPECTED_FIELD_COUNTS: Record<ActivityField, number> = {
  CULTURE_ARTS_SPORTS: 148,
  CHILD_DEVELOPMENT: 134,
  COMMUNITY_DEVELOPMENT: 124,
  HEALTH_MEDICAL_WELFARE: 106,
  ENVIRONMENT: 98,
  SOCIAL_EDUCATION: 87,
  INTERNATIONAL_COOPERATION: 47,
  COMMUNITY_SAFETY: 44,
  HUMAN_RIGHTS_PEACE: 39,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 31,
  DISASTER_RELIEF: 24,
  GENDER_EQUALITY: 21,
  INFORMATION_SOCIETY: 20,
  ECONOMIC_ACTIVITY: 20,
  CONSUMER_PROTECTION: 11,
  VOCATIONAL_SKILLS_EMPLOYMENT: 10,
  SCIENCE_TECHNOLOGY: 5,
  TOURISM: 0,
  RURAL_DEVELOPMENT: 0,
  PREFECTURAL_ORDINANCE: 0,
};

const EXPECTED_TYPE_COUNTS: Record<OrganizationType, number> = {
  VOLUNTARY_ASSOCIATION: 295,
  NPO_CORPORATION: 58,
  NEIGHBORHOOD_ASSOCIATION: 18,
  GENERAL_INCORPORATED_ASSOCIATION: 9,
  SOCIAL_WELFARE_CORPORATION: 3,
  GENERAL_INCORPORATED_FOUNDATION: 2,
  COMPANY: 2,
  INDIVIDUAL: 2,
  OTHER: 1,
};

const KAMAKURA_POSTAL_CODE = /^24[78]-00\d\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('buildDemoGroups', () => {
  const groups = buildDemoGroups();

  it('builds 390 groups with the demo ids in index order', () => {
    expect(groups).toHaveLength(390);
    groups.forEach((group, index) => {
      expect(group.index).toBe(index);
      expect(group.id).toBe(demoGroupId(index));
    });
    expect(new Set(groups.map((group) => group.id)).size).toBe(390);
  });

  it('gives every group a unique name', () => {
    expect(new Set(groups.map((group) => group.name)).size).toBe(390);
  });

  it.each(Object.entries(EXPECTED_FIELD_COUNTS))('has exactly the published count for %s', (field, count) => {
    expect(groups.filter((group) => group.activityFields.includes(field as ActivityField))).toHaveLength(count);
  });

  it.each(Object.entries(EXPECTED_TYPE_COUNTS))('has exactly the published count of %s', (type, count) => {
    expect(groups.filter((group) => group.organizationType === type)).toHaveLength(count);
  });

  it('gives every group 1–5 distinct fields in the enum order', () => {
    const order = Object.values(ActivityField);
    for (const group of groups) {
      expect(group.activityFields.length).toBeGreaterThanOrEqual(1);
      expect(group.activityFields.length).toBeLessThanOrEqual(5);
      const positions = group.activityFields.map((field) => order.indexOf(field));
      expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
    }
  });

  it('gives every group 1–3 distinct districts', () => {
    const districts = new Set<string>(Object.values(District));
    for (const group of groups) {
      expect(group.districts.length).toBeGreaterThanOrEqual(1);
      expect(group.districts.length).toBeLessThanOrEqual(3);
      expect(new Set(group.districts).size).toBe(group.districts.length);
      for (const district of group.districts) expect(districts.has(district)).toBe(true);
    }
  });

  it('writes the name readings and the representatives\' readings in katakana only', () => {
    for (const group of groups) {
      expect(isKatakanaReading(group.nameKana), group.nameKana).toBe(true);
      expect(isKatakanaReading(group.privateContact.representativeNameKana), group.privateContact.representativeNameKana).toBe(true);
      expect(group.nameKana).toMatch(/^[\u30a1-\u30fa\u30fc\u30fb ]+$/u);
    }
  });

  it('does not put the legal form into the name', () => {
    for (const group of groups) expect(group.name).not.toMatch(/NPO|法人/);
  });

  it('is deterministic', () => {
    expect(buildDemoGroups()).toEqual(groups);
  });

  it('has 146 groups registered in FY1998 and all of them by the end of FY2019', () => {
    for (const group of groups) {
      expect(group.registeredOn).toMatch(ISO_DATE);
      expect(group.registeredOn >= '1998-10-01').toBe(true);
      expect(group.registeredOn <= '2020-03-31').toBe(true);
    }
    expect(groups.filter((group) => group.registeredOn <= '1999-03-31')).toHaveLength(146);
  });

  it('founds every group between 1970 and 2019, never after it registered', () => {
    for (const group of groups) {
      expect(group.foundedOn).toMatch(ISO_DATE);
      expect(group.foundedOn >= '1970-01-01').toBe(true);
      expect(group.foundedOn <= '2019-12-31').toBe(true);
      expect(group.registeredOn >= group.foundedOn).toBe(true);
    }
  });

  it('keeps every mail address and website under example.jp', () => {
    for (const group of groups) {
      if (group.publicEmail !== null) expect(group.publicEmail).toMatch(/@[a-z0-9.-]+\.example\.jp$/);
      if (group.website !== null) expect(group.website).toMatch(/^https:\/\/[a-z0-9.-]+\.example\.jp$/);
      expect(group.privateContact.email).toMatch(/@[a-z0-9.-]+\.example\.jp$/);
    }
    const publicEmails = groups.flatMap((group) => (group.publicEmail ? [group.publicEmail] : []));
    expect(new Set(publicEmails).size).toBe(publicEmails.length);
  });

  it('gives plausible member counts, larger for neighbourhood associations', () => {
    for (const group of groups) {
      expect(group.memberCount).toBeGreaterThanOrEqual(3);
      expect(group.memberCount).toBeLessThanOrEqual(300);
    }
    const average = (type: OrganizationType) => {
      const counts = groups.filter((group) => group.organizationType === type).map((group) => group.memberCount);
      return counts.reduce((sum, n) => sum + n, 0) / counts.length;
    };
    expect(average(OrganizationType.NEIGHBORHOOD_ASSOCIATION)).toBeGreaterThan(average(OrganizationType.VOLUNTARY_ASSOCIATION));
  });

  it('gives neighbourhood associations community development and a 町内会/自治会 name', () => {
    for (const group of groups.filter((g) => g.organizationType === OrganizationType.NEIGHBORHOOD_ASSOCIATION)) {
      expect(group.name).toMatch(/(町内会|自治会)$/);
      expect(group.activityFields).toContain(ActivityField.COMMUNITY_DEVELOPMENT);
      expect(group.districts).toHaveLength(1);
    }
  });

  it('uses fictional Kamakura-style contact data', () => {
    for (const { publicPhone, privateContact } of groups) {
      if (publicPhone !== null) expect(publicPhone).toMatch(/^0467-\d{2}-\d{4}$/);
      expect(privateContact.phone).toMatch(/^(0467-\d{2}-\d{4}|0[789]0-\d{4}-\d{4})$/);
      expect(privateContact.postalCode).toMatch(KAMAKURA_POSTAL_CODE);
      expect(privateContact.address).toMatch(/^鎌倉市\S+\d+(-\d+){1,2}$/);
      expect(privateContact.representativeName).toMatch(/^\S+ \S+$/);
    }
  });

  it('writes a one- or two-sentence description for every group', () => {
    for (const group of groups) {
      const sentences = group.description.split('。').filter((part) => part.length > 0);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(group.description.endsWith('。')).toBe(true);
    }
  });
});
