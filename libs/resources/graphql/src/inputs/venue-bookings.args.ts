import { ArgsType, Field } from 'type-graphql';
import { ForwardPaginationArgs } from '@tsunagaru/shared-graphql';

@ArgsType()
export class VenueBookingsArgs extends ForwardPaginationArgs {
  @Field(() => String, { nullable: true, description: 'Window start, ISO 8601 with offset, e.g. 2019-04-01T00:00:00+09:00.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Window end (exclusive), ISO 8601 with offset.' })
  to?: string | null;
}
