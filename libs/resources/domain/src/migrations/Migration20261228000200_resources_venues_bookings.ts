import { Migration } from '@mikro-orm/migrations';

/**
 * Venues, complete (provider, coordinates, accessibility, opening hours, fees and the
 * reduction registered groups get, equipment in the room, per-venue booking rules, closures,
 * and the kind 民間事業者の会議室), and bookings with a status: a cancellation is a status, not
 * a deleted row, and only live bookings (REQUESTED, CONFIRMED) hold their slot.
 */
export class Migration20261228000200_resources_venues_bookings extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table venue drop constraint venue_kind_check');
    this.addSql(`alter table venue add constraint venue_kind_check
      check (kind in ('PUBLIC_MEETING_ROOM', 'FREE_SPACE', 'PRIVATE_COWORKING', 'WELFARE_FACILITY', 'PRIVATE_COMPANY_MEETING_ROOM'))`);
    this.addSql(`
      alter table venue
        add column provider text not null default '',
        add column latitude double precision check (latitude between -90 and 90),
        add column longitude double precision check (longitude between -180 and 180),
        add column accessibility text[] not null default '{}'
          check (accessibility <@ array['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'NURSING_ROOM', 'PARKING']::text[]),
        add column opens_at_minutes integer not null default 540 check (opens_at_minutes between 0 and 1440),
        add column closes_at_minutes integer not null default 1320 check (closes_at_minutes between 0 and 1440),
        add column closed_weekdays integer[] not null default '{}',
        add column hourly_fee_yen bigint not null default 0 check (hourly_fee_yen >= 0),
        add column registered_group_reduction_percent integer not null default 0 check (registered_group_reduction_percent between 0 and 100),
        add column fee_note text not null default '',
        add column equipment text[] not null default '{}' check (cardinality(equipment) <= 30),
        add column min_booking_minutes integer not null default 60 check (min_booking_minutes > 0),
        add column max_booking_minutes integer not null default 480 check (max_booking_minutes > 0),
        add column min_lead_hours integer not null default 0 check (min_lead_hours >= 0),
        add column max_lead_days integer not null default 365 check (max_lead_days > 0),
        add column requires_approval boolean not null default false,
        add column cancellation_deadline_hours integer not null default 0 check (cancellation_deadline_hours >= 0),
        add constraint venue_opening_hours check (closes_at_minutes > opens_at_minutes),
        add constraint venue_booking_minutes check (max_booking_minutes >= min_booking_minutes)`);
    this.addSql(`
      create table venue_closure (
        id uuid primary key,
        venue_id uuid not null references venue (id),
        starts_on date not null,
        ends_on date not null,
        reason text not null check (length(reason) between 1 and 200),
        constraint venue_closure_range check (ends_on >= starts_on)
      )`);
    this.addSql('create index venue_closure_venue_idx on venue_closure (venue_id, starts_on)');

    this.addSql(`
      alter table venue_booking
        add column status text not null default 'CONFIRMED' check (status in ('REQUESTED', 'CONFIRMED', 'CANCELLED')),
        add column decided_at timestamptz,
        add column decided_by text,
        add column cancelled_at timestamptz,
        add column cancelled_by text,
        add constraint venue_booking_cancelled_consistent check ((status = 'CANCELLED') = (cancelled_at is not null))`);
    // Only live bookings hold their slot: a cancelled row stays (dashboards count it) but frees the room.
    this.addSql('alter table venue_booking drop constraint venue_booking_no_overlap');
    this.addSql(`alter table venue_booking add constraint venue_booking_no_overlap
      exclude using gist (venue_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED')`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table venue_booking drop constraint venue_booking_no_overlap');
    this.addSql("delete from venue_booking where status = 'CANCELLED'");
    this.addSql(`alter table venue_booking add constraint venue_booking_no_overlap
      exclude using gist (venue_id with =, tstzrange(starts_at, ends_at) with &&)`);
    this.addSql(`alter table venue_booking drop constraint venue_booking_cancelled_consistent,
      drop column status, drop column decided_at, drop column decided_by, drop column cancelled_at, drop column cancelled_by`);
    this.addSql('drop table venue_closure');
    this.addSql(`alter table venue drop constraint venue_opening_hours, drop constraint venue_booking_minutes,
      drop column provider, drop column latitude, drop column longitude, drop column accessibility, drop column opens_at_minutes,
      drop column closes_at_minutes, drop column closed_weekdays, drop column hourly_fee_yen, drop column registered_group_reduction_percent,
      drop column fee_note, drop column equipment, drop column min_booking_minutes, drop column max_booking_minutes,
      drop column min_lead_hours, drop column max_lead_days, drop column requires_approval, drop column cancellation_deadline_hours`);
    this.addSql('alter table venue drop constraint venue_kind_check');
    this.addSql(`alter table venue add constraint venue_kind_check
      check (kind in ('PUBLIC_MEETING_ROOM', 'FREE_SPACE', 'PRIVATE_COWORKING', 'WELFARE_FACILITY'))`);
  }
}
