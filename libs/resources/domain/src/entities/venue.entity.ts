import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { District } from '@tsunagaru/shared-kernel';
import { VenueKind, type VenueAccessibility } from './venue-kind';
import { YenType } from '@tsunagaru/shared-persistence';
import type { Yen } from '@tsunagaru/shared-kernel';

/** 活動の場: a room or space civic groups can book for their activities. */
@Entity({ tableName: 'venue' })
export class Venue {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stable short code, e.g. "civic-center-kamakura-room". */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Katakana reading; lists sort by it. */
  @Property({ type: 'text' })
  nameKana!: string;

  @Enum({ items: () => VenueKind, type: 'text' })
  kind!: VenueKind;

  @Enum({ items: () => District, type: 'text' })
  district!: District;

  @Property({ type: 'text' })
  address!: string;

  /** 定員: how many people the room holds. */
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'text' })
  description!: string;

  /** 提供者: who runs the venue (the city, a company, a welfare corporation). */
  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'double', nullable: true })
  latitude!: number | null;

  @Property({ type: 'double', nullable: true })
  longitude!: number | null;

  @Property({ type: 'text[]' })
  accessibility!: VenueAccessibility[];

  /** Opening hours, minutes after JST midnight. */
  @Property({ type: 'integer' })
  opensAtMinutes!: number;

  @Property({ type: 'integer' })
  closesAtMinutes!: number;

  /** Days of the week the venue is closed, 0 = Sunday. */
  @Property({ type: 'integer[]' })
  closedWeekdays!: number[];

  @Property({ type: YenType })
  hourlyFeeYen!: Yen;

  /** 減免: the reduction registered groups get, in percent (100 = free). */
  @Property({ type: 'integer' })
  registeredGroupReductionPercent!: number;

  @Property({ type: 'text' })
  feeNote!: string;

  /** 備品: what the room has. */
  @Property({ type: 'text[]' })
  equipment!: string[];

  @Property({ type: 'integer' })
  minBookingMinutes!: number;

  @Property({ type: 'integer' })
  maxBookingMinutes!: number;

  /** Bookings must start at least this many hours after they are made. */
  @Property({ type: 'integer' })
  minLeadHours!: number;

  /** Bookings may be made at most this many days ahead. */
  @Property({ type: 'integer' })
  maxLeadDays!: number;

  /** Whether staff approve each booking (REQUESTED until then). */
  @Property({ type: 'boolean' })
  requiresApproval!: boolean;

  /** Groups may cancel until this many hours before the start; staff at any time. */
  @Property({ type: 'integer' })
  cancellationDeadlineHours!: number;

  /** Last change of the row, kept by a database trigger on every update (the open data change feed). */
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}
