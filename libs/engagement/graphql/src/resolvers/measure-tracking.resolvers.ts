import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  COMMITTEE_REVIEWS_NEWEST_FIRST,
  MeasureTracking,
  PROGRESS_REPORTS_NEWEST_FIRST,
  RECOMMENDATIONS_IN_ORDER,
  type CommitteeRecommendation as RecommendationEntity,
  type CommitteeReview as ReviewEntity,
  type MeasureProgressReport as ReportEntity,
  type PolicyMeasure as PolicyMeasureEntity,
  type ReviewCommittee as ReviewCommitteeValue,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, toConnection, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { EngagementContext } from '../loaders';
import { ReviewCommittee } from '../types/surveys-sessions-consultations-measures.enums';
import {
  CommitteeRecommendation,
  CommitteeRecommendationConnection,
  CommitteeReview,
  CommitteeReviewConnection,
  MeasureProgressReportConnection,
  RecordCommitteeReviewInput,
  RecordCommitteeReviewPayload,
  ReportMeasureProgressInput,
  ReportMeasureProgressPayload,
} from '../types/measure-tracking.types';
import { PolicyMeasure } from '../types/policy-measure.type';

@Resolver(() => PolicyMeasure)
export class PolicyMeasureTrackingResolver {
  @FieldResolver(() => String, { nullable: true, description: 'ア, イ or ウ: the guideline\'s heading the measure sits under; null where the subsection has none.' })
  headingMark(@Root() measure: PolicyMeasureEntity): string | null {
    return measure.headingMark ?? null;
  }

  @FieldResolver(() => String, { description: "見出し: the heading as the guideline prints it, e.g. 'ア 市民活動団体等の活動資金の確保'." })
  heading(@Root() measure: PolicyMeasureEntity): string {
    return measure.headingMark ? `${measure.headingMark} ${measure.headingTitle}` : measure.headingTitle;
  }

  @FieldResolver(() => MeasureProgressReportConnection, { nullable: true, description: '進捗報告: yearly reports, newest first (public).' })
  async progressReports(
    @Root() measure: PolicyMeasureEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<ReportEntity>> {
    return toConnection(await context.loaders.progressReportsByMeasure.load(measure.id, PROGRESS_REPORTS_NEWEST_FIRST.request(page)));
  }

  @FieldResolver(() => CommitteeRecommendationConnection, { nullable: true, description: 'Committee recommendations about this measure, with the city\'s responses.' })
  async committeeRecommendations(
    @Root() measure: PolicyMeasureEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<RecommendationEntity>> {
    return toConnection(await context.loaders.recommendationsByMeasure.load(measure.id, RECOMMENDATIONS_IN_ORDER.request(page)));
  }

  @Mutation(() => ReportMeasureProgressPayload, {
    description: "進捗報告: the measure's lead department (or the guideline's secretariat) reports a fiscal year's progress; FORBIDDEN for others.",
  })
  async reportMeasureProgress(@Arg('input', () => ReportMeasureProgressInput) input: ReportMeasureProgressInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({
      report: await new MeasureTracking(context.em).reportProgress(
        { ...input, indicators: input.indicators?.map((indicator) => ({ name: indicator.name, unit: indicator.unit ?? '', target: indicator.target ?? null, actual: indicator.actual ?? null })) },
        context.principal,
      ),
    }));
  }
}

@Resolver(() => CommitteeReview)
export class CommitteeReviewResolver {
  @Query(() => CommitteeReviewConnection, { nullable: true, description: '推進委員会・庁内検討委員会の検討: reviews of the measures, most recent first (public).' })
  async committeeReviews(
    @Arg('committee', () => ReviewCommittee, { nullable: true }) committee: ReviewCommitteeValue | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<ReviewEntity>> {
    return toConnection(await new MeasureTracking(context.em).reviews(committee ?? null, COMMITTEE_REVIEWS_NEWEST_FIRST.request(page)));
  }

  @FieldResolver(() => CommitteeRecommendationConnection, { nullable: true, description: '提言 and the city\'s responses.' })
  async recommendations(
    @Root() review: ReviewEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<RecommendationEntity>> {
    return toConnection(await context.loaders.recommendationsByReview.load(review.id, RECOMMENDATIONS_IN_ORDER.request(page)));
  }

  @Mutation(() => RecordCommitteeReviewPayload, { description: "委員会での検討の記録: the guideline's secretariat records a meeting, its recommendations and the city's responses." })
  async recordCommitteeReview(@Arg('input', () => RecordCommitteeReviewInput) input: RecordCommitteeReviewInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ review: await new MeasureTracking(context.em).recordReview(input, context.principal) }));
  }
}

@Resolver(() => CommitteeRecommendation)
export class CommitteeRecommendationResolver {
  @FieldResolver(() => PolicyMeasure, { nullable: true, description: 'The measure it concerns, if one.' })
  async measure(@Root() recommendation: RecommendationEntity, @Ctx() context: EngagementContext): Promise<PolicyMeasureEntity | null> {
    return recommendation.measureId ? context.loaders.policyMeasure.load(recommendation.measureId) : null;
  }
}
