import { Migration } from '@mikro-orm/migrations';

// Written out, not taken from the enums: a shipped migration never changes with the code.
const ACTIVITY_FIELDS = `'HEALTH_MEDICAL_WELFARE', 'SOCIAL_EDUCATION', 'COMMUNITY_DEVELOPMENT', 'TOURISM',
  'RURAL_DEVELOPMENT', 'CULTURE_ARTS_SPORTS', 'ENVIRONMENT', 'DISASTER_RELIEF',
  'COMMUNITY_SAFETY', 'HUMAN_RIGHTS_PEACE', 'INTERNATIONAL_COOPERATION', 'GENDER_EQUALITY',
  'CHILD_DEVELOPMENT', 'INFORMATION_SOCIETY', 'SCIENCE_TECHNOLOGY', 'ECONOMIC_ACTIVITY',
  'VOCATIONAL_SKILLS_EMPLOYMENT', 'CONSUMER_PROTECTION', 'SUPPORT_FOR_CIVIC_ORGANIZATIONS',
  'PREFECTURAL_ORDINANCE'`;
const PROPOSAL_STATUSES = `'DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN', 'AGREED', 'IMPLEMENTED', 'COMPLETED'`;
const PARTY_KINDS = `'DEPARTMENT', 'GROUP', 'INTERMEDIARY'`;
const NO_GROUP = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The mutual-proposal programme as a workflow (issue 6): the city's published challenges,
 * proposals from draft to completion with their history, consultations, agreements on the
 * four principles with every version and signature, yearly results, and evaluations from
 * three views that the database itself keeps unchanged once published. Department, group and
 * intermediary ids point into the directory subgraph: plain uuids, no foreign keys.
 */
