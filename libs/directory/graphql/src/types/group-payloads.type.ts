import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@tsunagaru/shared-graphql';
import { Group } from './group.type';

@ObjectType('GroupPayload', { description: 'Result of a mutation that changes one group.' })
export class GroupPayload {
  @Field(() => Group, { nullable: true, description: 'The group as changed; null when userErrors is not empty.' })
  group?: Group | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('ApplyForGroupRegistrationPayload', { description: 'Result of 団体登録申請 (applyForGroupRegistration).' })
export class ApplyForGroupRegistrationPayload extends GroupPayload {}

@ObjectType('ApproveGroupRegistrationPayload', { description: 'Result of 登録承認 (approveGroupRegistration).' })
export class ApproveGroupRegistrationPayload extends GroupPayload {}

@ObjectType('RejectGroupRegistrationPayload', { description: 'Result of 登録不可 (rejectGroupRegistration).' })
export class RejectGroupRegistrationPayload extends GroupPayload {}

@ObjectType('UpdateGroupProfilePayload', { description: 'Result of 団体情報の更新 (updateGroupProfile).' })
export class UpdateGroupProfilePayload extends GroupPayload {}
