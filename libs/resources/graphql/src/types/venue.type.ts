import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateScalar, DateTimeScalar, District, YenScalar } from '@tsunagaru/shared-graphql';
import { VenueAccessibility, VenueKind } from './venue-kind.enum';

@Directive(CACHE_PUBLIC)
@ObjectType('VenueOpeningHours', { description: '開館時間: when a venue can be booked, Japan time.' })
export class VenueOpeningHours {
  @Field(() => String, { description: 'Opening time, e.g. "09:00".' })
  opensAt!: string;

  @Field(() => String, { description: 'Closing time, e.g. "22:00".' })
  closesAt!: string;

  @Field(() => [Int], { description: '休館日: days of the week the venue is closed, 0 = Sunday … 6 = Saturday.' })
  closedWeekdays!: number[];
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueFees', { description: '利用料金: the hourly fee and the reduction (減免) registered groups get.' })
export class VenueFees {
  @Field(() => YenScalar, { description: 'Hourly fee in yen; 0 when free.' })
  hourlyFeeYen!: number;

  @Field(() => Int, { description: '減免: reduction for registered groups, in percent (100 = free of charge).' })
  registeredGroupReductionPercent!: number;

  @Field(() => YenScalar, { description: 'Hourly fee a registered group pays after the reduction.' })
  registeredGroupHourlyFeeYen!: number;

  @Field(() => String, { description: 'Notes on fees, e.g. heating surcharges.' })
  note!: string;
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueBookingRules', { description: '利用ルール: the venue\'s own booking rules, published (5 (1) ウ).' })
export class VenueBookingRules {
  @Field(() => Int, { description: 'Shortest booking, minutes.' })
  minBookingMinutes!: number;

  @Field(() => Int, { description: 'Longest booking, minutes.' })
  maxBookingMinutes!: number;

  @Field(() => Int, { description: 'A booking must start at least this many hours after it is made.' })
  minLeadHours!: number;

  @Field(() => Int, { description: 'Bookings are taken at most this many days ahead.' })
  maxLeadDays!: number;

  @Field(() => Boolean, { description: '承認制: whether staff approve each booking (REQUESTED until then).' })
  requiresApproval!: boolean;

  @Field(() => Int, { description: 'Groups may cancel until this many hours before the start.' })
  cancellationDeadlineHours!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueClosure', { description: '休館: a period the venue is closed, with the reason.' })
export class VenueClosure {
  @Field(() => DateScalar, { description: 'First closed day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last closed day.' })
  endsOn!: string;

  @Field(() => String, { description: '理由' })
  reason!: string;
}

@Directive(CACHE_PUBLIC)
@ObjectType('GeoPoint', { description: '位置: coordinates (WGS 84).' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Venue', {
  description: '活動の場: a public meeting room, free space, private coworking space, welfare facility or private company\'s meeting room civic groups can book.',
})
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

  @Field(() => String, { description: '提供者: who runs the venue (the city, a company, a welfare corporation).' })
  provider!: string;

  @Field(() => [VenueAccessibility], { description: 'バリアフリー設備' })
  accessibility!: VenueAccessibility[];

  @Field(() => [String], { description: '備品: equipment in the room, e.g. プロジェクター.' })
  equipment!: string[];

  @Field(() => DateTimeScalar, { description: '更新日時: last change of the venue (the open data change feed, updatedSince).' })
  updatedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueConnection', { description: 'A page of venues (活動の場), by district (鎌倉, 腰越, 深沢, 大船, 玉縄) and then by reading.' })
export class VenueConnection extends ConnectionType(Venue, 'Venue') {}
