import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { District } from '@tsunagaru/shared-graphql';
import { VenueKind } from './venue-kind.enum';

@Directive('@key(fields: "id")')
@ObjectType('Venue', { description: '活動の場: a public meeting room, free space, private coworking space or welfare facility civic groups can book.' })
export class Venue {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable short code, e.g. "civic-center-kamakura-room".' })
  code!: string;

  @Field(() => String, { description: '施設名' })
  name!: string;

  @Field(() => String, { description: '施設名の読み (katakana); lists sort by it (五十音順).' })
  nameKana!: string;

  @Field(() => VenueKind, { description: '種類' })
  kind!: VenueKind;

  @Field(() => District, { description: '地域' })
  district!: District;

  @Field(() => String, { description: '所在地' })
  address!: string;

  @Field(() => Int, { description: '定員: how many people the room holds.' })
  capacity!: number;

  @Field(() => String, { description: '施設の説明' })
  description!: string;
}
