import { describe, it, expect } from 'vitest';
import { ActivityField, District, OrganizationType, isKatakanaReading } from '@tsunagaru/shared-kernel';
import { demoGroupId } from '../demo-ids';
import { buildDemoGroups, type DemoGroup } from './demo-groups';
import { NICKNAMES } from './group-concepts';
import { PLACES } from './kamakura-places';

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
const LEGAL_PREFIXES: Partial<Record<OrganizationType, RegExp>> = {
  NPO_CORPORATION: /^(特定非営利活動法人|NPO法人)/,
  GENERAL_INCORPORATED_ASSOCIATION: /^一般社団法人/,
  GENERAL_INCORPORATED_FOUNDATION: /^一般財団法人/,
  SOCIAL_WELFARE_CORPORATION: /^社会福祉法人/,
  COMPANY: /^(株式会社|合同会社)/,
};
const ANY_LEGAL_FORM = /特定非営利活動法人|NPO法人|一般社団法人|一般財団法人|社会福祉法人|株式会社|合同会社|有限会社/;
const TOWN_NAMES = [...new Set([...PLACES.flatMap((place) => [place.name, place.written ?? place.name]), '鎌倉', 'かまくら'])].sort((a, b) => b.length - a.length);
const TOWN_READINGS = [...PLACES.map((place) => place.kana), 'カマクラ'];

/**
 * What a name says once the legal form, the leading town and any nickname are taken out:
 * 「腰越囃子保存会」 and 「長谷囃子保存会」 share 囃子保存会, 「手話サークル たんぽぽ」 and
 * 「手話サークル わかば」 (a full-width space before the nickname) share 手話サークル *.
 */
function nameStem(group: DemoGroup): string {
  let stem = group.name.replace(ANY_LEGAL_FORM, '');
  const town = TOWN_NAMES.find((name) => stem.startsWith(name));
  if (town) stem = stem.slice(town.length);
  for (const nickname of NICKNAMES) stem = stem.replaceAll(nickname.name, '*');
  return stem;
}

