import {
  ActivityField,
  District,
  isCalendarDate,
  isKatakanaReading,
  normalizeJapaneseSearchText,
  OrganizationType,
  todayInJapan,
  ValidationFailedError,
  type FieldIssue,
} from '@tsunagaru/shared-kernel';

/** Fields a group's public profile is made of; every one optional in a patch. */
export interface GroupProfileInput {
  name?: string | null;
  nameKana?: string | null;
  organizationType?: OrganizationType | null;
  activityFields?: ActivityField[] | null;
  districts?: District[] | null;
  description?: string | null;
  foundedOn?: string | null;
  memberCount?: number | null;
  publicEmail?: string | null;
  publicPhone?: string | null;
  website?: string | null;
}

export interface PrivateContactInput {
  representativeName: string;
  representativeNameKana?: string | null;
  email: string;
  phone?: string | null;
  postalCode?: string | null;
  address?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9０-９+\-‐－() ]{6,20}$/;
const POSTAL_CODE = /^\d{3}-?\d{4}$/;

/** Collects every problem at once so a form can show them all, then throws. */
export class IssueCollector {
  private readonly issues: FieldIssue[] = [];

  constructor(private readonly prefix: string[] = []) {}

  add(field: string | string[], code: string, message: string): void {
    this.issues.push({ field: [...this.prefix, ...(Array.isArray(field) ? field : [field])], code, message });
  }

  /** `field` is a name or a path, e.g. ['privateContact', 'email']; messages name its last segment. */
  requireText(field: string | string[], value: string | null | undefined, maxLength: number, required: boolean): void {
    const name = Array.isArray(field) ? field[field.length - 1] : field;
    if (value === undefined || value === null) {
      if (required) this.add(field, 'REQUIRED', `${name} is required.`);
      return;
    }
    if (value.trim().length === 0) this.add(field, 'REQUIRED', `${name} must not be blank.`);
    else if (value.length > maxLength) this.add(field, 'TOO_LONG', `${name} must be at most ${maxLength} characters.`);
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationFailedError(this.issues);
  }
}

/** Katakana readings are stored normalised (hiragana and half-width kana become katakana). */
export function normalizeKana(value: string): string {
  return normalizeJapaneseSearchText(value).toUpperCase();
}

export function validateProfile(input: GroupProfileInput, issues: IssueCollector, mode: 'create' | 'update', now: Date = new Date()): void {
  const required = mode === 'create';
  issues.requireText('name', input.name, 100, required);
  issues.requireText('nameKana', input.nameKana, 200, required);
  if (input.nameKana && input.nameKana.trim() && !isKatakanaReading(normalizeKana(input.nameKana))) {
    issues.add('nameKana', 'INVALID_FORMAT', 'nameKana must be written in katakana or hiragana.');
  }
  if (required && !input.organizationType) issues.add('organizationType', 'REQUIRED', 'organizationType is required.');
  if (input.activityFields !== undefined && input.activityFields !== null) {
    if (input.activityFields.length === 0) issues.add('activityFields', 'REQUIRED', 'Choose at least one activity field.');
    if (new Set(input.activityFields).size !== input.activityFields.length) {
      issues.add('activityFields', 'DUPLICATE', 'activityFields lists a field twice.');
    }
  } else if (required) {
    issues.add('activityFields', 'REQUIRED', 'Choose at least one activity field.');
  }
  if (input.districts && new Set(input.districts).size !== input.districts.length) {
    issues.add('districts', 'DUPLICATE', 'districts lists a district twice.');
  }
  issues.requireText('description', input.description, 2000, false);
  if (input.foundedOn !== undefined && input.foundedOn !== null) {
    // The Date scalar has already read the format; this guards callers other than GraphQL.
    if (!isCalendarDate(input.foundedOn)) {
      issues.add('foundedOn', 'INVALID_FORMAT', 'foundedOn must be a calendar date like 2019-04-01.');
    } else if (input.foundedOn > todayInJapan(now)) {
      // YYYY-MM-DD strings compare in calendar order; "today" is today in Kamakura.
      issues.add('foundedOn', 'IN_FUTURE', 'foundedOn cannot be in the future.');
    }
  }
  if (input.memberCount !== undefined && input.memberCount !== null && (input.memberCount < 0 || input.memberCount > 1_000_000)) {
    issues.add('memberCount', 'OUT_OF_RANGE', 'memberCount must be between 0 and 1,000,000.');
  }
  if (input.publicEmail && !EMAIL.test(input.publicEmail)) issues.add('publicEmail', 'INVALID_FORMAT', 'publicEmail is not an email address.');
  if (input.publicPhone && !PHONE.test(input.publicPhone)) issues.add('publicPhone', 'INVALID_FORMAT', 'publicPhone is not a phone number.');
  if (input.website && !/^https?:\/\/[^\s]+$/.test(input.website)) {
    issues.add('website', 'INVALID_FORMAT', 'website must start with http:// or https://.');
  }
}

export function validatePrivateContact(input: PrivateContactInput | null | undefined, issues: IssueCollector): void {
  if (!input) {
    issues.add('privateContact', 'REQUIRED', 'A representative contact is required to apply.');
    return;
  }
  issues.requireText(['privateContact', 'representativeName'], input.representativeName, 100, true);
  issues.requireText(['privateContact', 'email'], input.email, 254, true);
  if (input.email && !EMAIL.test(input.email)) issues.add(['privateContact', 'email'], 'INVALID_FORMAT', 'email is not an email address.');
  if (input.phone && !PHONE.test(input.phone)) issues.add(['privateContact', 'phone'], 'INVALID_FORMAT', 'phone is not a phone number.');
  if (input.postalCode && !POSTAL_CODE.test(input.postalCode)) {
    issues.add(['privateContact', 'postalCode'], 'INVALID_FORMAT', 'postalCode must look like 248-0014.');
  }
}
