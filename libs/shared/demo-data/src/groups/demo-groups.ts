import { ActivityField, District, OrganizationType } from '@tsunagaru/shared-kernel';
import { dayNumber, isoDateOfDay, laterDate } from '../dates';
import { DEMO_GROUP_COUNT, demoGroupId } from '../demo-ids';
import { expandCounts, intBetween, pick, randomDigits, seededRandom, shuffle, weightedOrder, type Random } from '../random';
import { CONCEPTS, NEIGHBOURHOOD_CONCEPT, NEIGHBOURHOODS, NICKNAMES, type GroupConcept, type NameForm, type Nickname } from './group-concepts';
import { PLACES, placeNamed, writtenName, type Place } from './kamakura-places';
import { GIVEN_NAMES, SURNAMES } from './people';

/**
 * The 390 civic groups registered at the Civic Activity Center at the end of March 2020.
 *
 * The guideline publishes only aggregates (counts per activity field and organisation
 * type, 146 registrations in FY1998), so the groups themselves are invented, but every
 * aggregate is reproduced exactly and the rest is made to read like a real registration
 * list to a Kamakura resident: names in the styles civic groups actually use, legal forms
 * in the names of legal persons, descriptions that say what each group does, and one home
 * district for all but the groups that work citywide. All contact data is fictional and
 * all mail domains are under example.jp.
 */

export interface DemoGroup {
  id: string;
  index: number;
  name: string;
  /**
   * The reading of the name in katakana, without the legal-form prefix (特定非営利活動法人,
   * 一般社団法人, 株式会社, …): directories sort 「NPO法人かもめ」 under カ, not under エ.
   */
  nameKana: string;
  organizationType: OrganizationType;
  /** Sorted in the enum's declaration order (the NPO law's order). */
  activityFields: ActivityField[];
  /** The first district is the one of the group's base and address. */
  districts: District[];
  description: string;
  foundedOn: string;
  memberCount: number;
  publicEmail: string | null;
  publicPhone: string | null;
  website: string | null;
  registeredOn: string;
  privateContact: {
    representativeName: string;
    representativeNameKana: string;
    email: string;
    phone: string;
    postalCode: string;
    address: string;
  };
}

// ---------------------------------------------------------------------------
// Figures fixed by the guideline
// ---------------------------------------------------------------------------

const T = OrganizationType;

/** Groups per activity field (a group can have several). */
const FIELD_COUNTS: Record<ActivityField, number> = {
  HEALTH_MEDICAL_WELFARE: 106,
  SOCIAL_EDUCATION: 87,
  COMMUNITY_DEVELOPMENT: 124,
  TOURISM: 0,
  RURAL_DEVELOPMENT: 0,
  CULTURE_ARTS_SPORTS: 148,
  ENVIRONMENT: 98,
  DISASTER_RELIEF: 24,
  COMMUNITY_SAFETY: 44,
  HUMAN_RIGHTS_PEACE: 39,
  INTERNATIONAL_COOPERATION: 47,
  GENDER_EQUALITY: 21,
  CHILD_DEVELOPMENT: 134,
  INFORMATION_SOCIETY: 20,
  SCIENCE_TECHNOLOGY: 5,
  ECONOMIC_ACTIVITY: 20,
  VOCATIONAL_SKILLS_EMPLOYMENT: 10,
  CONSUMER_PROTECTION: 11,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 31,
  PREFECTURAL_ORDINANCE: 0,
};

/** 295 voluntary, 58 NPO corporations, and the 37 others. */
const ORGANIZATION_TYPE_COUNTS: Record<OrganizationType, number> = {
  VOLUNTARY_ASSOCIATION: 295,
  NPO_CORPORATION: 58,
  NEIGHBORHOOD_ASSOCIATION: 18,
  GENERAL_INCORPORATED_ASSOCIATION: 9,
  GENERAL_INCORPORATED_FOUNDATION: 2,
  SOCIAL_WELFARE_CORPORATION: 3,
  COMPANY: 2,
  INDIVIDUAL: 2,
  OTHER: 1,
};

