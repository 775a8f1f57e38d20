import { Migration } from '@mikro-orm/migrations';

/**
 * Venue.bookings pages by (starts_at, id) per venue; the id makes the order total, so the
 * cursor predicate `(starts_at, id) > (?, ?)` runs along this index.
 */
export class Migration20261201000200_resources_keyset_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index venue_booking_venue_starts_id_idx on venue_booking (venue_id, starts_at, id)');
    this.addSql('drop index venue_booking_venue_starts_idx');
  }

  override async down(): Promise<void> {
    this.addSql('create index venue_booking_venue_starts_idx on venue_booking (venue_id, starts_at)');
    this.addSql('drop index venue_booking_venue_starts_id_idx');
  }
}
