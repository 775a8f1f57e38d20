import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActivityField,
  allows,
  authorize,
  ConflictError,
  District,
  isCalendarDate,
  isUuid,
  NotFoundError,
  OrganizationType,
  requirePrincipal,
  todayInJapan,
  type Principal,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { findPage, hasSqlState, keysetOrder, SqlState, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import {
  CITYWIDE_DISTRICT,
  Survey,
  SurveyAudience,
  SurveyCrossDimension,
  SurveyQuestionKind,
  SurveyResponse,
} from '../entities';
import { surveyPolicies } from '../policies';
import { suppressCrossTable } from './survey-suppression';

/** Surveys, newest first: opening day descending, then id. */
export const SURVEYS_NEWEST_FIRST = keysetOrder<Survey>(
  { sql: 'opens_on', type: 'date', direction: 'desc', of: (survey) => survey.opensOn },
  { sql: 'id', type: 'uuid', of: (survey) => survey.id },
);

/** Responses in the order given. */
export const SURVEY_RESPONSES_IN_ORDER = keysetOrder<SurveyResponse>(
  { sql: 'submitted_at', type: 'timestamp', of: (response) => response.submittedAt },
  { sql: 'id', type: 'uuid', of: (response) => response.id },
);

export interface SurveyOptionResult {
  label: string;
  count: number | null;
  share: number | null;
  suppressed: boolean;
}

export interface SurveySegmentResult {
  value: string;
  respondents: number | null;
  suppressed: boolean;
  options: SurveyOptionResult[];
}

export interface SurveyQuestionResult {
  question: { id: string; kind: SurveyQuestionKind; position: number; prompt: string };
  respondents: number | null;
  options: SurveyOptionResult[];
  segments: SurveySegmentResult[] | null;
}

const DIMENSION_COLUMN: Record<SurveyCrossDimension, string> = {
  ACTIVITY_FIELD: 'activity_field',
  ORGANIZATION_TYPE: 'organization_type',
  DISTRICT: 'district',
};

export interface QuestionDraft {
  kind: SurveyQuestionKind;
  prompt: string;
  options?: Array<{ label: string; isOther?: boolean | null }> | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  scaleMinLabel?: string | null;
  scaleMaxLabel?: string | null;
}

export interface SurveyDraft {
  code: string;
  title: string;
  description?: string | null;
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  questions: QuestionDraft[];
}

export interface AnswerDraft {
  questionId: string;
  optionIds?: string[] | null;
  otherText?: string | null;
  scaleValue?: number | null;
  text?: string | null;
  matrix?: Array<{ optionId: string; scaleValue: number }> | null;
}

export interface AnswerSurveyRequest {
  surveyId: string;
  /** The group answering (group surveys); null for citizen and staff surveys. */
  groupId?: string | null;
  /** フェイスシート: the respondent's profile as it stands when answering. */
  profile: { activityField: ActivityField; organizationType: OrganizationType; district?: District | null };
  answers: AnswerDraft[];
}

/** What the directory records about a group, against which its フェイスシート is checked. */
export interface RegisteredGroupProfile {
  organizationType: OrganizationType;
  activityFields: ActivityField[];
  districts: District[];
}

interface QuestionRow {
  id: string;
  kind: SurveyQuestionKind;
  scale_min: number | null;
  scale_max: number | null;
}

interface OptionRow {
  id: string;
  question_id: string;
  is_other: boolean;
}

/** アンケート調査: definitions, answers (one per respondent, revisable until close) and results in SQL. */
export class Surveys {
  constructor(private readonly em: EntityManager) {}

  async list(page: PageRequest<Survey>): Promise<Page<Survey>> {
    return findPage(this.em, Survey, {}, page);
  }

  /** Responses per survey, one grouped statement. */
  async respondentCounts(surveyIds: readonly string[]): Promise<Map<string, number>> {
    const ids = surveyIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await sql<{ survey_id: string; n: string }>(
      this.em,
      `select survey_id, count(*) as n from survey_response where survey_id in (${ids.map(() => '?').join(', ')}) group by survey_id`,
      ids,
    );
    return new Map(rows.map((row) => [row.survey_id, Number(row.n)]));
  }

  /**
   * Results of one survey: counts per option (and per segment of respondents when crossBy is
   * given) aggregated in SQL, in two statements; small counts suppressed unless the caller may
   * see them. Multiple-choice shares are of the question's respondents.
   */
  async results(surveyId: string, crossBy: SurveyCrossDimension | null, caller: Principal | null): Promise<SurveyQuestionResult[]> {
    const exact = allows(surveyPolicies.readUnsuppressedResults, caller, null);
    const cells = await sql<{ question_id: string; kind: SurveyQuestionKind; position: number; prompt: string; cell_key: string | null; label: string | null }>(
      this.em,
      `with q as (select id, kind, position, prompt, scale_min, scale_max from survey_question where survey_id = ?)
       select q.id as question_id, q.kind, q.position, q.prompt, c.cell_key, c.label
         from q
         left join lateral (
           select o.id::text as cell_key, o.label, o.position * 100 as ord
             from survey_option o where o.question_id = q.id and q.kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')
           union all
           select s::text, s::text, s from generate_series(q.scale_min, q.scale_max) s where q.kind = 'SCALE'
           union all
           select o.id::text || ':' || s, o.label || ' — ' || s, o.position * 100 + (s - q.scale_min)
             from survey_option o cross join generate_series(q.scale_min, q.scale_max) s
            where o.question_id = q.id and q.kind = 'MATRIX'
         ) c on true
        order by q.position, c.ord`,
      [surveyId],
    );
    const segmentSql = crossBy ? `r.${DIMENSION_COLUMN[crossBy]}` : `''`;
    const counts = await sql<{ question_id: string; segment: string | null; cell_key: string | null; n: string; by_segment: number; by_cell: number }>(
      this.em,
      `with a as (
         select a.question_id, a.response_id, ${segmentSql} as segment,
                case when q.kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') then a.option_id::text
                     when q.kind = 'SCALE' then a.scale_value::text
                     when q.kind = 'MATRIX' then a.option_id::text || ':' || a.scale_value
                end as cell_key
           from survey_answer a
           join survey_response r on r.id = a.response_id
           join survey_question q on q.id = a.question_id
          where r.survey_id = ?)
       select question_id, segment, cell_key, count(distinct response_id) as n,
              1 - grouping(segment) as by_segment, 1 - grouping(cell_key) as by_cell
         from a
        group by grouping sets ((question_id), (question_id, segment), (question_id, cell_key), (question_id, segment, cell_key))`,
      [surveyId],
    );

    const questions = new Map<string, { question: SurveyQuestionResult['question']; cells: Array<{ key: string; label: string }> }>();
    for (const row of cells) {
      let entry = questions.get(row.question_id);
      if (!entry) {
        entry = { question: { id: row.question_id, kind: row.kind, position: row.position, prompt: row.prompt }, cells: [] };
        questions.set(row.question_id, entry);
      }
      if (row.cell_key !== null && row.label !== null) entry.cells.push({ key: row.cell_key, label: row.label });
    }
    const respondents = new Map<string, number>();
    const segmentRespondents = new Map<string, Map<string, number>>();
    const cellCounts = new Map<string, number>();
    for (const row of counts) {
      const n = Number(row.n);
      if (!row.by_segment && !row.by_cell) respondents.set(row.question_id, n);
      else if (row.by_segment && !row.by_cell) {
        const bySegment = segmentRespondents.get(row.question_id) ?? new Map<string, number>();
        bySegment.set(row.segment ?? '', n);
        segmentRespondents.set(row.question_id, bySegment);
      } else if (row.cell_key !== null) {
        cellCounts.set(`${row.question_id}|${row.by_segment ? (row.segment ?? '') : '*'}|${row.cell_key}`, n);
      }
    }

    return [...questions.values()].map(({ question, cells: questionCells }) => {
      const total = respondents.get(question.id) ?? 0;
      const columns = questionCells.map((cell) => cellCounts.get(`${question.id}|*|${cell.key}`) ?? 0);
      const segmentValues = crossBy ? [...(segmentRespondents.get(question.id)?.keys() ?? [])].sort() : [];
      const rows = segmentValues.map((value) => ({
        total: segmentRespondents.get(question.id)!.get(value)!,
        cells: questionCells.map((cell) => cellCounts.get(`${question.id}|${value}|${cell.key}`) ?? 0),
      }));
      const hidden = exact ? null : suppressCrossTable({ total, columns, rows });
      const option = (label: string, count: number, of: number, suppressed: boolean): SurveyOptionResult => ({
        label,
        count: suppressed ? null : count,
        share: suppressed || of === 0 ? null : count / of,
        suppressed,
      });
      return {
        question,
        respondents: hidden?.total ? null : total,
        options: questionCells.map((cell, index) => option(cell.label, columns[index], total, hidden?.columns[index] ?? false)),
        segments: crossBy
          ? segmentValues.map((value, rowIndex) => {
              const rowHidden = hidden?.rows[rowIndex];
              return {
                value,
                respondents: rowHidden?.total ? null : rows[rowIndex].total,
                suppressed: rowHidden?.total ?? false,
                options: questionCells.map((cell, index) =>
                  option(cell.label, rows[rowIndex].cells[index], rows[rowIndex].total, rowHidden?.cells[index] ?? false),
                ),
              };
            })
          : null,
      };
    });
  }

  /** Every response of a survey: city staff only. */
  async responses(surveyId: string, page: PageRequest<SurveyResponse>, caller: Principal | null): Promise<Page<SurveyResponse>> {
    authorize(surveyPolicies.readAllResponses, caller, null);
    return findPage(this.em, SurveyResponse, { surveyId }, page);
  }

  /** Creates a survey with its questions (city staff). */
  async create(draft: SurveyDraft, caller: Principal | null): Promise<Survey> {
    authorize(surveyPolicies.manage, caller, null);
    validateSurveyDraft(draft);
    try {
      return await this.insertSurvey(draft);
    } catch (error) {
      // Two surveys created at once with one code: the unique key (code, version) decides.
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw takenCode(draft.code);
      throw error;
    }
  }

  private async insertSurvey(draft: SurveyDraft): Promise<Survey> {
    return this.em.transactional(async (tx) => {
      const existing = await sql<{ n: string }>(tx, 'select count(*) as n from survey where code = ?', [draft.code]);
      if (Number(existing[0].n) > 0) throw takenCode(draft.code);
      const id = randomUUID();
      await sql(
        tx,
        `insert into survey (id, code, version, title, description, audience, opens_on, closes_on, created_at)
         values (?, ?, 1, ?, ?, ?, ?, ?, now())`,
        [id, draft.code, draft.title, draft.description ?? '', draft.audience, draft.opensOn, draft.closesOn],
      );
      await insertQuestions(tx, id, draft.questions);
      return (await tx.findOneOrFail(Survey, { id }, { refresh: true }));
    });
  }

  /**
   * Replaces the questions of a survey nobody has answered yet. The survey row is locked, and
   * answering takes a share lock on it, so questions never change under an answer: once
   * answers exist this is CONFLICT and a new version (createSurveyVersion) is the way.
   */
  async replaceQuestions(surveyId: string, questions: QuestionDraft[], caller: Principal | null): Promise<Survey> {
    authorize(surveyPolicies.manage, caller, null);
    validateQuestions(new IssueCollector(), questions, true);
    return this.em.transactional(async (tx) => {
      const [locked] = await sql<{ id: string }>(tx, 'select id from survey where id = ? for update', [surveyId]);
      if (!locked) throw new NotFoundError('Survey', surveyId);
      const [answered] = await sql<{ n: string }>(tx, 'select count(*) as n from survey_response where survey_id = ?', [surveyId]);
      if (Number(answered.n) > 0) throw new ConflictError('This survey has answers; its questions are frozen. Create a new version instead.');
      await sql(tx, 'delete from survey_option where question_id in (select id from survey_question where survey_id = ?)', [surveyId]);
      await sql(tx, 'delete from survey_question where survey_id = ?', [surveyId]);
      await insertQuestions(tx, surveyId, questions);
      return tx.findOneOrFail(Survey, { id: surveyId }, { refresh: true });
    });
  }

  /** A new version of a survey with new questions; the old version and its answers stay as they were. */
  async createVersion(surveyId: string, change: { questions: QuestionDraft[]; opensOn: string; closesOn: string }, caller: Principal | null): Promise<Survey> {
    authorize(surveyPolicies.manage, caller, null);
    const issues = new IssueCollector();
    validateDates(issues, change.opensOn, change.closesOn);
    validateQuestions(issues, change.questions, true);
    issues.throwIfAny();
    return this.em.transactional(async (tx) => {
      const [previous] = await sql<{ code: string }>(tx, 'select code from survey where id = ? for update', [surveyId]);
      if (!previous) throw new NotFoundError('Survey', surveyId);
      const [latest] = await sql<{ id: string; version: number }>(tx, 'select id, version from survey where code = ? order by version desc limit 1 for update', [previous.code]);
      if (latest.id !== surveyId) throw new ConflictError('Only the latest version of a survey can be followed by a new one.');
      const id = randomUUID();
      await sql(
        tx,
        `insert into survey (id, code, version, previous_version_id, title, description, audience, opens_on, closes_on, created_at)
         select ?, code, version + 1, id, title, description, audience, ?, ?, now() from survey where id = ?`,
        [id, change.opensOn, change.closesOn, surveyId],
      );
      await insertQuestions(tx, id, change.questions);
      return tx.findOneOrFail(Survey, { id }, { refresh: true });
    });
  }

  /**
   * Answers a survey, or revises the answer given before, until the survey closes. One
   * response per respondent (unique key, written with insert … on conflict do update), its
   * answers replaced in the same transaction; the survey row is share-locked so its
   * questions cannot change meanwhile.
   */
  async answer(
    request: AnswerSurveyRequest,
    caller: Principal | null,
    now: Date = new Date(),
    registeredProfile?: (groupId: string) => Promise<RegisteredGroupProfile | null>,
  ): Promise<SurveyResponse> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    if (!isUuid(request.surveyId)) issues.add('surveyId', 'INVALID_FORMAT', 'surveyId is not a survey id.');
    if (request.groupId != null && !isUuid(request.groupId)) issues.add('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    if (!Object.values(ActivityField).includes(request.profile.activityField)) issues.add(['profile', 'activityField'], 'INVALID', 'Unknown activity field.');
    if (request.answers.length === 0) issues.add('answers', 'REQUIRED', 'Answer at least one question.');
    if (request.answers.length > 100) issues.add('answers', 'TOO_MANY', 'At most 100 answers.');
    issues.throwIfAny();
    // Asked before the transaction so no lock waits on another subgraph.
    const registered = request.groupId != null && registeredProfile ? await registeredProfile(request.groupId) : undefined;

    return this.em.transactional(async (tx) => {
      const [survey] = await sql<{ id: string; audience: SurveyAudience; opens_on: string; closes_on: string }>(
        tx,
        `select id, audience, to_char(opens_on, 'YYYY-MM-DD') as opens_on, to_char(closes_on, 'YYYY-MM-DD') as closes_on from survey where id = ? for share`,
        [request.surveyId],
      );
      if (!survey) throw new NotFoundError('Survey', request.surveyId);
      let respondentKey: string;
      if (survey.audience === SurveyAudience.GROUPS) {
        if (!request.groupId) throw refuse('groupId', 'REQUIRED', 'A group survey is answered for a group: give groupId.');
        authorize(surveyPolicies.answerForGroup, principal, { groupId: request.groupId });
        respondentKey = `group:${request.groupId}`;
      } else {
        authorize(surveyPolicies.answerAsPerson, principal, { staffOnly: survey.audience === SurveyAudience.STAFF });
        respondentKey = `person:${principal.subject}`;
      }
      const today = todayInJapan(now);
      if (today < survey.opens_on) throw new ConflictError(`The survey opens on ${survey.opens_on}.`);
      if (today > survey.closes_on) throw new ConflictError(`The survey closed on ${survey.closes_on}; answers can no longer be given or revised.`);
      // A group's answers are cross-tabulated by its profile: the profile it gives must be the
      // one the directory holds (one of its fields and districts), or cells could be stuffed.
      if (survey.audience === SurveyAudience.GROUPS && registered !== undefined) checkAgainstDirectory(request.profile, registered);

      const questions = await sql<QuestionRow>(tx, 'select id, kind, scale_min, scale_max from survey_question where survey_id = ?', [survey.id]);
      const options = await sql<OptionRow>(
        tx,
        'select o.id, o.question_id, o.is_other from survey_option o join survey_question q on q.id = o.question_id where q.survey_id = ?',
        [survey.id],
      );
      const rows = answerRows(request.answers, questions, options);

      const [response] = await sql<{ id: string }>(
        tx,
        `insert into survey_response (id, survey_id, respondent_key, group_id, person_subject, activity_field, organization_type, district, submitted_at, updated_at, submitted_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (survey_id, respondent_key) do update
           set activity_field = excluded.activity_field, organization_type = excluded.organization_type,
               district = excluded.district, updated_at = excluded.updated_at, submitted_by = excluded.submitted_by
         returning id`,
        [
          randomUUID(),
          survey.id,
          respondentKey,
          survey.audience === SurveyAudience.GROUPS ? request.groupId : null,
          survey.audience === SurveyAudience.GROUPS ? null : principal.subject,
          request.profile.activityField,
          request.profile.organizationType,
          request.profile.district ?? CITYWIDE_DISTRICT,
          now,
          now,
          principal.subject,
        ],
      );
      await sql(tx, 'delete from survey_answer where response_id = ?', [response.id]);
      if (rows.length > 0) {
        await sql(
          tx,
          `insert into survey_answer (id, response_id, question_id, option_id, scale_value, text) values ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
          rows.flatMap((row) => [randomUUID(), response.id, row.questionId, row.optionId, row.scaleValue, row.text]),
        );
      }
      return tx.findOneOrFail(SurveyResponse, { id: response.id }, { refresh: true });
    });
  }
}

function takenCode(code: string) {
  return refuse('code', 'TAKEN', `A survey with the code ${code} exists; add a new version instead.`);
}

interface AnswerRow {
  questionId: string;
  optionId: string | null;
  scaleValue: number | null;
  text: string | null;
}

/** Checks each answer against its question and turns it into answer rows; throws every problem at once. */
export function answerRows(answers: readonly AnswerDraft[], questions: readonly QuestionRow[], options: readonly OptionRow[]): AnswerRow[] {
  const issues = new IssueCollector();
  const rows: AnswerRow[] = [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = (...field: string[]) => ['answers', String(index), ...field];
    const question = byId.get(answer.questionId);
    if (!question) return issues.add(at('questionId'), 'UNKNOWN_QUESTION', 'This question is not part of the survey.');
    if (seen.has(question.id)) return issues.add(at('questionId'), 'DUPLICATE', 'Each question is answered once.');
    seen.add(question.id);
    const ownOptions = new Map(options.filter((option) => option.question_id === question.id).map((option) => [option.id, option]));
    const inScale = (value: number | null | undefined) =>
      value != null && Number.isInteger(value) && value >= question.scale_min! && value <= question.scale_max!;
    switch (question.kind) {
      case SurveyQuestionKind.SINGLE_CHOICE:
      case SurveyQuestionKind.MULTIPLE_CHOICE: {
        const chosen = [...new Set(answer.optionIds ?? [])];
        if (chosen.length === 0) return issues.add(at('optionIds'), 'REQUIRED', 'Choose an option.');
        if (question.kind === SurveyQuestionKind.SINGLE_CHOICE && chosen.length > 1) {
          return issues.add(at('optionIds'), 'SINGLE_CHOICE', 'Choose one option only.');
        }
        for (const optionId of chosen) {
          const option = ownOptions.get(optionId);
          if (!option) return issues.add(at('optionIds'), 'UNKNOWN_OPTION', 'An option is not part of this question.');
          const other = option.is_other ? (answer.otherText ?? '').trim() : '';
          if (option.is_other && other.length === 0) return issues.add(at('otherText'), 'REQUIRED', 'Please specify "other".');
          if (other.length > 1000) return issues.add(at('otherText'), 'TOO_LONG', 'otherText must be at most 1000 characters.');
          rows.push({ questionId: question.id, optionId, scaleValue: null, text: option.is_other ? other : null });
        }
        return;
      }
      case SurveyQuestionKind.SCALE:
        if (!inScale(answer.scaleValue)) return issues.add(at('scaleValue'), 'OUT_OF_RANGE', `Give a point from ${question.scale_min} to ${question.scale_max}.`);
        rows.push({ questionId: question.id, optionId: null, scaleValue: answer.scaleValue!, text: null });
        return;
      case SurveyQuestionKind.FREE_TEXT: {
        const text = (answer.text ?? '').trim();
        if (text.length === 0) return issues.add(at('text'), 'REQUIRED', 'Write an answer.');
        if (text.length > 4000) return issues.add(at('text'), 'TOO_LONG', 'text must be at most 4000 characters.');
        rows.push({ questionId: question.id, optionId: null, scaleValue: null, text });
        return;
      }
      case SurveyQuestionKind.MATRIX: {
        const items = answer.matrix ?? [];
        if (items.length === 0) return issues.add(at('matrix'), 'REQUIRED', 'Rate at least one item.');
        const rated = new Set<string>();
        for (const item of items) {
          if (!ownOptions.has(item.optionId)) return issues.add(at('matrix'), 'UNKNOWN_OPTION', 'An item is not part of this question.');
          if (rated.has(item.optionId)) return issues.add(at('matrix'), 'DUPLICATE', 'Each item is rated once.');
          if (!inScale(item.scaleValue)) return issues.add(at('matrix'), 'OUT_OF_RANGE', `Give points from ${question.scale_min} to ${question.scale_max}.`);
          rated.add(item.optionId);
          rows.push({ questionId: question.id, optionId: item.optionId, scaleValue: item.scaleValue, text: null });
        }
        return;
      }
    }
  });
  issues.throwIfAny();
  return rows;
}

function validateDates(issues: IssueCollector, opensOn: string, closesOn: string): void {
  if (!isCalendarDate(opensOn)) issues.add('opensOn', 'INVALID_FORMAT', 'opensOn is not a date.');
  if (!isCalendarDate(closesOn)) issues.add('closesOn', 'INVALID_FORMAT', 'closesOn is not a date.');
  else if (isCalendarDate(opensOn) && closesOn < opensOn) issues.add('closesOn', 'BEFORE_OPENING', 'closesOn must not be before opensOn.');
}

export function validateSurveyDraft(draft: SurveyDraft): void {
  const issues = new IssueCollector();
  issues.text('code', draft.code, 100, true);
  if (draft.code && !/^[a-z0-9-]+$/.test(draft.code)) issues.add('code', 'INVALID_FORMAT', 'code uses a-z, 0-9 and hyphens.');
  issues.text('title', draft.title, 200, true);
  issues.text('description', draft.description, 4000, false);
  validateDates(issues, draft.opensOn, draft.closesOn);
  validateQuestions(issues, draft.questions, false);
  issues.throwIfAny();
}

function validateQuestions(issues: IssueCollector, questions: readonly QuestionDraft[], throwNow: boolean): void {
  if (questions.length === 0) issues.add('questions', 'REQUIRED', 'A survey has at least one question.');
  if (questions.length > 100) issues.add('questions', 'TOO_MANY', 'At most 100 questions.');
  questions.forEach((question, index) => {
    const at = (...field: string[]) => ['questions', String(index), ...field];
    issues.text(at('prompt'), question.prompt, 1000, true);
    const options = question.options ?? [];
    const choice = question.kind === SurveyQuestionKind.SINGLE_CHOICE || question.kind === SurveyQuestionKind.MULTIPLE_CHOICE;
    const scaled = question.kind === SurveyQuestionKind.SCALE || question.kind === SurveyQuestionKind.MATRIX;
    if (choice && options.length < 2) issues.add(at('options'), 'REQUIRED', 'A choice question has at least two options.');
    if (question.kind === SurveyQuestionKind.MATRIX && (options.length < 1 || options.length > 10)) {
      issues.add(at('options'), 'OUT_OF_RANGE', 'A matrix has 1 to 10 items.');
    }
    if (!choice && question.kind !== SurveyQuestionKind.MATRIX && options.length > 0) issues.add(at('options'), 'NOT_ALLOWED', 'Only choice and matrix questions have options.');
    if (options.length > 50) issues.add(at('options'), 'TOO_MANY', 'At most 50 options.');
    options.forEach((option, optionIndex) => issues.text(at('options', String(optionIndex), 'label'), option.label, 200, true));
    if (options.some((option) => option.isOther) && question.kind !== SurveyQuestionKind.MULTIPLE_CHOICE && question.kind !== SurveyQuestionKind.SINGLE_CHOICE) {
      issues.add(at('options'), 'NOT_ALLOWED', '"Other, please specify" is for choice questions.');
    }
    if (scaled) {
      const { scaleMin: min, scaleMax: max } = question;
      if (min == null || max == null || !Number.isInteger(min) || !Number.isInteger(max) || max <= min || max - min > 9) {
        issues.add(at('scaleMax'), 'OUT_OF_RANGE', 'A scale has 2 to 10 whole points (scaleMin < scaleMax).');
      }
    } else if (question.scaleMin != null || question.scaleMax != null) {
      issues.add(at('scaleMin'), 'NOT_ALLOWED', 'Only scale and matrix questions have a scale.');
    }
  });
  if (throwNow) issues.throwIfAny();
}

async function insertQuestions(tx: EntityManager, surveyId: string, questions: readonly QuestionDraft[]): Promise<void> {
  for (const [index, question] of questions.entries()) {
    const id = randomUUID();
    await sql(
      tx,
      `insert into survey_question (id, survey_id, position, kind, prompt, scale_min, scale_max, scale_min_label, scale_max_label)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, surveyId, index + 1, question.kind, question.prompt, question.scaleMin ?? null, question.scaleMax ?? null, question.scaleMinLabel ?? null, question.scaleMaxLabel ?? null],
    );
    const options = question.options ?? [];
    if (options.length > 0) {
      await sql(
        tx,
        `insert into survey_option (id, question_id, position, label, is_other) values ${options.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        options.flatMap((option, position) => [randomUUID(), id, position + 1, option.label, option.isOther === true]),
      );
    }
  }
}

export interface SurveyAnswerView {
  responseId: string;
  questionId: string;
  kind: SurveyQuestionKind;
  prompt: string;
  position: number;
  chosen: string[];
  otherText: string | null;
  scaleValue: number | null;
  text: string | null;
  matrix: Array<{ item: string; scaleValue: number }>;
}

/** The answers of many responses, one statement, grouped per response and question. */
export async function answersOfResponses(em: EntityManager, responseIds: readonly string[]): Promise<Map<string, SurveyAnswerView[]>> {
  const ids = responseIds.filter(isUuid);
  const result = new Map<string, SurveyAnswerView[]>();
  if (ids.length === 0) return result;
  const rows = await sql<{
    response_id: string;
    question_id: string;
    kind: SurveyQuestionKind;
    prompt: string;
    position: number;
    label: string | null;
    is_other: boolean | null;
    scale_value: number | null;
    text: string | null;
  }>(
    em,
    `select a.response_id, q.id as question_id, q.kind, q.prompt, q.position, o.label, o.is_other, a.scale_value, a.text
       from survey_answer a
       join survey_question q on q.id = a.question_id
       left join survey_option o on o.id = a.option_id
      where a.response_id in (${ids.map(() => '?').join(', ')})
      order by a.response_id, q.position, o.position`,
    ids,
  );
  for (const row of rows) {
    const list = result.get(row.response_id) ?? [];
    result.set(row.response_id, list);
    let view = list.find((answer) => answer.questionId === row.question_id);
    if (!view) {
      view = { responseId: row.response_id, questionId: row.question_id, kind: row.kind, prompt: row.prompt, position: row.position, chosen: [], otherText: null, scaleValue: null, text: null, matrix: [] };
      list.push(view);
    }
    if (row.kind === SurveyQuestionKind.MATRIX && row.label !== null && row.scale_value !== null) view.matrix.push({ item: row.label, scaleValue: row.scale_value });
    else if (row.label !== null) {
      view.chosen.push(row.label);
      if (row.is_other) view.otherText = row.text;
    } else if (row.kind === SurveyQuestionKind.SCALE) view.scaleValue = row.scale_value;
    else view.text = row.text;
  }
  return result;
}

function checkAgainstDirectory(profile: AnswerSurveyRequest['profile'], registered: RegisteredGroupProfile | null): void {
  if (!registered) throw refuse('groupId', 'NOT_FOUND', 'No group has this id.');
  const issues = new IssueCollector();
  if (profile.organizationType !== registered.organizationType) {
    issues.add(['profile', 'organizationType'], 'NOT_AS_REGISTERED', `The group is registered as ${registered.organizationType}.`);
  }
  if (!registered.activityFields.includes(profile.activityField)) {
    issues.add(['profile', 'activityField'], 'NOT_AS_REGISTERED', `Choose one of the group's registered fields: ${registered.activityFields.join(', ')}.`);
  }
  const district = profile.district ?? null;
  if (district === null ? registered.districts.length > 0 : !registered.districts.includes(district)) {
    issues.add(['profile', 'district'], 'NOT_AS_REGISTERED', registered.districts.length > 0 ? `Choose one of the group's districts: ${registered.districts.join(', ')}.` : 'The group is registered as citywide: leave district empty.');
  }
  issues.throwIfAny();
}