/** Registrations in FY1998, the year the center opened (1998-10-01 … 1999-03-31). */
const FY1998_REGISTRATIONS = 146;

/**
 * How many groups have each field as their main one (the one their name and first
 * sentence are about). Not published; chosen so that single-purpose fields such as
 * culture have many main-field groups and each field keeps room for secondary use.
 * Sums to 390 and never exceeds FIELD_COUNTS.
 */
const MAIN_FIELD_COUNTS: Partial<Record<ActivityField, number>> = {
  CULTURE_ARTS_SPORTS: 88,
  CHILD_DEVELOPMENT: 60,
  HEALTH_MEDICAL_WELFARE: 50,
  COMMUNITY_DEVELOPMENT: 45,
  ENVIRONMENT: 45,
  SOCIAL_EDUCATION: 25,
  INTERNATIONAL_COOPERATION: 20,
  HUMAN_RIGHTS_PEACE: 12,
  COMMUNITY_SAFETY: 10,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 8,
  GENDER_EQUALITY: 7,
  DISASTER_RELIEF: 5,
  INFORMATION_SOCIETY: 5,
  ECONOMIC_ACTIVITY: 4,
  CONSUMER_PROTECTION: 2,
  VOCATIONAL_SKILLS_EMPLOYMENT: 2,
  SCIENCE_TECHNOLOGY: 2,
};

const SEED = 0x4b_41_4d_41; // 'KAMA'
const MAX_FIELDS = 5;
/**
 * A real registration list has a few choirs and a few clean-up groups, not nine of each:
 * no concept serves more groups than this, and no name stem repeats more often.
 */
const MAX_CONCEPT_USES = 3;
const MAX_STEM_USES = 3;
/**
 * Most groups are not named after their town; a town-named form is tried after the
 * concept's other forms about three times in four.
 */
const PLACE_FORM_HANDICAP = 1;
const NICKNAME_SEPARATOR = '\u3000';
/** A description is the concept's sentence plus at most this many about other fields. */
const MAX_ALSO_SENTENCES = 2;
/** Weights of the secondary-field ranking, tuned for a spread of 1–4 fields per group. */
const APPETITE_SPREAD = 3;
const CROWDING = 0.6;
const NOISE = 1.5;
/** A concept's first related field is nearly always taken; later ones less often. */
const RELATEDNESS_BY_RANK = [5, 3.5, 2.5, 2];
const CENTER_OPENED = '1998-10-01';
const FY1998_END = '1999-03-31';
const FY1999_START = '1999-04-01';
const FY2019_END = '2020-03-31';
const FOUNDED_FROM = '1970-01-01';
const FOUNDED_UNTIL = '2019-12-31';

/** Legal persons carry their form in front of the name, as registered. */
const LEGAL_PREFIXES: Partial<Record<OrganizationType, readonly string[]>> = {
  // Both spellings are in everyday use; the full one is the registered form.
  NPO_CORPORATION: ['特定非営利活動法人', '特定非営利活動法人', 'NPO法人'],
  GENERAL_INCORPORATED_ASSOCIATION: ['一般社団法人'],
  GENERAL_INCORPORATED_FOUNDATION: ['一般財団法人'],
  SOCIAL_WELFARE_CORPORATION: ['社会福祉法人'],
  COMPANY: ['株式会社', '合同会社'],
};

/** Legal forms that did not exist when the center opened. */
const LEGAL_FORM_SINCE: Partial<Record<OrganizationType, string>> = {
  NPO_CORPORATION: '1998-12-01',
  GENERAL_INCORPORATED_ASSOCIATION: '2008-12-01',
  GENERAL_INCORPORATED_FOUNDATION: '2008-12-01',
};

