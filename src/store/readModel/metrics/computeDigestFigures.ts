import type { DigestFigures, ReportingPeriod } from '../../../domain/digestFigures';
import {
  assembleDigestFigures,
  DEFAULT_COHORT_WEEKS,
  type PeriodAggregates,
  TREND_PERIODS,
} from '../../../domain/kpis';
import { lastPeriods, trailingWeeks } from '../../../domain/periods';
import { readInOneSnapshot } from '../offThreadReads';
import type { SnapshotSource } from '../../db/database';
import {
  channelsQuery,
  idlePriorityProductsQuery,
  leftOutQuery,
  lostReasonsQuery,
  productsQuery,
  repsQuery,
} from './breakdownQueries';
import { sqlDialect } from '../../db/sqlDialect';
import { funnelQuery } from './funnelQuery';
import { offersQuery, outcomesQuery, stageEntriesQuery, volumeQuery } from './periodQueries';
import type { MetricsQueryContext } from './tables';

export type DigestFiguresInput = {
  teamId: string;
  period: ReportingPeriod;
  /** The team's currency: money in any other currency is left out of sums (docs/METRICS.md). */
  currency: string;
  /** Length of the funnel's cohort window, ending at the period end; 12 by default. */
  cohortWeeks?: number;
};

/** How many SQL queries one digest runs, whatever the amount of data. */
export const DIGEST_QUERY_COUNT = 11;

/**
 * Every figure of one digest (docs/METRICS.md), computed by SQL aggregation: a fixed set of
 * queries, each covering all the periods it needs at once, run in one snapshot so they all see
 * the same data (on the embedded database, off the event loop: src/store/readModel).
 */
export async function computeDigestFigures(
  database: SnapshotSource,
  input: DigestFiguresInput,
): Promise<DigestFigures> {
  const { provider } = database;
  const cohortWeeks = input.cohortWeeks ?? DEFAULT_COHORT_WEEKS;
  if (!Number.isInteger(cohortWeeks) || cohortWeeks < 1) {
    throw new RangeError(`cohortWeeks must be a whole number of weeks ≥ 1, not ${cohortWeeks}`);
  }
  const context: MetricsQueryContext = {
    dialect: sqlDialect(provider),
    teamId: input.teamId,
    currency: input.currency,
  };
  const periods = lastPeriods(input.period, TREND_PERIODS);
  const perPeriod = [volumeQuery, stageEntriesQuery, offersQuery, outcomesQuery].map((build) =>
    build(context, periods),
  );
  const cohort = trailingWeeks(input.period, cohortWeeks);
  const funnel = funnelQuery(context, cohort);
  const channels = channelsQuery(context, input.period, cohort);
  const lostReasons = lostReasonsQuery(context, input.period);
  const products = productsQuery(context, input.period);
  const idleProducts = idlePriorityProductsQuery(context, input.period);
  const reps = repsQuery(context, input.period);
  const leftOut = leftOutQuery(context, input.period);

  const queries = [
    ...perPeriod.map((each) => each.sql),
    funnel.sql,
    channels.sql,
    lostReasons.sql,
    products.sql,
    idleProducts.sql,
    reps.sql,
    leftOut.sql,
  ];
  const results = await readInOneSnapshot(database, queries);
  const rowsAt = (index: number) => results[index] ?? [];

  const parts: Partial<PeriodAggregates>[] = periods.map(() => ({}));
  perPeriod.forEach((each, index) => each.read(rowsAt(index), parts));
  const next = perPeriod.length;
  return assembleDigestFigures({
    currency: input.currency,
    // The four per-period queries together fill every field of PeriodAggregates.
    periods: periods.map((period, index) => ({ period, figures: parts[index] as PeriodAggregates })),
    funnel: funnel.read(rowsAt(next)),
    channels: channels.read(rowsAt(next + 1)),
    lostReasons: lostReasons.read(rowsAt(next + 2)),
    products: products.read(rowsAt(next + 3)),
    priorityProductsWithoutDemand: idleProducts.read(rowsAt(next + 4)),
    reps: reps.read(rowsAt(next + 5)),
    leftOut: leftOut.read(rowsAt(next + 6)),
  });
}
