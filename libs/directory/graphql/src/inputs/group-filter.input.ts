import { Field, InputType } from 'type-graphql';
import { ActivityField, District, OrganizationType } from '@tsunagaru/shared-graphql';
import { RegistrationStatus } from '../types/registration-status.enum';

@InputType('GroupFilter', { description: 'Narrows the group directory. Lists within one field match any of their values.' })
export class GroupFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or its reading; kana or kanji, hiragana works too.' })
  text?: string | null;

  @Field(() => [ActivityField], { nullable: true })
  activityFields?: ActivityField[] | null;

  @Field(() => [District], { nullable: true })
  districts?: District[] | null;

  @Field(() => [OrganizationType], { nullable: true })
  organizationTypes?: OrganizationType[] | null;

  @Field(() => [RegistrationStatus], {
    nullable: true,
    description:
      'Registered groups when not given. Pending or rejected groups come back only to city staff, staff of the intermediary where they applied, and their own members.',
  })
  registrationStatuses?: RegistrationStatus[] | null;
}