export class Migration20261215000100_collaboration_workflow extends Migration {
  override async up(): Promise<void> {
    // 事務局: which department runs the programme. One row at most; deployments set it (README).
    this.addSql(`
      create table programme_office (
        singleton boolean primary key default true check (singleton),
        secretariat_department_id uuid not null,
        updated_at timestamptz not null default now(),
        updated_by text
      )`);

    this.addSql(`
      create table city_challenge (
        id uuid primary key,
        title text not null check (length(title) between 1 and 200),
        description text not null check (length(description) between 1 and 4000),
        activity_field text not null check (activity_field in (${ACTIVITY_FIELDS})),
        department_id uuid not null,
        opens_on date not null,
        closes_on date not null,
        fiscal_year integer not null check (fiscal_year between 1998 and 2100),
        published_at timestamptz not null,
        published_by text not null,
        constraint city_challenge_period_check check (closes_on >= opens_on)
      )`);
    this.addSql('create index city_challenge_newest_idx on city_challenge (opens_on desc, id desc)');
    this.addSql('create index city_challenge_department_newest_idx on city_challenge (department_id, opens_on desc, id desc)');

    // Proposals gain what a proposal says, the challenge it answers, partner groups, a version
    // for edits, and the statuses before submission and after adoption.
    this.addSql(`
      alter table proposal
        add column problem text not null default '' check (length(problem) <= 4000),
        add column expected_effects text not null default '' check (length(expected_effects) <= 4000),
        add column partners_sought text not null default '' check (length(partners_sought) <= 2000),
        add column requested_budget bigint check (requested_budget >= 0),
        add column challenge_id uuid references city_challenge (id),
        add column partner_group_ids uuid[] not null default '{}' check (cardinality(partner_group_ids) <= 20),
        add column version integer not null default 1 check (version >= 1),
        add column created_by text,
        add column updated_at timestamptz not null default now()`);
    this.addSql('alter table proposal alter column submitted_on drop not null');
    this.addSql('alter table proposal drop constraint proposal_status_check');
    this.addSql(`alter table proposal add constraint proposal_status_check check (status in (${PROPOSAL_STATUSES}))`);
    this.addSql(`
      alter table proposal
        add constraint proposal_submitted_check check (submitted_on is not null or status in ('DRAFT', 'WITHDRAWN')),
        add constraint proposal_draft_check check (status <> 'DRAFT' or (submitted_on is null and decided_on is null)),
        add constraint proposal_partner_not_proposer_check check (not (proposing_group_id = any (partner_group_ids)))`);
    // Group.collaborations finds a group among the partners.
    this.addSql('create index proposal_partner_groups_idx on proposal using gin (partner_group_ids)');

    this.addSql(`
      create table proposal_transition (
        id uuid primary key,
        proposal_id uuid not null references proposal (id),
        from_status text check (from_status in (${PROPOSAL_STATUSES})),
        to_status text not null check (to_status in (${PROPOSAL_STATUSES})),
        at timestamptz not null,
        acted_as text not null check (acted_as in ('PROPOSER', 'RESPONSIBLE_DEPARTMENT', 'SECRETARIAT', 'PARTY')),
        actor_subject text not null,
        actor_name text,
        reason text check (length(reason) <= 2000),
        -- Not adopting and withdrawing say why, whoever writes the row.
        constraint proposal_transition_reason_given_check
          check (to_status not in ('NOT_ADOPTED', 'WITHDRAWN') or length(btrim(coalesce(reason, ''))) > 0)
      )`);
    this.addSql('create index proposal_transition_proposal_idx on proposal_transition (proposal_id, at, id)');

    this.addSql(`
      create table consultation (
        id uuid primary key,
        proposal_id uuid not null references proposal (id),
        held_on date not null,
        participants text[] not null check (cardinality(participants) between 1 and 30),
        notes text not null check (length(notes) between 1 and 8000),
        next_steps text not null default '' check (length(next_steps) <= 4000),
        recorded_at timestamptz not null,
        recorded_by text not null
      )`);
    this.addSql('create index consultation_proposal_newest_idx on consultation (proposal_id, held_on desc, id desc)');

    this.addSql(`
      create table agreement (
        id uuid primary key,
        origin text not null check (origin in ('MUTUAL_PROPOSAL', 'DEPARTMENT_PROJECT', 'COMMISSION')),
        proposal_id uuid unique references proposal (id),
        title text not null check (length(title) between 1 and 200),
        department_id uuid not null,
        group_ids uuid[] not null check (cardinality(group_ids) between 1 and 20),
        intermediary_id uuid,
        activity_field text not null check (activity_field in (${ACTIVITY_FIELDS})),
        status text not null check (status in ('NEGOTIATING', 'ACTIVE', 'IN_PROGRESS', 'COMPLETED')),
        version integer not null check (version >= 1),
        starts_on date not null,
        ends_on date not null,
        created_at timestamptz not null,
        created_by text not null,
        activated_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        constraint agreement_origin_proposal_check check ((origin = 'MUTUAL_PROPOSAL') = (proposal_id is not null)),
        constraint agreement_period_check check (ends_on >= starts_on)
      )`);
    this.addSql('create index agreement_newest_idx on agreement (starts_on desc, id desc)');
    this.addSql('create index agreement_department_newest_idx on agreement (department_id, starts_on desc, id desc)');
    this.addSql('create index agreement_group_ids_idx on agreement using gin (group_ids)');

    this.addSql(`
      create table agreement_version (
        id uuid primary key,
        agreement_id uuid not null references agreement (id),
        version integer not null check (version >= 1),
        based_on_version integer,
        purpose text not null check (length(purpose) between 1 and 4000),
        risk_sharing text not null default '' check (length(risk_sharing) <= 4000),
        deliverables text not null default '' check (length(deliverables) <= 4000),
        starts_on date not null,
        ends_on date not null,
        change_summary text not null default '' check (length(change_summary) <= 2000),
        changed_fields text[] not null default '{}',
        created_at timestamptz not null,
        created_by text not null,
        created_by_name text,
        constraint agreement_version_unique unique (agreement_id, version),
        -- A revision is always based on the version just before it.
        constraint agreement_version_basis_check
          check ((version = 1 and based_on_version is null) or based_on_version = version - 1),
        constraint agreement_version_period_check check (ends_on >= starts_on)
      )`);

    this.addSql(`
      create table agreement_party_terms (
        id uuid primary key,
        agreement_version_id uuid not null references agreement_version (id),
        party_kind text not null check (party_kind in (${PARTY_KINDS})),
        party_id uuid not null,
        roles text[] not null default '{}' check (cardinality(roles) <= 20),
        budget_share bigint not null default 0 check (budget_share >= 0),
        position smallint not null check (position >= 0),
        constraint agreement_party_terms_unique unique (agreement_version_id, party_kind, party_id)
      )`);

    this.addSql(`
      create table agreement_signature (
        id uuid primary key,
        agreement_id uuid not null,
        version integer not null,
        party_kind text not null check (party_kind in (${PARTY_KINDS})),
        party_id uuid not null,
        signed_at timestamptz not null,
        signed_by text not null,
        constraint agreement_signature_unique unique (agreement_id, version, party_kind, party_id),
        constraint agreement_signature_version_fk foreign key (agreement_id, version) references agreement_version (agreement_id, version)
      )`);

    this.addSql(`
      create table agreement_result (
        id uuid primary key,
        agreement_id uuid not null references agreement (id),
        fiscal_year integer not null check (fiscal_year between 1998 and 2100),
        summary text not null check (length(summary) between 1 and 4000),
        participants integer check (participants >= 0),
        city_expenditure bigint not null default 0 check (city_expenditure >= 0),
        group_expenditure bigint not null default 0 check (group_expenditure >= 0),
        recorded_at timestamptz not null,
        recorded_by text not null,
        constraint agreement_result_unique unique (agreement_id, fiscal_year)
      )`);
    this.addSql('create index agreement_result_newest_idx on agreement_result (agreement_id, fiscal_year desc, id desc)');

    this.addSql(`
      create table evaluation (
        id uuid primary key,
        agreement_id uuid not null references agreement (id),
        view text not null check (view in ('DEPARTMENT', 'GROUP', 'THIRD_PARTY')),
        evaluator_group_id uuid,
        fiscal_year integer not null check (fiscal_year between 1998 and 2100),
        final boolean not null,
        outcome text not null check (outcome in (
          'CONTINUE', 'EXPAND', 'REVISE', 'END', 'CONTINUE_AS_CITY_COMMISSION', 'CONTINUE_BY_GROUP_ALONE', 'CONTINUE_WITH_OTHER_GROUPS'
        )),
        summary text not null default '' check (length(summary) <= 4000),
        revision integer not null default 1 check (revision >= 1),
        submitted_at timestamptz not null,
        submitted_by text not null,
        published_at timestamptz,
        published_by text,
        constraint evaluation_group_view_check check ((view = 'GROUP') = (evaluator_group_id is not null)),
        constraint evaluation_published_check check ((published_at is null) = (published_by is null))
      )`);
    // One evaluation per view (per group for the group view), fiscal year and kind.
    this.addSql(
      `create unique index evaluation_one_per_view_idx on evaluation (agreement_id, view, coalesce(evaluator_group_id, ${NO_GROUP}), fiscal_year, final)`,
    );
    this.addSql('create index evaluation_agreement_newest_idx on evaluation (agreement_id, fiscal_year desc, id desc)');
    this.addSql('create index evaluation_published_idx on evaluation (published_at) where published_at is not null');

    this.addSql(`
      create table evaluation_score (
        id uuid primary key,
        evaluation_id uuid not null references evaluation (id),
        criterion text not null check (criterion in ('GOAL_ACHIEVEMENT', 'ROLE_SHARING', 'INFORMATION_SHARING', 'PROCESS', 'COMMUNITY_EFFECT')),
        score smallint not null check (score between 1 and 5),
        comment text not null default '' check (length(comment) <= 2000),
        constraint evaluation_score_unique unique (evaluation_id, criterion)
      )`);

    // Published evaluations are public record: the database itself refuses to change or delete
    // them or their scores, whatever SQL a service or an operator runs.
    this.addSql(`
      create function evaluation_refuse_change_once_published() returns trigger language plpgsql as $$
      begin
        if old.published_at is not null then
          raise exception 'evaluation % is published and can no longer change', old.id using errcode = 'integrity_constraint_violation';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end
      $$`);
    this.addSql(`
      create trigger evaluation_published_is_final before update or delete on evaluation
        for each row execute function evaluation_refuse_change_once_published()`);
    this.addSql(`
      create function evaluation_score_refuse_change_once_published() returns trigger language plpgsql as $$
      declare
        target uuid := case when tg_op = 'DELETE' then old.evaluation_id else new.evaluation_id end;
      begin
        if exists (select 1 from evaluation where id = target and published_at is not null)
           or (tg_op = 'UPDATE' and exists (select 1 from evaluation where id = old.evaluation_id and published_at is not null)) then
          raise exception 'the scores of evaluation % are published and can no longer change', target using errcode = 'integrity_constraint_violation';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end
      $$`);
    this.addSql(`
      create trigger evaluation_score_published_is_final before insert or update or delete on evaluation_score
        for each row execute function evaluation_score_refuse_change_once_published()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table evaluation_score');
    this.addSql('drop table evaluation');
    this.addSql('drop function evaluation_score_refuse_change_once_published');
    this.addSql('drop function evaluation_refuse_change_once_published');
    this.addSql('drop table agreement_result');
    this.addSql('drop table agreement_signature');
    this.addSql('drop table agreement_party_terms');
    this.addSql('drop table agreement_version');
    this.addSql('drop table agreement');
    this.addSql('drop table consultation');
    this.addSql('drop table proposal_transition');
    this.addSql('drop index proposal_partner_groups_idx');
    this.addSql(`
      alter table proposal
        drop constraint proposal_partner_not_proposer_check,
        drop constraint proposal_draft_check,
        drop constraint proposal_submitted_check,
        drop constraint proposal_status_check`);
    this.addSql(`
      alter table proposal add constraint proposal_status_check
        check (status in ('SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'IMPLEMENTED', 'NOT_ADOPTED', 'WITHDRAWN'))`);
    this.addSql('alter table proposal alter column submitted_on set not null');
    this.addSql(`
      alter table proposal
        drop column updated_at, drop column created_by, drop column version, drop column partner_group_ids,
        drop column challenge_id, drop column requested_budget, drop column partners_sought,
        drop column expected_effects, drop column problem`);
    this.addSql('drop table city_challenge');
    this.addSql('drop table programme_office');
  }
}
