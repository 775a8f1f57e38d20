import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, District, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';
import { VenueKind } from './venue-kind.enum';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
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

@Directive(CACHE_PUBLIC)
@ObjectType('VenueConnection', { description: 'A page of venues (活動の場), by district (鎌倉, 腰越, 深沢, 大船, 玉縄) and then by reading.' })
export class VenueConnection extends ConnectionType(Venue, 'Venue') {}
