import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The resources subgraph's Venue, known here by its key only; the gateway fetches the rest from resources. */
@Directive('@key(fields: "id")')
// The resources subgraph owns Venue and its description; this stub only adds the sessions held there.
@ObjectType('Venue')
export class VenueReference {
  @Field(() => ID)
  id!: string;
}
