import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  fiscalYearOf,
  isCalendarDate,
  isUuid,
  NotFoundError,
  requirePrincipal,
  type Principal,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { findPage, keysetOrder, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import {
  CommitteeRecommendation,
  CommitteeReview,
  MeasureProgressReport,
  MeasureProgressStatus,
  ReviewCommittee,
  type MeasureIndicator,
} from '../entities';
import { measurePolicies } from '../policies';

/** Progress reports, newest fiscal year first. */
export const PROGRESS_REPORTS_NEWEST_FIRST = keysetOrder<MeasureProgressReport>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (report) => report.fiscalYear },
  { sql: 'id', type: 'uuid', of: (report) => report.id },
);

/** Committee reviews, most recent meeting first. */
export const COMMITTEE_REVIEWS_NEWEST_FIRST = keysetOrder<CommitteeReview>(
  { sql: 'held_on', type: 'date', direction: 'desc', of: (review) => review.heldOn },
  { sql: 'id', type: 'uuid', of: (review) => review.id },
);

/** Recommendations in the order the committee made them. */
export const RECOMMENDATIONS_IN_ORDER = keysetOrder<CommitteeRecommendation>(
  { sql: 'position', type: 'int', of: (recommendation) => recommendation.position },
  { sql: 'id', type: 'uuid', of: (recommendation) => recommendation.id },
);

export interface ProgressReportRequest {
  measureId: string;
  fiscalYear: number;
  status: MeasureProgressStatus;
  narrative: string;
  indicators?: MeasureIndicator[] | null;
}

export interface CommitteeReviewRequest {
  committee: ReviewCommittee;
  heldOn: string;
  title: string;
  summary?: string | null;
  recommendations?: Array<{ measureId?: string | null; recommendation: string; cityResponse?: string | null; respondedOn?: string | null }> | null;
}

/**
 * 施策の進捗管理 (section 7): yearly progress of each measure by its lead department, and the
 * reviews of the promotion committee (推進委員会) and the internal review committee
 * (市民活動推進庁内検討委員会), with their recommendations and the city's responses. Public to read.
 */
export class MeasureTracking {
  constructor(private readonly em: EntityManager) {}

  async secretariatDepartmentId(): Promise<string | null> {
    const [row] = await sql<{ department_id: string }>(this.em, 'select department_id from guideline_secretariat where singleton');
    return row?.department_id ?? null;
  }

  /**
   * Reports (or corrects) a measure's progress for a fiscal year: one report per measure and
   * year, written with insert … on conflict do update, so concurrent reports leave one row.
   */
  async reportProgress(request: ProgressReportRequest, caller: Principal | null): Promise<MeasureProgressReport> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    if (!isUuid(request.measureId)) issues.add('measureId', 'INVALID_FORMAT', 'measureId is not a measure id.');
    if (!Number.isInteger(request.fiscalYear) || request.fiscalYear < 2019 || request.fiscalYear > fiscalYearOf(new Date()) + 1) {
      issues.add('fiscalYear', 'OUT_OF_RANGE', 'fiscalYear runs from 2019 (the guideline) to next year.');
    }
    issues.text('narrative', request.narrative, 8000, true);
    const indicators = request.indicators ?? [];
    if (indicators.length > 20) issues.add('indicators', 'TOO_MANY', 'At most 20 indicators.');
    indicators.forEach((indicator, index) => {
      issues.text(['indicators', String(index), 'name'], indicator.name, 200, true);
      issues.text(['indicators', String(index), 'unit'], indicator.unit, 50, false);
      for (const key of ['target', 'actual'] as const) {
        const value = indicator[key];
        if (value != null && !Number.isFinite(value)) issues.add(['indicators', String(index), key], 'INVALID', `${key} must be a number.`);
      }
    });
    issues.throwIfAny();

