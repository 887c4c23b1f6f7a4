import { DEFAULT_PROFILE_WINDOW_DAYS } from '../src/domain/icpProfile';
import { lastPeriods, periodEndedBy, trailingWeeks } from '../src/domain/periods';
import { DEFAULT_COHORT_WEEKS, TREND_PERIODS } from '../src/domain/kpis';
import { computeIcpProfile } from '../src/services/icpProfile';
import { createStore } from '../src/store';
import { openDatabase, type SnapshotSource } from '../src/store/db/database';
import { computeDigestFigures } from '../src/store/readModel/metrics';
import {
  channelsQuery,
  idlePriorityProductsQuery,
  lostReasonsQuery,
  productsQuery,
  repsQuery,
} from '../src/store/readModel/metrics/breakdownQueries';
import { funnelQuery } from '../src/store/readModel/metrics/funnelQuery';
import {
  offersQuery,
  outcomesQuery,
  stageEntriesQuery,
  volumeQuery,
} from '../src/store/readModel/metrics/periodQueries';
import { sqlDialect } from '../src/store/db/sqlDialect';
import { readInOneSnapshot } from '../src/store/readModel/offThreadReads';
import { computeFloorFigures, openRawSql } from './floor/computeFloor';
import { BENCH_CURRENCY, BENCH_TIME_ZONE, DEFAULT_DATA_END } from './generate';
import { firstDifference, sortedIcpFigures } from './sameFigures';

export type DigestResult = {
  runs: number;
  /** computeDigestFigures + computeIcpProfile, median and slowest of the runs (ms). */
  digestMedianMs: number;
  digestMaxMs: number;
  floorMedianMs: number;
  ratio: number;
  /** undefined when the floor's figures equal the digest's; else the first difference. */
  floorDifference: string | undefined;
  /** Each digest query on its own, and each floor query (ms, one run after the timed ones). */
  digestGroupMs: Record<string, number>;
  floorGroupMs: Record<string, number>;
  /** The event loop's longest delay while digests ran (ms): how long a command's ack could wait. */
  eventLoopMaxDelayMs: number;
  /** The longest delay over as long a time without digests: the machine's own noise. */
  idleEventLoopMaxDelayMs: number;
  peakRssMb: number;
};

const DAY_MS = 86_400_000;

/** Interval between the watcher's ticks (ms). */
const TICK_MS = 2;

/**
 * Watches the event loop: a timer ticks every 2 ms and the longest gap beyond that is how long the
 * loop was held, i.e. how long a command's ack arriving then would have waited. (perf_hooks'
 * histogram keeps its last timestamp across disable/enable, so it would count the floor's
 * synchronous queries between two digests as a stall of the digest.)
 */
function watchEventLoop(): { stop(): Promise<number> } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return {
    async stop() {
      // One more tick, so a stall that just ended is counted.
      await new Promise((resolve) => setTimeout(resolve, TICK_MS * 2));
      clearInterval(timer);
      return Math.max(0, longest);
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Times the full digest (figures of the period, the one before and the trend, plus the ICP data
 * profile) against the floor on the loaded team, after one warm-up run of each that also checks
 * that both give the same figures.
 */
export async function measureDigest(url: string, teamId: string, runs: number): Promise<DigestResult> {
  const database = openDatabase(url);
  const store = createStore(database);
  const raw = await openRawSql(url);
  const now = DEFAULT_DATA_END;
  const period = periodEndedBy(now, BENCH_TIME_ZONE);
  const input = { teamId, period, currency: BENCH_CURRENCY };
  const icpWindow = { start: new Date(now.getTime() - DEFAULT_PROFILE_WINDOW_DAYS * DAY_MS), end: now };
  const digest = async () => {
    const [figures] = await Promise.all([
      computeDigestFigures(database, input),
      computeIcpProfile(store, teamId, now),
    ]);
    return figures;
  };
  const floor = () => computeFloorFigures(raw, database.provider, { ...input, icpWindow });
  try {
    const [digestFigures, floorResult, icpFigures] = [
      await digest(),
      await floor(),
      await store.icpProfile.cohortFigures(teamId, icpWindow),
    ];
    const floorDifference =
      firstDifference(digestFigures, floorResult.figures) ??
      firstDifference(sortedIcpFigures(icpFigures), sortedIcpFigures(floorResult.icp));

    const digestMs: number[] = [];
    const floorMs: number[] = [];
    const stalls: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const watch = watchEventLoop();
      let started = performance.now();
      await digest();
      digestMs.push(performance.now() - started);
      stalls.push(await watch.stop());
      started = performance.now();
      await floor();
      floorMs.push(performance.now() - started);
    }
    // The same watch over as long a time with no digest running: on a shared machine, other
    // processes taking the cores delay timers too, and this shows how much.
    const idle = watchEventLoop();
    await new Promise((resolve) =>
      setTimeout(
        resolve,
        digestMs.reduce((sum, each) => sum + each, 0),
      ),
    );
    const idleStall = await idle.stop();
    const floorGroupMs = (await floor()).groupMs;
    const digestGroupMs = await timeDigestQueries(database, input);
    const started = performance.now();
    await store.icpProfile.cohortFigures(teamId, icpWindow);
    digestGroupMs.icpProfile = performance.now() - started;

    const digestMedianMs = median(digestMs);
    const floorMedianMs = median(floorMs);
    return {
      runs,
      digestMedianMs,
      digestMaxMs: Math.max(...digestMs),
      floorMedianMs,
      ratio: digestMedianMs / floorMedianMs,
      floorDifference,
      digestGroupMs,
      floorGroupMs,
      eventLoopMaxDelayMs: Math.max(...stalls),
      idleEventLoopMaxDelayMs: idleStall,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await raw.close();
    await database.close();
  }
}

/** Each of the digest's queries awaited on its own, to show where the time goes. */
async function timeDigestQueries(
  database: SnapshotSource,
  input: { teamId: string; period: ReturnType<typeof periodEndedBy>; currency: string },
): Promise<Record<string, number>> {
  const context = { dialect: sqlDialect(database.provider), teamId: input.teamId, currency: input.currency };
  const periods = lastPeriods(input.period, TREND_PERIODS);
  const queries = {
    volume: volumeQuery(context, periods).sql,
    stageEntries: stageEntriesQuery(context, periods).sql,
    offers: offersQuery(context, periods).sql,
    outcomes: outcomesQuery(context, periods).sql,
    funnel: funnelQuery(context, trailingWeeks(input.period, DEFAULT_COHORT_WEEKS)).sql,
    channels: channelsQuery(context, input.period, trailingWeeks(input.period, DEFAULT_COHORT_WEEKS)).sql,
    lostReasons: lostReasonsQuery(context, input.period).sql,
    products: productsQuery(context, input.period).sql,
    idleProducts: idlePriorityProductsQuery(context, input.period).sql,
    reps: repsQuery(context, input.period).sql,
  };
  const timings: Record<string, number> = {};
  for (const [group, sql] of Object.entries(queries)) {
    const started = performance.now();
    // The way the digest runs it: through the SQLite read worker, or through Prisma on PostgreSQL.
    await readInOneSnapshot(database, [sql]);
    timings[group] = performance.now() - started;
  }
  return timings;
}
