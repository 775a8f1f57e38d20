import { Migration } from '@mikro-orm/migrations';
import { GUIDELINE_MEASURE_HEADINGS as MEASURE_HEADINGS } from '../entities/policy-measure-headings';



/**
 * Issue 8: surveys (アンケート調査) with questions, options, one response per respondent and
 * the respondent's profile snapshot; training sessions with enrolments and a waitlist;
 * consultations (相談); progress reports and committee reviews of the guideline's measures.
 */
export class Migration20261220000300_engagement_surveys_sessions_measures extends Migration {
  override async up(): Promise<void> {
    // ---- Surveys ---------------------------------------------------------------------------
    this.addSql(`
      create table survey (
        id uuid primary key,
        code text not null,
        version integer not null default 1 check (version between 1 and 1000),
        previous_version_id uuid references survey (id),
        title text not null check (length(title) between 1 and 200),
        description text not null default '' check (length(description) <= 4000),
        audience text not null check (audience in ('GROUPS', 'CITIZENS', 'STAFF')),
        opens_on date not null,
        closes_on date not null,
        created_at timestamptz not null default now(),
        constraint survey_dates check (closes_on >= opens_on),
        constraint survey_code_version_key unique (code, version)
      )`);
    this.addSql('create index survey_newest_idx on survey (opens_on desc, id)');
    this.addSql(`
      create table survey_question (
        id uuid primary key,
        survey_id uuid not null references survey (id) on delete cascade,
        position integer not null check (position between 1 and 100),
        kind text not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT', 'MATRIX')),
        prompt text not null check (length(prompt) between 1 and 1000),
        scale_min integer,
        scale_max integer,
        scale_min_label text,
        scale_max_label text,
        constraint survey_question_position_key unique (survey_id, position),
        constraint survey_question_scale check (
          (kind in ('SCALE', 'MATRIX')) = (scale_min is not null and scale_max is not null)
          and (scale_min is null or (scale_max > scale_min and scale_max - scale_min <= 9))
        )
      )`);
    // Options of a choice question, or the items (rows) of a matrix: at most 50, and a matrix
    // at most 10 items of at most 10 points, so no result list exceeds 100 cells.
    this.addSql(`
      create table survey_option (
        id uuid primary key,
        question_id uuid not null references survey_question (id) on delete cascade,
        position integer not null check (position between 1 and 50),
        label text not null check (length(label) between 1 and 200),
        is_other boolean not null default false,
        constraint survey_option_position_key unique (question_id, position)
      )`);
    this.addSql(`
      create table survey_response (
        id uuid primary key,
        survey_id uuid not null references survey (id),
        respondent_key text not null,
        group_id uuid,
        person_subject text,
        activity_field text not null,
        organization_type text not null,
        district text not null,
        submitted_at timestamptz not null,
        updated_at timestamptz not null,
        submitted_by text not null,
        constraint survey_response_respondent_key unique (survey_id, respondent_key),
        constraint survey_response_respondent check (group_id is not null or person_subject is not null)
      )`);
    this.addSql('create index survey_response_group_idx on survey_response (group_id, submitted_at, id) where group_id is not null');
    this.addSql('create index survey_response_survey_idx on survey_response (survey_id, submitted_at, id)');
    this.addSql(`
      create table survey_answer (
        id uuid primary key,
        response_id uuid not null references survey_response (id) on delete cascade,
        question_id uuid not null references survey_question (id),
        option_id uuid references survey_option (id),
        scale_value integer,
        text text check (length(text) <= 4000),
        constraint survey_answer_something check (option_id is not null or scale_value is not null or text is not null)
      )`);
    this.addSql('create index survey_answer_question_idx on survey_answer (question_id, response_id)');
    this.addSql('create index survey_answer_response_idx on survey_answer (response_id)');
    this.addSql(`
      create unique index survey_answer_choice_key on survey_answer (response_id, question_id, option_id)
        where option_id is not null`);

    // ---- Training sessions -----------------------------------------------------------------
    this.addSql(`
      create table training_session (
        id uuid primary key,
        program_id uuid not null references training_program (id),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        capacity integer not null check (capacity between 1 and 10000),
        venue_id uuid,
        scheduled_by text not null,
        constraint training_session_times check (ends_at > starts_at)
      )`);
    this.addSql('create index training_session_calendar_idx on training_session (starts_at, id)');
    this.addSql('create index training_session_program_idx on training_session (program_id, starts_at, id)');
    this.addSql('create index training_session_venue_idx on training_session (venue_id, starts_at, id) where venue_id is not null');
    this.addSql(`
      create table training_session_enrollment (
        id uuid primary key,
        session_id uuid not null references training_session (id),
        person_subject text not null,
        person_name text,
        person_role text not null,
        department_id uuid,
        group_id uuid,
        status text not null check (status in ('ENROLLED', 'WAITLISTED', 'CANCELLED')),
        queued_at timestamptz not null,
        enrolled_at timestamptz not null,
        status_changed_at timestamptz not null,
        attended boolean
      )`);
    // One live enrolment per person and session; a cancelled one may be followed by a new one.
    this.addSql(`
      create unique index training_session_enrollment_person_key on training_session_enrollment (session_id, person_subject)
        where status <> 'CANCELLED'`);
    this.addSql('create index training_session_enrollment_queue_idx on training_session_enrollment (session_id, status, queued_at, id)');
    this.addSql('create index training_session_enrollment_order_idx on training_session_enrollment (session_id, enrolled_at, id)');
    this.addSql('create index training_session_enrollment_group_idx on training_session_enrollment (group_id, enrolled_at, id) where group_id is not null');
    this.addSql('create index training_session_enrollment_person_idx on training_session_enrollment (person_subject, enrolled_at, id)');
    this.addSql(`
      create table training_session_host (
        session_id uuid not null references training_session (id),
        group_id uuid not null,
        primary key (session_id, group_id)
      )`);

    // ---- Consultations ---------------------------------------------------------------------
    this.addSql(`
      create table consultation_request (
        id uuid primary key,
        requester_subject text not null,
        requester_name text,
        group_id uuid,
        recipient text not null check (recipient in ('INTERMEDIARY', 'COLLABORATION_COORDINATOR')),
        intermediary_id uuid,
        topic text not null check (topic in ('STARTING_A_GROUP', 'FUNDING_AND_GRANTS', 'COLLABORATION_WITH_CITY', 'RUNNING_AN_ORGANIZATION', 'OTHER')),
        question text not null check (length(question) between 1 and 4000),
        status text not null check (status in ('OPEN', 'IN_PROGRESS', 'CLOSED')),
        assignee_name text,
        notes text not null default '' check (length(notes) <= 8000),
        outcome text check (outcome in ('ADVICE_GIVEN', 'REFERRED', 'PROPOSAL_DEVELOPED', 'GROUP_STARTED', 'NOT_PURSUED')),
        requested_at timestamptz not null,
        closed_at timestamptz,
        constraint consultation_request_recipient check ((recipient = 'INTERMEDIARY') = (intermediary_id is not null)),
        constraint consultation_request_closed check ((status = 'CLOSED') = (outcome is not null and closed_at is not null))
      )`);
    this.addSql('create index consultation_request_order_idx on consultation_request (requested_at desc, id)');

    // ---- Measures followed (section 7) -------------------------------------------------------
    this.addSql('alter table policy_measure add column heading_mark text check (heading_mark in (\'ア\', \'イ\', \'ウ\'))');
    this.addSql("alter table policy_measure add column heading_title text not null default ''");
    for (const [code, mark, title] of MEASURE_HEADINGS) {
      // Constants of this file, quoted as SQL literals (no quotes occur in them).
      const markSql = mark === null ? 'null' : `'${mark}'`;
      this.addSql(`update policy_measure set heading_mark = ${markSql}, heading_title = '${title}' where code = '${code}'`);
    }
    this.addSql(`
      create table measure_progress_report (
        id uuid primary key,
        measure_id uuid not null references policy_measure (id),
        fiscal_year integer not null check (fiscal_year between 2019 and 2100),
        status text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'CONTINUING', 'UNDER_REVIEW')),
        narrative text not null check (length(narrative) between 1 and 8000),
        indicators jsonb not null default '[]' check (jsonb_typeof(indicators) = 'array' and jsonb_array_length(indicators) <= 20),
        reported_by text not null,
        reporting_department_id uuid,
        reported_at timestamptz not null,
        constraint measure_progress_report_year_key unique (measure_id, fiscal_year)
      )`);
    this.addSql('create index measure_progress_report_order_idx on measure_progress_report (measure_id, fiscal_year desc, id)');
    this.addSql(`
      create table committee_review (
        id uuid primary key,
        committee text not null check (committee in ('PROMOTION_COMMITTEE', 'INTERNAL_REVIEW_COMMITTEE')),
        held_on date not null,
        fiscal_year integer not null,
        title text not null check (length(title) between 1 and 200),
        summary text not null default '' check (length(summary) <= 8000),
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
    this.addSql('create index committee_review_order_idx on committee_review (held_on desc, id)');
    this.addSql(`
      create table committee_recommendation (
        id uuid primary key,
        review_id uuid not null references committee_review (id) on delete cascade,
        position integer not null check (position between 1 and 50),
        measure_id uuid references policy_measure (id),
        recommendation text not null check (length(recommendation) between 1 and 4000),
        city_response text check (length(city_response) <= 4000),
        responded_on date,
        constraint committee_recommendation_position_key unique (review_id, position)
      )`);
    this.addSql('create index committee_recommendation_measure_idx on committee_recommendation (measure_id, review_id) where measure_id is not null');
    // 市民活動推進の事務局: the department that administers the guideline (one row at most).
    this.addSql(`
      create table guideline_secretariat (
        singleton boolean primary key default true check (singleton),
        department_id uuid not null
      )`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'guideline_secretariat',
      'committee_recommendation',
      'committee_review',
      'measure_progress_report',
      'consultation_request',
      'training_session_host',
      'training_session_enrollment',
      'training_session',
      'survey_answer',
      'survey_response',
      'survey_option',
      'survey_question',
      'survey',
    ]) {
      this.addSql(`drop table ${table}`);
    }
    this.addSql('alter table policy_measure drop column heading_title');
    this.addSql('alter table policy_measure drop column heading_mark');
  }
}
