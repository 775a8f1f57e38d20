import { Migration } from '@mikro-orm/migrations';

/**
 * Intermediaries get a stable code (e.g. `civic-activity-center`), so code can find the
 * Civic Activity Center, where registrations go by default, without knowing its id.
 */
export class Migration20261204000000_directory_intermediary_code extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table intermediary add column code text');
    // Databases seeded before codes existed: the three intermediaries the guideline names,
    // by their official names; anything else gets a code derived from its id.
    this.addSql(`
      update intermediary set code = case name
        when '鎌倉市市民活動センター' then 'civic-activity-center'
        when '鎌倉市社会福祉協議会' then 'social-welfare-council'
        when '鎌倉市ボランティアセンター' then 'volunteer-center'
        when 'かまくらボランティアセンター' then 'volunteer-center'
        else 'intermediary-' || id::text
      end`);
    this.addSql('alter table intermediary alter column code set not null');
    this.addSql('alter table intermediary add constraint intermediary_code_key unique (code)');
  }

  override async down(): Promise<void> {
    this.addSql('alter table intermediary drop column code');
  }
}
