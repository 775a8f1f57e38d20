import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('EnrollInTrainingInput', { description: '受講申込: enrol a group in a training programme open to groups.' })
export class EnrollInTrainingInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ID, { description: 'The group enrolling; members may enrol only their own groups.' })
  groupId!: string;

  @Field(() => Int, { description: '参加人数: people from the group taking part, 1 to 10.' })
  participants!: number;
}
