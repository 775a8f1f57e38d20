import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@tsunagaru/shared-graphql';
import { Group } from './group.type';

@ObjectType({ description: 'Result of a mutation that changes one group.' })
export class GroupPayload {
  @Field(() => Group, { nullable: true, description: 'The group as changed; null when userErrors is not empty.' })
  group?: Group | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ApplyForGroupRegistrationPayload extends GroupPayload {}

@ObjectType()
export class ApproveGroupRegistrationPayload extends GroupPayload {}

@ObjectType()
export class RejectGroupRegistrationPayload extends GroupPayload {}

@ObjectType()
export class UpdateGroupProfilePayload extends GroupPayload {}
