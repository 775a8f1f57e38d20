import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { GroupRegistration } from '@tsunagaru/directory-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import {
  ApplyForGroupRegistrationInput,
  ApproveGroupRegistrationInput,
  RejectGroupRegistrationInput,
} from '../inputs/group-profile.input';
import type { DirectoryContext } from '../loaders';
import {
  ApplyForGroupRegistrationPayload,
  ApproveGroupRegistrationPayload,
  RejectGroupRegistrationPayload,
} from '../types/group-payloads.type';

@Resolver()
export class GroupRegistrationResolver {
  @Mutation(() => ApplyForGroupRegistrationPayload, {
    description:
      '団体登録申請: apply to register a group at an intermediary (by default the Civic Activity Center); it stays PENDING until that intermediary\'s staff or city staff decide. Requires sign-in.',
  })
  async applyForGroupRegistration(
    @Arg('input', () => ApplyForGroupRegistrationInput) input: ApplyForGroupRegistrationInput,
    @Ctx() context: DirectoryContext,
  ) {
    return withUserErrors(async () => ({ group: await new GroupRegistration(context.em).apply(input, context.principal) }));
  }

  @Mutation(() => ApproveGroupRegistrationPayload, {
    description:
      '登録承認: staff of the intermediary where the group applied, or city staff, register a pending group. A second decision on the same application is a CONFLICT.',
  })
  async approveGroupRegistration(
    @Arg('input', () => ApproveGroupRegistrationInput) input: ApproveGroupRegistrationInput,
    @Ctx() context: DirectoryContext,
  ) {
    return withUserErrors(async () => ({ group: await new GroupRegistration(context.em).approve(input.groupId, context.principal) }));
  }

  @Mutation(() => RejectGroupRegistrationPayload, {
    description:
      '登録不可: staff of the intermediary where the group applied, or city staff, reject a pending application, giving a reason. A second decision is a CONFLICT.',
  })
  async rejectGroupRegistration(
    @Arg('input', () => RejectGroupRegistrationInput) input: RejectGroupRegistrationInput,
    @Ctx() context: DirectoryContext,
  ) {
    return withUserErrors(async () => ({
      group: await new GroupRegistration(context.em).reject(input.groupId, input.reason, context.principal),
    }));
  }
}
