import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { DigestFigures, ReportingPeriod } from '../../src/domain/digestFigures';
import type { IcpFigures } from '../../src/domain/icpProfile';
import {
  assembleDigestFigures,
  DEFAULT_COHORT_WEEKS,
  type PeriodAggregates,
  TREND_PERIODS,
} from '../../src/domain/kpis';
import { lastPeriods, trailingWeeks } from '../../src/domain/periods';
import type { Prisma } from '../../src/generated/postgresql/client';
import { parseDatabaseUrl, quoteIdentifier } from '../../src/store/db/databaseUrl';
import {
  channelsQuery,
  idlePriorityProductsQuery,
  leftOutQuery,
  lostReasonsQuery,
  productsQuery,
  repsQuery,
} from '../../src/store/readModel/metrics/breakdownQueries';
import { funnelQuery } from '../../src/store/readModel/metrics/funnelQuery';
import {
  offersQuery,
  outcomesQuery,
  stageEntriesQuery,
  volumeQuery,
} from '../../src/store/readModel/metrics/periodQueries';
import { sqlDialect } from '../../src/store/db/sqlDialect';
import {
  floorChannels,
  floorFunnel,
  floorIdlePriorityProducts,
  floorLostReasons,
  floorProducts,
  floorLeftOut,
  floorReps,
} from './floorBreakdowns';
import { type FloorContext, rangeOf } from './floorFragments';
import { floorIcpCohort, readIcpCohort } from './floorIcp';
import { floorOffers, floorOutcomes, floorStageEntries, floorVolume } from './floorPeriodQueries';

type Row = Record<string, unknown>;

/** Hand-written SQL run straight through the driver, without Prisma. */
export type RawSql = { run(query: Prisma.Sql): Promise<Row[]>; close(): Promise<void> };

export async function openRawSql(databaseUrl: string): Promise<RawSql> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    const sqlite = new Database(target.filePath, { readonly: true });
    return {
      run: async (query) => sqlite.prepare(query.sql).all(...query.values) as Row[],
      close: async () => {
        sqlite.close();
      },
    };
  }
  const postgres = new Client({
    connectionString: target.connectionString,
    options: `-c search_path=${quoteIdentifier(target.schema)}`,
  });
  await postgres.connect();
  return {
    run: async (query) => (await postgres.query(query.text, query.values)).rows as Row[],
    close: () => postgres.end(),
  };
}

export type FloorInput = {
  teamId: string;
  period: ReportingPeriod;
  currency: string;
  /** The ICP profile's window, as computeIcpProfile derives it from `now`. */
  icpWindow: { start: Date; end: Date };
};

export type FloorResult = {
  figures: DigestFigures;
  icp: IcpFigures;
  /** Milliseconds per KPI group, in the order they ran. */
  groupMs: Record<string, number>;
};

/**
 * The digest's figures from the floor queries, one per KPI group, run one after another; the rows
 * are read by the digest's own readers so the two results can be compared field by field.
 */
export async function computeFloorFigures(
  raw: RawSql,
  provider: 'sqlite' | 'postgresql',
  input: FloorInput,
): Promise<FloorResult> {
  const dialect = sqlDialect(provider);
  const metrics = { dialect, teamId: input.teamId, currency: input.currency };
  const periods = lastPeriods(input.period, TREND_PERIODS);
  const cohort = trailingWeeks(input.period, DEFAULT_COHORT_WEEKS);
  const over = (range: { start: Date; end: Date }): FloorContext => ({ ...metrics, ...range });
  const trend = over(rangeOf(periods));
  const reported = over(input.period);
  const groupMs: Record<string, number> = {};
  const timed = async (group: string, query: Prisma.Sql) => {
    const started = performance.now();
    const rows = await raw.run(query);
    groupMs[group] = performance.now() - started;
    return rows;
  };

  const parts: Partial<PeriodAggregates>[] = periods.map(() => ({}));
  volumeQuery(metrics, periods).read(await timed('volume', floorVolume(trend, periods)), parts);
  stageEntriesQuery(metrics, periods).read(
    await timed('stageEntries', floorStageEntries(trend, periods)),
    parts,
  );
  offersQuery(metrics, periods).read(await timed('offers', floorOffers(trend, periods)), parts);
  outcomesQuery(metrics, periods).read(await timed('outcomes', floorOutcomes(trend, periods)), parts);
  const funnel = funnelQuery(metrics, cohort).read(await timed('funnel', floorFunnel(over(cohort))));
  const channels = channelsQuery(metrics, input.period, cohort).read(
    await timed('channels', floorChannels(reported, input.period, over(cohort), cohort)),
  );
  const lostReasons = lostReasonsQuery(metrics, input.period).read(
    await timed('lostReasons', floorLostReasons(reported)),
  );
  const products = productsQuery(metrics, input.period).read(
    await timed('products', floorProducts(reported)),
  );
  const idleProducts = idlePriorityProductsQuery(metrics, input.period).read(
    await timed('idleProducts', floorIdlePriorityProducts(reported)),
  );
  const reps = repsQuery(metrics, input.period).read(await timed('reps', floorReps(reported)));
  const leftOut = leftOutQuery(metrics, input.period).read(
    await timed('leftOut', floorLeftOut(reported, input.period)),
  );
  const icp = readIcpCohort(await timed('icpProfile', floorIcpCohort(over(input.icpWindow))));

  const figures = assembleDigestFigures({
    currency: input.currency,
    periods: periods.map((period, index) => ({ period, figures: parts[index] as PeriodAggregates })),
    funnel,
    channels,
    lostReasons,
    products,
    priorityProductsWithoutDemand: idleProducts,
    reps,
    leftOut,
  });
  return { figures, icp, groupMs };
}