/** Members per organisation type; neighbourhood associations count member households. */
const MEMBER_RANGE: Record<OrganizationType, [number, number]> = {
  VOLUNTARY_ASSOCIATION: [3, 80],
  NPO_CORPORATION: [10, 150],
  NEIGHBORHOOD_ASSOCIATION: [80, 300],
  GENERAL_INCORPORATED_ASSOCIATION: [8, 80],
  GENERAL_INCORPORATED_FOUNDATION: [5, 30],
  SOCIAL_WELFARE_CORPORATION: [30, 200],
  COMPANY: [3, 30],
  // The individual plus the friends who help.
  INDIVIDUAL: [3, 5],
  OTHER: [15, 60],
};

/** Chance of publishing an email, a phone number and a website: legal persons nearly always do. */
const PUBLICITY: Record<OrganizationType, { email: number; phone: number; website: number }> = {
  VOLUNTARY_ASSOCIATION: { email: 0.6, phone: 0.35, website: 0.25 },
  NPO_CORPORATION: { email: 1, phone: 0.9, website: 0.85 },
  NEIGHBORHOOD_ASSOCIATION: { email: 0.5, phone: 0.4, website: 0.2 },
  GENERAL_INCORPORATED_ASSOCIATION: { email: 1, phone: 0.9, website: 0.9 },
  GENERAL_INCORPORATED_FOUNDATION: { email: 1, phone: 1, website: 1 },
  SOCIAL_WELFARE_CORPORATION: { email: 1, phone: 1, website: 1 },
  COMPANY: { email: 1, phone: 1, website: 1 },
  INDIVIDUAL: { email: 0.5, phone: 0, website: 0.5 },
  OTHER: { email: 0.8, phone: 0.8, website: 0.5 },
};

const PRIVATE_MAIL_DOMAINS = ['mail.example.jp', 'post.example.jp', 'kamakura-net.example.jp'];
/** Local exchange numbers after the 0467 area code. */
const KAMAKURA_EXCHANGES = ['22', '23', '24', '25', '31', '32', '33', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '50'];
const MOBILE_PREFIXES = ['090', '080', '070'];

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

interface GroupDraft {
  type: OrganizationType;
  concept: GroupConcept;
  place: Place;
  /** How the description names where the group is, when that is narrower than the town (梶原四丁目). */
  area?: string;
  name: string;
  nameKana: string;
  slug: string;
}

export function buildDemoGroups(): DemoGroup[] {
  const random = seededRandom(SEED);
  const types = shuffle(random, expandCounts(ORGANIZATION_TYPE_COUNTS));
  if (types.length !== DEMO_GROUP_COUNT) throw new Error(`organisation type counts add up to ${types.length}, not ${DEMO_GROUP_COUNT}`);
  const drafts = new GroupNamer(random).draftAll(types);
  const fields = assignFields(random, drafts);
  const dates = chooseDates(random, types);
  const describer = new Describer(random);
  const takenMails = new Set<string>();

  const groups = drafts.map((draft, i) => ({
    draft,
    fields: fields[i],
    dates: dates[i],
    description: describer.describe(draft, fields[i]),
    districts: chooseDistricts(random, draft),
    memberCount: chooseMemberCount(random, draft.type),
    contact: choosePublicContact(random, draft),
    privateContact: choosePrivateContact(random, draft.place, takenMails),
  }));

  // Indices follow registration order, as the center's registration numbers would.
  const byRegistration = groups
    .map((group, draftIndex) => ({ group, draftIndex }))
    .sort((a, b) => compareStrings(a.group.dates.registeredOn, b.group.dates.registeredOn) || a.draftIndex - b.draftIndex);

  return byRegistration.map(({ group }, index) => ({
    id: demoGroupId(index),
    index,
    name: group.draft.name,
    nameKana: group.draft.nameKana,
    organizationType: group.draft.type,
    activityFields: group.fields,
    districts: group.districts,
    description: group.description,
    foundedOn: group.dates.foundedOn,
    memberCount: group.memberCount,
    ...group.contact,
    registeredOn: group.dates.registeredOn,
    privateContact: group.privateContact,
  }));
}

/**
 * Chooses what each group does and names it. Types with concepts of their own (legal
 * persons, neighbourhood associations, …) choose first, so that the main-field budget
 * left over is what the voluntary associations share. Concepts are spread: the least-used
 * fitting concept goes next, so each serves one to three groups.
 */
