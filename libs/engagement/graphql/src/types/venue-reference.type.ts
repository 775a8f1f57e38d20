import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The resources subgraph's Venue, known here by its key only; the gateway fetches the rest from resources. */
@Directive('@key(fields: "id")')
@ObjectType('Venue', { description: '活動の場: a venue of the resources subgraph.' })
export class VenueReference {
  @Field(() => ID)
  id!: string;
}