function sentencesOf(description: string): string[] {
  return description.split('。').filter((part) => part.length > 0);
}
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

  it('gives every group 1–5 distinct districts, its home district first', () => {
    const districts = new Set<string>(Object.values(District));
    for (const group of groups) {
      expect(group.districts.length).toBeGreaterThanOrEqual(1);
      expect(group.districts.length).toBeLessThanOrEqual(5);
      expect(new Set(group.districts).size).toBe(group.districts.length);
      for (const district of group.districts) expect(districts.has(district)).toBe(true);
    }
  });

  it('keeps most groups to their home district: at most 15 % list several', () => {
    const several = groups.filter((group) => group.districts.length > 1);
    expect(several.length).toBeGreaterThan(0);
    expect(several.length / groups.length).toBeLessThanOrEqual(0.15);
  });

  it('writes the name readings and the representatives\' readings in katakana only', () => {
    for (const group of groups) {
      expect(isKatakanaReading(group.nameKana), group.nameKana).toBe(true);
      expect(isKatakanaReading(group.privateContact.representativeNameKana), group.privateContact.representativeNameKana).toBe(true);
      expect(group.nameKana).toMatch(/^[\u30a1-\u30fa\u30fc\u30fb ]+$/u);
    }
  });

  it('puts the legal form in front of the name of every legal person, and nowhere else', () => {
    for (const group of groups) {
      const prefix = LEGAL_PREFIXES[group.organizationType];
      if (prefix) expect(group.name, group.name).toMatch(prefix);
      else expect(group.name, group.name).not.toMatch(ANY_LEGAL_FORM);
    }
    const npoNames = groups.filter((group) => group.organizationType === OrganizationType.NPO_CORPORATION).map((group) => group.name);
    expect(npoNames).toHaveLength(58);
    for (const name of npoNames) expect(name).toMatch(/特定非営利活動法人|NPO法人/);
  });

  it('reads the name without its legal form, so a directory sorts NPO法人かもめ under カ', () => {
    for (const group of groups.filter((g) => LEGAL_PREFIXES[g.organizationType])) {
      expect(group.nameKana).not.toMatch(/^(トクテイヒエイリ|エヌピーオー|イッパンシャダン|イッパンザイダン|シャカイフクシホウジン|カブシキガイシャ|ゴウドウガイシャ)/);
    }
  });

  it('names groups in many ways: no stem serves more than three groups', () => {
    const stems = new Map<string, number>();
    for (const group of groups.filter((g) => g.organizationType !== OrganizationType.NEIGHBORHOOD_ASSOCIATION)) {
      stems.set(nameStem(group), (stems.get(nameStem(group)) ?? 0) + 1);
    }
    const overused = [...stems].filter(([, count]) => count > 3);
    expect(overused).toEqual([]);
    expect(stems.size).toBeGreaterThan(200);
  });

  it('starts fewer than two readings in five with a place name', () => {
    const placeFirst = groups.filter((group) => TOWN_READINGS.some((reading) => group.nameKana.startsWith(reading)));
    expect(placeFirst.length / groups.length).toBeLessThan(0.4);
  });

  it('writes town names the way residents do: 稲村ヶ崎 with ヶ, 七里ガ浜 and 由比ガ浜 with ガ', () => {
    expect(groups.some((group) => group.name.includes('稲村ヶ崎'))).toBe(true);
    expect(groups.some((group) => group.name.includes('七里ガ浜'))).toBe(true);
    expect(groups.some((group) => group.name.includes('稲村ガ崎'))).toBe(false);
  });

  it('reads 由比ガ浜 as ユイガハマ wherever a name has it, so kana and kanji searches agree', () => {
    const byKanji = groups.filter((group) => group.name.includes('由比ガ浜'));
    const byKana = groups.filter((group) => group.nameKana.includes('ユイガハマ'));
    expect(byKanji.length).toBeGreaterThan(0);
    expect(byKana.map((group) => group.id)).toEqual(byKanji.map((group) => group.id));
  });

  it('names each neighbourhood association after its own neighbourhood, in the district of that neighbourhood', () => {
    const associations = groups.filter((group) => group.organizationType === OrganizationType.NEIGHBORHOOD_ASSOCIATION);
    const townOf = (name: string) => PLACES.find((place) => name.startsWith(place.written ?? place.name));
    for (const group of associations) {
      const town = townOf(group.name);
      expect(town, group.name).toBeDefined();
      expect(group.districts).toEqual([town!.district]);
    }
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

  it('writes a one- to three-sentence description for every group', () => {
    for (const group of groups) {
      const sentences = sentencesOf(group.description);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(group.description.endsWith('。')).toBe(true);
    }
  });

  it('shares no description sentence among more than five groups, and has no common tail', () => {
    const uses = new Map<string, number>();
    for (const group of groups) for (const sentence of new Set(sentencesOf(group.description))) uses.set(sentence, (uses.get(sentence) ?? 0) + 1);
    expect([...uses].filter(([, count]) => count > 5)).toEqual([]);
    const tails = new Map<string, number>();
    for (const group of groups) {
      const sentences = sentencesOf(group.description);
      if (sentences.length > 1) {
        const tail = sentences[sentences.length - 1].slice(0, 4);
        tails.set(tail, (tails.get(tail) ?? 0) + 1);
      }
    }
    expect(Math.max(...tails.values())).toBeLessThan(groups.length / 10);
  });

  it("names the group's own town when a description names a town", () => {
    for (const group of groups.filter((g) => g.organizationType !== OrganizationType.NEIGHBORHOOD_ASSOCIATION)) {
      // 深沢 is an area: its groups have addresses in the town of 常盤.
      const homes = PLACES.filter((place) => new RegExp(`^鎌倉市${place.town ?? place.name}\\d`).test(group.privateContact.address));
      const homeNames = homes.flatMap((place) => [place.name, place.written ?? place.name]);
      const mentioned = TOWN_NAMES.filter((name) => name.length > 1 && !['鎌倉', 'かまくら'].includes(name) && group.description.includes(`${name}の`));
      if (mentioned.length > 0) expect(mentioned.some((name) => homeNames.includes(name)), `${group.name}: ${group.description}`).toBe(true);
    }
  });
});
