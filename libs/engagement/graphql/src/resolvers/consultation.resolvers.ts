import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CONSULTATIONS_NEWEST_FIRST,
  consultationPolicies,
  Consultations,
  type ConsultationCounts,
  type ConsultationRequest as ConsultationEntity,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, requires, toConnection, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import type { EngagementContext } from '../loaders';
import {
  ConsultationRequest,
  ConsultationRequestConnection,
  ConsultationRequestPayload,
  ConsultationStatistics,
  RequestConsultationInput,
  UpdateConsultationInput,
} from '../types/consultation.types';
import { GroupReference } from '../types/group-reference.type';

@Resolver(() => ConsultationRequest)
export class ConsultationResolver {
  @Query(() => ConsultationRequestConnection, {
    nullable: true,
    description: '相談: the consultations the caller may see (their own; all for the staff they went to), newest first.',
  })
  async consultationRequests(
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<ConsultationEntity>> {
    return toConnection(await new Consultations(context.em).visible(context.principal, CONSULTATIONS_NEWEST_FIRST.request(page)));
  }

  @Query(() => ConsultationStatistics, { nullable: true, description: '相談の件数: counts by topic and outcome (public, no one named).' })
  async consultationStatistics(
    @Arg('fiscalYear', () => Int, { nullable: true, description: 'Defaults to the current fiscal year.' }) fiscalYear: number | null,
    @Ctx() context: EngagementContext,
  ): Promise<ConsultationCounts & { fiscalYear: number }> {
    const year = fiscalYear ?? fiscalYearOf(new Date());
    return { fiscalYear: year, ...(await new Consultations(context.em).counts(year)) };
  }

  @FieldResolver(() => GroupReference, { nullable: true })
  group(@Root() consultation: ConsultationEntity): GroupReference | null {
    return consultation.groupId ? { id: consultation.groupId } : null;
  }

  @Authorized(requires(consultationPolicies.readNotes, (consultation: ConsultationEntity) => ({ intermediaryId: consultation.intermediaryId })))
  @FieldResolver(() => String, { nullable: true, description: '対応記録: private notes; the staff handling it only, never the requester.' })
  notes(@Root() consultation: ConsultationEntity): string {
    return consultation.notes;
  }

  @Mutation(() => ConsultationRequestPayload, { description: '相談の申込: a group or citizen asks an intermediary or the collaboration coordinator.' })
  async requestConsultation(@Arg('input', () => RequestConsultationInput) input: RequestConsultationInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ consultation: await new Consultations(context.em).request(input, context.principal) }));
  }

  @Mutation(() => ConsultationRequestPayload, { description: 'Assign, note, progress or close a consultation (the staff it went to).' })
  async updateConsultation(@Arg('input', () => UpdateConsultationInput) input: UpdateConsultationInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ consultation: await new Consultations(context.em).update(input, context.principal) }));
  }
}
