import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** 休館: a venue closed for a period (days of the city's calendar, inclusive), with a reason. */
@Entity({ tableName: 'venue_closure' })
export class VenueClosure {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  venueId!: string;

  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string;

  @Property({ type: 'text' })
  reason!: string;
}
