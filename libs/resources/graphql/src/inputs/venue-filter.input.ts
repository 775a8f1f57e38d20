import { Field, InputType, Int } from 'type-graphql';
import { District } from '@tsunagaru/shared-graphql';
import { VenueKind } from '../types/venue-kind.enum';

@InputType('VenueFilter', { description: 'Narrows the list of venues (活動の場); every field given must match.' })
export class VenueFilter {
  @Field(() => District, { nullable: true, description: '地域' })
  district?: District | null;

  @Field(() => VenueKind, { nullable: true, description: '種類' })
  kind?: VenueKind | null;

  @Field(() => Int, { nullable: true, description: 'Only venues holding at least this many people (定員).' })
  minCapacity?: number | null;
}