class GroupNamer {
  private readonly mainLeft: Partial<Record<ActivityField, number>> = { ...MAIN_FIELD_COUNTS };
  private readonly conceptUses = new Map<GroupConcept, number>();
  private readonly formUses = new Map<NameForm, number>();
  private readonly nicknameUses = new Map<Nickname, number>();
  private readonly stemUses = new Map<string, number>();
  private readonly takenNames = new Set<string>();
  private readonly takenSlugs = new Set<string>();

  constructor(private readonly random: Random) {}

  draftAll(types: readonly OrganizationType[]): GroupDraft[] {
    const drafts: (GroupDraft | undefined)[] = new Array(types.length);
    const neighbourhoods = shuffle(this.random, NEIGHBOURHOODS);
    types.forEach((type, i) => {
      if (type !== T.NEIGHBORHOOD_ASSOCIATION) return;
      const neighbourhood = neighbourhoods.pop();
      if (!neighbourhood) throw new Error('more neighbourhood associations than neighbourhoods');
      this.takeMainField(NEIGHBOURHOOD_CONCEPT.field);
      drafts[i] = {
        type,
        concept: NEIGHBOURHOOD_CONCEPT,
        place: placeNamed(neighbourhood.place),
        area: neighbourhood.area,
        name: this.claimName(neighbourhood.name),
        nameKana: neighbourhood.kana,
        slug: this.claimSlug(neighbourhood.slug),
      };
    });
    types.forEach((type, i) => {
      if (type === T.NEIGHBORHOOD_ASSOCIATION || type === T.VOLUNTARY_ASSOCIATION) return;
      drafts[i] = this.draft(type, 'any field with budget left', (concept) => (this.mainLeft[concept.field] ?? 0) > 0);
    });
    const mainFields = shuffle(this.random, expandCounts(this.mainLeft));
    types.forEach((type, i) => {
      if (type !== T.VOLUNTARY_ASSOCIATION) return;
      const field = mainFields.pop();
      if (!field) throw new Error('main-field budget does not cover every group');
      drafts[i] = this.draft(type, field, (concept) => concept.field === field);
    });
    return drafts.map((draft) => {
      if (!draft) throw new Error('a group was left without a concept');
      return draft;
    });
  }

  private draft(type: OrganizationType, wanted: string, fits: (concept: GroupConcept) => boolean): GroupDraft {
    const candidates = CONCEPTS.filter(
      (concept) => (concept.types ?? [T.VOLUNTARY_ASSOCIATION]).includes(type) && fits(concept) && this.usesOf(concept) < (concept.maxUses ?? MAX_CONCEPT_USES),
    );
    for (const concept of this.leastUsedFirst(candidates, (concept) => this.usesOf(concept))) {
      const named = this.name(type, concept);
      if (!named) continue;
      this.conceptUses.set(concept, this.usesOf(concept) + 1);
      this.takeMainField(concept.field);
      return named;
    }
    throw new Error(`no concept left to name a ${type} group in ${wanted}`);
  }

