import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActivityField,
  fiscalYearOf,
  isCalendarDate,
  isUuid,
  todayInJapan,
  type Principal,
  authorizeOrRefuse,
  IssueCollector,
} from '@tsunagaru/shared-kernel';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { CityChallenge } from '../entities';
import { departmentWorkPolicies } from '../policies';
import { ProgrammeOffices } from './programme-office.service';

export interface PublishCityChallengeInput {
  title: string;
  description: string;
  activityField: ActivityField;
  departmentId: string;
  opensOn: string;
  closesOn: string;
}

export interface CityChallengeFilter {
  departmentId?: string | null;
  fiscalYear?: number | null;
  /** Only challenges taking proposals on this day. */
  openOn?: string | null;
}

/** Latest opening first, then id. */
export const CHALLENGES_NEWEST_FIRST = keysetOrder<CityChallenge>(
  { sql: 'opens_on', type: 'date', direction: 'desc', of: (challenge) => challenge.opensOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (challenge) => challenge.id },
);

/** 課題の公開 (6(3)ア): departments publish the challenges they want help with; proposals may answer one. Public. */
export class CityChallenges {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async publish(input: PublishCityChallengeInput, caller: Principal | null): Promise<CityChallenge> {
    const issues = new IssueCollector();
    if (!isUuid(input.departmentId)) {
      issues.add('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
      issues.throwIfAny();
    }
    const secretariatDepartmentId = await new ProgrammeOffices(this.em).secretariatDepartmentId();
    const principal = authorizeOrRefuse(
      departmentWorkPolicies.actForDepartment,
      caller,
      { departmentId: input.departmentId, secretariatDepartmentId },
      'departmentId',
    );
    issues.text('title', input.title, 200, true);
    issues.text('description', input.description, 4000, true);
    if (!Object.values(ActivityField).includes(input.activityField)) issues.add('activityField', 'INVALID_VALUE', 'activityField is not an activity field.');
    const today = todayInJapan(this.now());
    if (!isCalendarDate(input.opensOn)) issues.add('opensOn', 'INVALID_FORMAT', 'opensOn is not a date.');
    if (!isCalendarDate(input.closesOn)) issues.add('closesOn', 'INVALID_FORMAT', 'closesOn is not a date.');
    else if (isCalendarDate(input.opensOn) && input.closesOn < input.opensOn) issues.add('closesOn', 'INVALID_RANGE', 'closesOn must not be before opensOn.');
    else if (input.closesOn < today) issues.add('closesOn', 'IN_THE_PAST', 'A challenge is published to take proposals: closesOn must not have passed.');
    issues.throwIfAny();

    const challenge = this.em.create(CityChallenge, {
      id: randomUUID(),
      title: input.title.trim(),
      description: input.description.trim(),
      activityField: input.activityField,
      departmentId: input.departmentId,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      fiscalYear: fiscalYearOf(input.opensOn),
      publishedAt: this.now(),
      publishedBy: principal.subject,
    });
    await this.em.flush();
    return challenge;
  }

  async list(filter: CityChallengeFilter, page: PageRequest<CityChallenge>): Promise<Page<CityChallenge>> {
    const issues = new IssueCollector();
    if (filter.departmentId != null && !isUuid(filter.departmentId)) issues.add('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
    if (filter.openOn != null && !isCalendarDate(filter.openOn)) issues.add('openOn', 'INVALID_FORMAT', 'openOn is not a date.');
    issues.throwIfAny();
    const where: Record<string, unknown> = {};
    if (filter.departmentId != null) where.departmentId = filter.departmentId;
    if (filter.fiscalYear != null) where.fiscalYear = filter.fiscalYear;
    if (filter.openOn != null) {
      where.opensOn = { $lte: filter.openOn };
      where.closesOn = { $gte: filter.openOn };
    }
    return findPage(this.em, CityChallenge, where, page);
  }
}

/** 募集中: whether a challenge takes proposals today, on Kamakura's calendar. */
export function todayOpen(challenge: Pick<CityChallenge, 'opensOn' | 'closesOn'>, now: Date = new Date()): boolean {
  const today = todayInJapan(now);
  return challenge.opensOn <= today && today <= challenge.closesOn;
}
