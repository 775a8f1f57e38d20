import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ProposalMetrics } from '@tsunagaru/collaboration-domain';
import { ProposalMetricFilter } from '../inputs/proposal-metric-filter.input';
import type { CollaborationContext } from '../loaders';
import { ProposalMetricDimension } from '../types/proposal-metric-dimension.enum';
import { ProposalMetricRow } from '../types/proposal-metric-row.type';

@Resolver(() => ProposalMetricRow)
export class ProposalMetricsResolver {
  @Query(() => [ProposalMetricRow], {
    description:
      '相互提案協働事業の実績: proposals, implemented projects and the implementation rate (事業化率), grouped by the ' +
      'dimensions given (in that order, which is also the sort order); an empty groupBy gives one total row. At most 100 rows: a ' +
      'breakdown with more is refused (BAD_USER_INPUT, TOO_MANY_ROWS), never cut short. Public: aggregated figures only.',
  })
  async proposalMetrics(
    @Arg('groupBy', () => [ProposalMetricDimension]) groupBy: ProposalMetricDimension[],
    @Arg('filter', () => ProposalMetricFilter, { nullable: true }) filter: ProposalMetricFilter | null,
    @Ctx() context: CollaborationContext,
  ): Promise<ProposalMetricRow[]> {
    const rows = await new ProposalMetrics(context.em).compute(groupBy, filter ?? {});
    return rows.map((row) => ({
      proposerType: row.proposerType ?? null,
      fiscalYear: row.fiscalYear ?? null,
      department: row.departmentId ? { id: row.departmentId } : null,
      activityField: row.activityField ?? null,
      proposals: row.proposals,
      implemented: row.implemented,
      implementationRate: row.implementationRate,
    }));
  }
}