  /** Tries the concept's name forms, least-used first, until one gives a name nobody has. */
  private name(type: OrganizationType, concept: GroupConcept): GroupDraft | null {
    const places = weightedOrder(
      this.random,
      PLACES.filter((place) => !concept.onlyAt || concept.onlyAt.includes(place.name)),
      (place) => place.weight,
    );
    if (places.length === 0) throw new Error(`no place suits ${concept.key}`);
    const prefix = LEGAL_PREFIXES[type] ? pick(this.random, LEGAL_PREFIXES[type]) : '';
    for (const form of this.leastUsedFirst(concept.names, (form) => (this.formUses.get(form) ?? 0) + (form[0].includes('{place}') ? PLACE_FORM_HANDICAP : 0))) {
      const [nameTemplate, kanaTemplate] = form;
      const fills: Array<{ place: Place; nickname?: Nickname; label: string; kana: string; slug: string }> = nameTemplate.includes('{place}')
        ? places
            // A one-character town runs into the next word (台写真クラブ); such groups take other names.
            .filter((place) => writtenName(place).length > 1)
            .map((place) => ({ place, label: writtenName(place), kana: place.kana, slug: place.romaji }))
        : nameTemplate.includes('{nick}')
          ? this.leastUsedFirst(NICKNAMES, (nickname) => this.nicknameUses.get(nickname) ?? 0).map((nickname) => ({
              place: places[0],
              nickname,
              label: nickname.name,
              kana: nickname.kana,
              slug: nickname.slug,
            }))
          : [{ place: places[0], label: '', kana: '', slug: '' }];
      for (const fill of fills) {
        const base = fillNameTemplate(nameTemplate, fill.label);
        const stem = nameStem(nameTemplate, fill.label);
        if (this.takenNames.has(base) || (this.stemUses.get(stem) ?? 0) >= MAX_STEM_USES) continue;
        this.stemUses.set(stem, (this.stemUses.get(stem) ?? 0) + 1);
        this.formUses.set(form, (this.formUses.get(form) ?? 0) + 1);
        if (fill.nickname) this.nicknameUses.set(fill.nickname, (this.nicknameUses.get(fill.nickname) ?? 0) + 1);
        return {
          type,
          concept,
          place: fill.place,
          name: prefix + this.claimName(base),
          nameKana: kanaTemplate.replace('{place}', fill.kana).replace('{nick}', fill.kana),
          slug: this.claimSlug(fill.slug ? `${concept.key}-${fill.slug}` : concept.key),
        };
      }
    }
    return null;
  }

  private usesOf(concept: GroupConcept): number {
    return this.conceptUses.get(concept) ?? 0;
  }

  private takeMainField(field: ActivityField): void {
    const left = this.mainLeft[field] ?? 0;
    if (left <= 0) throw new Error(`no main-field budget left for ${field}`);
    this.mainLeft[field] = left - 1;
  }

  /** A random order in which the least-used items come first; fractional uses break ties unevenly. */
  private leastUsedFirst<T>(items: readonly T[], usesOf: (item: T) => number): T[] {
    return shuffle(this.random, items)
      .map((item, i) => ({ item, i, uses: usesOf(item) + this.random() }))
      .sort((a, b) => a.uses - b.uses || a.i - b.i)
      .map(({ item }) => item);
  }

  /** Names are unique without their legal form: 一般社団法人X and 一般財団法人X would be one name twice. */
  private claimName(name: string): string {
    if (this.takenNames.has(name)) throw new Error(`duplicate group name ${name}`);
    this.takenNames.add(name);
    return name;
  }

  /** Slugs become mail and web domains, so they stay unique; a clash gets a number. */
  private claimSlug(slug: string): string {
    let unique = slug;
    for (let n = 2; this.takenSlugs.has(unique); n++) unique = `${slug}${n}`;
    this.takenSlugs.add(unique);
    return unique;
  }
}

/**
 * Puts the town or nickname into a name template. A nickname after a longer genre gets the
 * full-width space groups write there (「手話サークル たんぽぽ」, U+3000); 「FCかもめ」 stays joined.
 */
function fillNameTemplate(template: string, fill: string): string {
  const separated = template.endsWith('{nick}') && template.length - '{nick}'.length > 2 ? template.replace('{nick}', `${NICKNAME_SEPARATOR}{nick}`) : template;
  return separated.replace('{place}', fill).replace('{nick}', fill);
}

/**
 * What a name says apart from where the group is: 「腰越囃子保存会」 and 「長谷囃子保存会」
 * share the stem 囃子保存会. Names from a nickname or written out are their own stem.
 */
function nameStem(template: string, fill: string): string {
  return template.includes('{place}') ? template.replace('{place}', '') : template.replace('{nick}', fill);
}

/**
 * Adds secondary fields until every field has exactly its published count. A field goes
 * only to groups whose concept lists it (a choir also sings in care homes, so it may list
 * welfare), preferring the concept's closest fields and groups with few fields so far; a
 * little noise keeps similar groups apart. Fields with the least room to spare go first.
 */
