import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000200_resources_initial extends Migration {
  override async up(): Promise<void> {
    // btree_gist lets one exclusion constraint combine "same venue" (=) with "overlapping time" (&&).
    this.addSql('create extension if not exists btree_gist');
    this.addSql(`
      create table venue (
        id uuid primary key,
        code text not null unique,
        name text not null check (length(name) between 1 and 200),
        name_kana text not null check (length(name_kana) between 1 and 200),
        kind text not null check (kind in ('PUBLIC_MEETING_ROOM', 'FREE_SPACE', 'PRIVATE_COWORKING', 'WELFARE_FACILITY')),
        district text not null check (district in ('KAMAKURA', 'KOSHIGOE', 'FUKASAWA', 'OFUNA', 'TAMANAWA')),
        address text not null,
        capacity integer not null check (capacity > 0),
        description text not null default ''
      )`);
    this.addSql('create index venue_district_kana_idx on venue (district, name_kana)');
    this.addSql(`
      create table venue_booking (
        id uuid primary key,
        venue_id uuid not null references venue (id),
        group_id uuid not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        purpose text not null check (length(purpose) between 1 and 200),
        attendees integer not null check (attendees > 0),
        created_at timestamptz not null default now(),
        constraint venue_booking_ends_after_start check (ends_at > starts_at),
        -- Ranges are half-open [starts_at, ends_at): back-to-back bookings do not clash.
        constraint venue_booking_no_overlap exclude using gist (venue_id with =, tstzrange(starts_at, ends_at) with &&)
      )`);
    // Venue.bookings batches on venue_id; Group.venueBookings batches on group_id, newest first.
    this.addSql('create index venue_booking_venue_starts_idx on venue_booking (venue_id, starts_at)');
    this.addSql('create index venue_booking_group_starts_idx on venue_booking (group_id, starts_at desc, id desc)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table venue_booking');
    this.addSql('drop table venue');
    // btree_gist stays: other schemas of the database may use it.
  }
}
