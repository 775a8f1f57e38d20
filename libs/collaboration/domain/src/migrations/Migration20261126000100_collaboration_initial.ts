import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000100_collaboration_initial extends Migration {
  override async up(): Promise<void> {
    // proposing_group_id and department_id point into the directory subgraph: plain uuids,
    // no foreign keys, because other schemas are off limits.
    this.addSql(`
      create table proposal (
        id uuid primary key,
        title text not null check (length(title) between 1 and 200),
        summary text not null default '' check (length(summary) <= 4000),
        proposer_type text not null check (proposer_type in ('CITY', 'GROUP')),
        proposing_group_id uuid,
        department_id uuid not null,
        fiscal_year integer not null check (fiscal_year between 1998 and 2100),
        activity_field text not null check (activity_field in (
          'HEALTH_MEDICAL_WELFARE', 'SOCIAL_EDUCATION', 'COMMUNITY_DEVELOPMENT', 'TOURISM',
          'RURAL_DEVELOPMENT', 'CULTURE_ARTS_SPORTS', 'ENVIRONMENT', 'DISASTER_RELIEF',
          'COMMUNITY_SAFETY', 'HUMAN_RIGHTS_PEACE', 'INTERNATIONAL_COOPERATION', 'GENDER_EQUALITY',
          'CHILD_DEVELOPMENT', 'INFORMATION_SOCIETY', 'SCIENCE_TECHNOLOGY', 'ECONOMIC_ACTIVITY',
          'VOCATIONAL_SKILLS_EMPLOYMENT', 'CONSUMER_PROTECTION', 'SUPPORT_FOR_CIVIC_ORGANIZATIONS',
          'PREFECTURAL_ORDINANCE'
        )),
        status text not null check (status in (
          'SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'IMPLEMENTED', 'NOT_ADOPTED', 'WITHDRAWN'
        )),
        submitted_on date not null,
        decided_on date,
        created_at timestamptz not null default now(),
        -- A group proposal names its group; a city proposal has none.
        constraint proposal_proposing_group_check
          check ((proposer_type = 'GROUP') = (proposing_group_id is not null)),
        constraint proposal_decided_after_submitted_check
          check (decided_on is null or decided_on >= submitted_on)
      )`);
    // Group.proposals and Department.proposals batch on these; listings sort by year.
    this.addSql('create index proposal_proposing_group_idx on proposal (proposing_group_id)');
    this.addSql('create index proposal_department_idx on proposal (department_id)');
    this.addSql('create index proposal_fiscal_year_idx on proposal (fiscal_year desc, id)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table proposal');
  }
}