function assignFields(random: Random, drafts: readonly GroupDraft[]): ActivityField[][] {
  const fieldSets = drafts.map((draft) => new Set<ActivityField>([draft.concept.field]));
  const fieldOrder = Object.values(ActivityField);
  // Some groups do one thing, others list every field they touch.
  const appetite = drafts.map(() => APPETITE_SPREAD * random());
  const needOf = (field: ActivityField) => FIELD_COUNTS[field] - fieldSets.filter((set) => set.has(field)).length;
  const roomOf = (field: ActivityField) => drafts.filter((draft) => relatedness(draft, field) > 0).length;
  const scarcestFirst = [...fieldOrder].sort((a, b) => roomOf(a) - needOf(a) - (roomOf(b) - needOf(b)) || fieldOrder.indexOf(a) - fieldOrder.indexOf(b));

  for (const field of scarcestFirst) {
    const need = needOf(field);
    if (need < 0) throw new Error(`${field} already has ${FIELD_COUNTS[field] - need} main-field groups, more than ${FIELD_COUNTS[field]}`);
    const ranked = drafts
      .map((draft, i) => ({ i, related: relatedness(draft, field), score: relatedness(draft, field) + appetite[i] - CROWDING * fieldSets[i].size + NOISE * random() }))
      .filter(({ i, related }) => related > 0 && !fieldSets[i].has(field) && fieldSets[i].size < MAX_FIELDS)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    if (ranked.length < need) throw new Error(`only ${ranked.length} groups can take ${field}, ${need} needed`);
    for (const { i } of ranked.slice(0, need)) fieldSets[i].add(field);
  }

  return fieldSets.map((set) => fieldOrder.filter((field) => set.has(field)));
}

function relatedness(draft: GroupDraft, field: ActivityField): number {
  const rank = draft.concept.also.findIndex(([related]) => related === field);
  return rank < 0 ? 0 : (RELATEDNESS_BY_RANK[rank] ?? 1.5);
}

/**
 * Writes the concept's first sentence for the group's town and adds what it does in its
 * other fields, closest first. Where a concept offers alternative sentences, the one used
 * least so far is taken, so even the eighteen neighbourhood associations read differently.
 */
class Describer {
  private readonly sentenceUses = new Map<string, number>();

  constructor(private readonly random: Random) {}

  describe(draft: GroupDraft, fields: readonly ActivityField[]): string {
    const place = draft.area ?? writtenName(draft.place);
    const sentences = [this.choose(draft.concept.about, place)];
    const others = draft.concept.also.filter(([field]) => field !== draft.concept.field && fields.includes(field));
    for (const [, alternatives] of others.slice(0, MAX_ALSO_SENTENCES)) {
      sentences.push(this.choose(typeof alternatives === 'string' ? [alternatives] : alternatives, place));
    }
    return sentences.join('');
  }

  private choose(templates: readonly string[], place: string): string {
    const options = templates.map((template) => template.replaceAll('{place}', place));
    const fewest = Math.min(...options.map((option) => this.sentenceUses.get(option) ?? 0));
    const sentence = pick(this.random, options.filter((option) => (this.sentenceUses.get(option) ?? 0) === fewest));
    this.sentenceUses.set(sentence, fewest + 1);
    return sentence;
  }
}

interface GroupDates {
  foundedOn: string;
  registeredOn: string;
}

/**
 * 146 groups registered in the center's first half-year (FY1998); the rest spread over
 * FY1999–FY2019. Legal forms that did not exist yet cannot be among the early ones:
 * NPO corporations date from December 1998, general incorporated ones from December 2008.
 */
