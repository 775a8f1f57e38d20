import { Field, InputType, Int } from 'type-graphql';
import { DateTimeScalar, District } from '@tsunagaru/shared-graphql';
import { VenueAccessibility, VenueKind } from '../types/venue-kind.enum';

@InputType('VenueFilter', {
  description: 'Narrows the list of venues (活動の場); every field given must match, e.g. a room for 20 in Ofuna next Tuesday 18:00–21:00.',
})
export class VenueFilter {
  @Field(() => District, { nullable: true, description: '地域' })
  district?: District | null;

  @Field(() => VenueKind, { nullable: true, description: '種類' })
  kind?: VenueKind | null;

  @Field(() => Int, { nullable: true, description: 'Only venues holding at least this many people (定員).' })
  minCapacity?: number | null;

  @Field(() => [VenueAccessibility], { nullable: true, description: 'バリアフリー設備: only venues with every one of these.' })
  accessibility?: VenueAccessibility[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: '空き: only venues open and free from this instant (with freeUntil; one day in Japan time), e.g. 2026-12-01T18:00:00+09:00.',
  })
  freeFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '空き: … until this instant (exclusive), e.g. 2026-12-01T21:00:00+09:00.' })
  freeUntil?: Date | null;
}
