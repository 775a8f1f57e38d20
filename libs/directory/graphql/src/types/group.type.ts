import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityField, DateScalar, DateTimeScalar, District, OrganizationType, CACHE_PUBLIC, CACHE_PRIVATE } from '@tsunagaru/shared-graphql';
import { RegistrationStatus } from './registration-status.enum';

@Directive(CACHE_PUBLIC)
@ObjectType('PublicContact', { description: '公開連絡先: the contact a group publishes for the public.' })
export class PublicContact {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@Directive(CACHE_PRIVATE)
@ObjectType('GroupPrivateContact', {
  description:
    '代表者連絡先: personal contact of the representative. Visible only to city staff, staff of the group\'s intermediary and the group\'s own members.',
})
export class GroupPrivateContact {
  @Field(() => String, { description: '代表者氏名' })
  representativeName!: string;

  @Field(() => String, { nullable: true, description: '代表者氏名の読み (katakana)' })
  representativeNameKana!: string | null;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '郵便番号' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: '住所' })
  address!: string | null;
}

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Group', { description: '市民活動団体等: a civic group, or an individual, doing civic activity in Kamakura.' })
export class Group {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '団体名' })
  name!: string;

  @Field(() => String, { description: '団体名の読み (katakana); lists sort by it (五十音順).' })
  nameKana!: string;

  @Field(() => OrganizationType)
  organizationType!: OrganizationType;

  @Field(() => [ActivityField], { description: '活動分野 (a group can have several).' })
  activityFields!: ActivityField[];

  @Field(() => [District], { description: '活動地域' })
  districts!: District[];

  @Field(() => String, { description: '活動内容' })
  description!: string;

  @Field(() => DateScalar, { nullable: true, description: '設立年月日: the day the group was founded.' })
  foundedOn!: string | null;

  @Field(() => Int, { nullable: true, description: '会員数' })
  memberCount!: number | null;

  @Field(() => String, { nullable: true, description: 'ウェブサイト' })
  website!: string | null;

  @Field(() => RegistrationStatus)
  registrationStatus!: RegistrationStatus;

  @Field(() => DateScalar, { nullable: true, description: '登録日: the day the intermediary registered the group.' })
  registeredOn!: string | null;

  @Field(() => DateTimeScalar, { description: '更新日時: when the group\'s record last changed, in Japan time (the open data change feed, updatedSince, uses it).' })
  updatedAt!: Date;
}