function chooseDates(random: Random, types: readonly OrganizationType[]): GroupDates[] {
  const earlyCandidates = types
    .map((type, i) => ({ type, i }))
    .filter(({ type }) => !LEGAL_FORM_SINCE[type])
    .map(({ i }) => i);
  const early = new Set(shuffle(random, earlyCandidates).slice(0, FY1998_REGISTRATIONS));
  if (early.size !== FY1998_REGISTRATIONS) throw new Error('too few groups can have registered in FY1998');

  return types.map((type, i) => {
    const formSince = LEGAL_FORM_SINCE[type];
    const registeredFrom = early.has(i) ? CENTER_OPENED : laterDate(FY1999_START, formSince ?? FY1999_START);
    const registered = intBetween(random, dayNumber(registeredFrom), dayNumber(early.has(i) ? FY1998_END : FY2019_END));
    const earliest = dayNumber(laterDate(FOUNDED_FROM, formSince ?? FOUNDED_FROM));
    const latest = Math.min(registered, dayNumber(FOUNDED_UNTIL));
    return { foundedOn: isoDateOfDay(chooseFounding(random, type, earliest, latest)), registeredOn: isoDateOfDay(registered) };
  });
}

function chooseFounding(random: Random, type: OrganizationType, earliest: number, latest: number): number {
  // Neighbourhood associations are old: most date from the housing developments of the 1970s–80s.
  if (type === T.NEIGHBORHOOD_ASSOCIATION) return earliest + Math.floor(random() * random() * (latest - earliest));
  // Most groups register within a few years of starting; some after decades.
  const founded = latest - Math.round(25 * random() * random() * 365.25);
  // A legal form younger than that means the group incorporated later; pick a day the form existed.
  return founded >= earliest ? founded : intBetween(random, earliest, latest);
}

/**
 * A group is active where it is based. Only groups that work across the city (networks,
 * citywide services, disaster relief) list more: their home district and one to four others.
 */
function chooseDistricts(random: Random, draft: GroupDraft): District[] {
  const home = draft.place.district;
  if (!draft.concept.citywide) return [home];
  const others = shuffle(
    random,
    Object.values(District).filter((district) => district !== home),
  );
  return [home, ...others.slice(0, intBetween(random, 1, others.length))];
}

function chooseMemberCount(random: Random, type: OrganizationType): number {
  const [min, max] = MEMBER_RANGE[type];
  // Skewed towards the small end: most groups are a handful of regulars.
  return min + Math.floor(random() * random() * (max - min + 1));
}

function choosePublicContact(random: Random, draft: GroupDraft): Pick<DemoGroup, 'publicEmail' | 'publicPhone' | 'website'> {
  const odds = PUBLICITY[draft.type];
  const domain = `${draft.slug}.example.jp`;
  const email = random() < odds.email ? `info@${domain}` : null;
  const phone = random() < odds.phone ? landline(random) : null;
  const website = random() < odds.website ? `https://${domain}` : null;
  return { publicEmail: email, publicPhone: phone, website };
}

function choosePrivateContact(random: Random, place: Place, takenMails: Set<string>): DemoGroup['privateContact'] {
  const surname = pick(random, SURNAMES);
  const given = pick(random, GIVEN_NAMES);
  const domain = pick(random, PRIVATE_MAIL_DOMAINS);
  let email = `${given.romaji}.${surname.romaji}@${domain}`;
  for (let n = 2; takenMails.has(email); n++) email = `${given.romaji}.${surname.romaji}${n}@${domain}`;
  takenMails.add(email);
  const phone = random() < 0.65 ? `${pick(random, MOBILE_PREFIXES)}-${randomDigits(random, 4)}-${randomDigits(random, 4)}` : landline(random);
  return {
    representativeName: `${surname.name} ${given.name}`,
    representativeNameKana: `${surname.kana} ${given.kana}`,
    email,
    phone,
    postalCode: place.postalCode,
    address: `鎌倉市${place.town ?? place.name}${houseNumber(random, place)}`,
  };
}

function houseNumber(random: Random, place: Place): string {
  if (place.chome === 0) return `${intBetween(random, 1, 1500)}-${intBetween(random, 1, 20)}`;
  return `${intBetween(random, 1, place.chome)}-${intBetween(random, 1, 30)}-${intBetween(random, 1, 25)}`;
}

function landline(random: Random): string {
  return `0467-${pick(random, KAMAKURA_EXCHANGES)}-${randomDigits(random, 4)}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
