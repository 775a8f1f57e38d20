import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { District } from '@tsunagaru/shared-kernel';
import { VenueKind } from './venue-kind';

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
}