    const [measure] = await sql<{ lead_department_id: string }>(this.em, 'select lead_department_id from policy_measure where id = ?', [request.measureId]);
    if (!measure) throw new NotFoundError('PolicyMeasure', request.measureId);
    authorize(measurePolicies.reportProgress, principal, {
      leadDepartmentId: measure.lead_department_id,
      secretariatDepartmentId: await this.secretariatDepartmentId(),
    });
    const clean = indicators.map((indicator) => ({ name: indicator.name.trim(), unit: indicator.unit ?? '', target: indicator.target ?? null, actual: indicator.actual ?? null }));
    const [row] = await sql<{ id: string }>(
      this.em,
      `insert into measure_progress_report (id, measure_id, fiscal_year, status, narrative, indicators, reported_by, reporting_department_id, reported_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, now())
       on conflict (measure_id, fiscal_year) do update
         set status = excluded.status, narrative = excluded.narrative, indicators = excluded.indicators,
             reported_by = excluded.reported_by, reporting_department_id = excluded.reporting_department_id, reported_at = excluded.reported_at
       returning id`,
      [randomUUID(), request.measureId, request.fiscalYear, request.status, request.narrative.trim(), JSON.stringify(clean), principal.subject, principal.departmentId ?? null],
    );
    return this.em.findOneOrFail(MeasureProgressReport, { id: row.id }, { refresh: true });
  }

  /** Records one committee meeting's review with its recommendations (the guideline's secretariat). */
  async recordReview(request: CommitteeReviewRequest, caller: Principal | null): Promise<CommitteeReview> {
    const principal = requirePrincipal(caller);
    authorize(measurePolicies.recordReview, principal, { secretariatDepartmentId: await this.secretariatDepartmentId() });
    const issues = new IssueCollector();
    if (!isCalendarDate(request.heldOn)) issues.add('heldOn', 'INVALID_FORMAT', 'heldOn is not a date.');
    issues.text('title', request.title, 200, true);
    issues.text('summary', request.summary, 8000, false);
    const recommendations = request.recommendations ?? [];
    if (recommendations.length > 50) issues.add('recommendations', 'TOO_MANY', 'At most 50 recommendations.');
    recommendations.forEach((item, index) => {
      const at = (field: string) => ['recommendations', String(index), field];
      issues.text(at('recommendation'), item.recommendation, 4000, true);
      issues.text(at('cityResponse'), item.cityResponse, 4000, false);
      if (item.measureId != null && !isUuid(item.measureId)) issues.add(at('measureId'), 'INVALID_FORMAT', 'measureId is not a measure id.');
      if (item.respondedOn != null && !isCalendarDate(item.respondedOn)) issues.add(at('respondedOn'), 'INVALID_FORMAT', 'respondedOn is not a date.');
    });
    issues.throwIfAny();
    const measureIds = [...new Set(recommendations.map((item) => item.measureId).filter((id): id is string => id != null))];
    if (measureIds.length > 0) {
      const known = await sql<{ id: string }>(this.em, `select id from policy_measure where id in (${measureIds.map(() => '?').join(', ')})`, measureIds);
      if (known.length !== measureIds.length) throw refuse('recommendations', 'UNKNOWN_MEASURE', 'A recommendation names an unknown measure.');
    }
    return this.em.transactional(async (tx) => {
      const id = randomUUID();
      await sql(
        tx,
        `insert into committee_review (id, committee, held_on, fiscal_year, title, summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, now())`,
        [id, request.committee, request.heldOn, fiscalYearOf(request.heldOn), request.title.trim(), request.summary ?? '', principal.subject],
      );
      if (recommendations.length > 0) {
        await sql(
          tx,
          `insert into committee_recommendation (id, review_id, position, measure_id, recommendation, city_response, responded_on) values ${recommendations
            .map(() => '(?, ?, ?, ?, ?, ?, ?)')
            .join(', ')}`,
          recommendations.flatMap((item, index) => [
            randomUUID(),
            id,
            index + 1,
            item.measureId ?? null,
            item.recommendation.trim(),
            item.cityResponse ?? null,
            item.respondedOn ?? null,
          ]),
        );
      }
      return tx.findOneOrFail(CommitteeReview, { id }, { refresh: true });
    });
  }

  async reviews(committee: ReviewCommittee | null, page: PageRequest<CommitteeReview>): Promise<Page<CommitteeReview>> {
    return findPage(this.em, CommitteeReview, committee ? { committee } : {}, page);
  }
}
