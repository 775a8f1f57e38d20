import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityField, DateScalar, District, OrganizationType } from '@tsunagaru/shared-graphql';

@InputType('PrivateContactInput', { description: '代表者連絡先 given when applying; kept private.' })
export class PrivateContactInput {
  @Field(() => String)
  representativeName!: string;

  @Field(() => String, { nullable: true })
  representativeNameKana?: string | null;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType('ApplyForGroupRegistrationInput', {
  description: '団体登録申請: a group applies for registration at an intermediary, by default the Civic Activity Center.',
})
export class ApplyForGroupRegistrationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The intermediary (中間支援組織) where the group applies; the Civic Activity Center (code civic-activity-center) when not given.',
  })
  intermediaryId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Reading in katakana or hiragana.' })
  nameKana!: string;

  @Field(() => OrganizationType)
  organizationType!: OrganizationType;

  @Field(() => [ActivityField])
  activityFields!: ActivityField[];

  @Field(() => [District], { nullable: true })
  districts?: District[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '設立年月日: the day the group was founded; not in the future.' })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;

  @Field(() => String, { nullable: true })
  publicEmail?: string | null;

  @Field(() => String, { nullable: true })
  publicPhone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => PrivateContactInput)
  privateContact!: PrivateContactInput;
}

@InputType('UpdateGroupProfileInput', { description: '団体情報の更新: only the fields given change.' })
export class UpdateGroupProfileInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  nameKana?: string | null;

  @Field(() => OrganizationType, { nullable: true })
  organizationType?: OrganizationType | null;

  @Field(() => [ActivityField], { nullable: true })
  activityFields?: ActivityField[] | null;

  @Field(() => [District], { nullable: true })
  districts?: District[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '設立年月日: the day the group was founded; not in the future.' })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;

  @Field(() => String, { nullable: true })
  publicEmail?: string | null;

  @Field(() => String, { nullable: true })
  publicPhone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@InputType('ApproveGroupRegistrationInput', { description: '登録承認' })
export class ApproveGroupRegistrationInput {
  @Field(() => ID)
  groupId!: string;
}

@InputType('RejectGroupRegistrationInput', { description: '登録不可の決定' })
export class RejectGroupRegistrationInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { description: 'Why the application was rejected; shown to the applicant.' })
  reason!: string;
}
