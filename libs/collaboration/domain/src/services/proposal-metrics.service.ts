import type { EntityManager } from '@mikro-orm/postgresql';
import {
  buildProposalMetricsQuery,
  checkProposalMetricRowCount,
  toProposalMetricRow,
  type ProposalMetricDimension,
  type ProposalMetricFilter,
  type ProposalMetricRow,
  type RawProposalMetricRow,
} from './proposal-metrics.query';

/**
 * 相互提案協働事業の実績: proposal counts and implementation rates for the dashboards,
 * e.g. city proposals 17 of 23 implemented (73.9 %). Aggregated in SQL, one statement,
 * at most MAX_PROPOSAL_METRIC_ROWS rows.
 */
export class ProposalMetrics {
  constructor(private readonly em: EntityManager) {}

  async compute(groupBy: readonly ProposalMetricDimension[], filter: ProposalMetricFilter = {}): Promise<ProposalMetricRow[]> {
    const query = buildProposalMetricsQuery(groupBy, filter);
    const rows = await this.em.getConnection().execute<RawProposalMetricRow[]>(query.sql, query.params);
    checkProposalMetricRowCount(rows.length);
    return rows.map((row) => toProposalMetricRow(row, query.dimensions));
  }
}
