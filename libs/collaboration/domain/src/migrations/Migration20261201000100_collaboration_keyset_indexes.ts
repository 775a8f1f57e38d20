import { Migration } from '@mikro-orm/migrations';

/**
 * Every list of proposals pages newest first by (fiscal_year, submitted_on, id), all
 * descending; these indexes serve that order and the row-value cursor predicate, per parent
 * for Group.proposals and Department.proposals. They cover what the single-column ones did.
 */
export class Migration20261201000100_collaboration_keyset_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index proposal_newest_idx on proposal (fiscal_year desc, submitted_on desc, id desc)');
    this.addSql(
      'create index proposal_group_newest_idx on proposal (proposing_group_id, fiscal_year desc, submitted_on desc, id desc)',
    );
    this.addSql(
      'create index proposal_department_newest_idx on proposal (department_id, fiscal_year desc, submitted_on desc, id desc)',
    );
    this.addSql('drop index proposal_proposing_group_idx');
    this.addSql('drop index proposal_department_idx');
    this.addSql('drop index proposal_fiscal_year_idx');
  }

  override async down(): Promise<void> {
    this.addSql('create index proposal_proposing_group_idx on proposal (proposing_group_id)');
    this.addSql('create index proposal_department_idx on proposal (department_id)');
    this.addSql('create index proposal_fiscal_year_idx on proposal (fiscal_year desc, id)');
    this.addSql('drop index proposal_department_newest_idx');
    this.addSql('drop index proposal_group_newest_idx');
    this.addSql('drop index proposal_newest_idx');
  }
}
