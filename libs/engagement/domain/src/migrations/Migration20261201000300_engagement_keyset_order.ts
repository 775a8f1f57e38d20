import { Migration } from '@mikro-orm/migrations';

/**
 * Lists page in SQL now, so the guideline's order of measures (6-3-2 before 6-3-10) must be
 * an SQL order: codes are held to their `6-3-2` form and `guideline_order` keeps their parts
 * as integers, which sort part by part. Enrolments page by (enrolled_on, id) per group and
 * per programme.
 */
export class Migration20261201000300_engagement_keyset_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "alter table policy_measure add constraint policy_measure_code_format check (code ~ '^[0-9]{1,4}(-[0-9]{1,4}){0,7}$')",
    );
    this.addSql(
      "alter table policy_measure add column guideline_order integer[] generated always as (string_to_array(code, '-')::integer[]) stored",
    );
    this.addSql('create index policy_measure_guideline_order_idx on policy_measure (guideline_order, id)');
    this.addSql('create index policy_measure_department_order_idx on policy_measure (lead_department_id, guideline_order, id)');
    this.addSql('create index policy_measure_class_order_idx on policy_measure (priority_class, guideline_order, id)');
    this.addSql('drop index policy_measure_lead_department_idx');
    this.addSql('drop index policy_measure_priority_class_idx');

    this.addSql('create index training_enrollment_group_enrolled_idx on training_enrollment (group_id, enrolled_on, id)');
    this.addSql('create index training_enrollment_program_enrolled_idx on training_enrollment (program_id, enrolled_on, id)');
    this.addSql('drop index training_enrollment_group_idx');
  }

  override async down(): Promise<void> {
    this.addSql('create index training_enrollment_group_idx on training_enrollment (group_id)');
    this.addSql('drop index training_enrollment_program_enrolled_idx');
    this.addSql('drop index training_enrollment_group_enrolled_idx');
    this.addSql('create index policy_measure_priority_class_idx on policy_measure (priority_class, code)');
    this.addSql('create index policy_measure_lead_department_idx on policy_measure (lead_department_id, code)');
    this.addSql('alter table policy_measure drop column guideline_order');
    this.addSql('alter table policy_measure drop constraint policy_measure_code_format');
  }
}
