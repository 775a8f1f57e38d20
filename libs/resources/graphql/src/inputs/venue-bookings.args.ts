import { ArgsType, Field } from 'type-graphql';
import { DateTimeScalar, ForwardPaginationArgs } from '@tsunagaru/shared-graphql';

@ArgsType()
export class VenueBookingsArgs extends ForwardPaginationArgs {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Window start, with its offset, e.g. 2019-04-01T00:00:00+09:00.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Window end (exclusive), with its offset, e.g. 2019-05-01T00:00:00+09:00.' })
  to?: Date | null;
}
