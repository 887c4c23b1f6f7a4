import type { IcpChange, IcpSections } from '../src/domain/icp';
import { TEAM_A } from '../test/support/fixtures';
import { createStore } from '../src/store';
import {
  analyzeAfterBulkLoad,
  bulkAdvanceTeamCounters,
  bulkInsertDeals,
  bulkInsertFeedback,
  bulkInsertLeads,
  bulkInsertSpend,
  bulkInsertStageEvents,
  bulkRebuildTeamFacts,
  inBulkTransaction,
  openBulkTarget,
} from '../src/store/bulk';
import { openDatabase } from '../src/store/database';
import {
  BENCH_CURRENCY,
  BENCH_PRODUCTS,
  BENCH_TIME_ZONE,
  DEFAULT_DATA_END,
  generateTeamData,
  type TeamDataBatch,
} from './generate';
import { generateSpend } from './generateSpend';

export type LoadResult = {
  teamId: string;
  rows: { leads: number; deals: number; stageEvents: number; spend: number; feedback: number; total: number };
  /** Time spent in bulk inserts (generation excluded), and rows per second over it. */
  insertMs: number;
  rowsPerSecond: number;
  generateMs: number;
  /** Building the team's pipeline facts (src/store/facts) from the loaded rows, after the inserts. */
  factsMs: number;
  analyzeMs: number;
};

/** Rows per transaction: whole generator batches, so a transaction holds about 15 k rows. */
const LEADS_PER_BATCH = 5_000;

/**
 * Creates the benchmark team (Slack team TEAM_A, so signed test requests reach it) with its
 * product list and a written ICP through the app's store, then bulk-loads the generated pipeline.
 */
export async function loadBenchTeam(url: string, leads: number, seed?: number): Promise<LoadResult> {
  const database = openDatabase(url);
  const store = createStore(database);
  const team = await store.teams.ensure(TEAM_A.id);
  await database.prisma.team.update({
    where: { id: team.id },
    data: { name: TEAM_A.name, timezone: BENCH_TIME_ZONE, currency: BENCH_CURRENCY },
  });
  await database.prisma.teamOption.createMany({
    data: BENCH_PRODUCTS.map((product, position) => ({
      teamId: team.id,
      kind: 'product',
      ...product,
      position,
    })),
  });
  const sections: IcpSections = {
    industries: 'Manufacturing, Logistics',
    countries: 'PL, DE',
    priorityProducts: 'Analytics',
  };
  const change: IcpChange = { kind: 'first', sections: ['industries', 'countries', 'priorityProducts'] };
  await store.icp.saveNext(team.id, 0, sections, change, 'U00000001REP', DEFAULT_DATA_END);
  await database.close();

  const target = await openBulkTarget(url);
  const rows = { leads: 0, deals: 0, stageEvents: 0, spend: 0, feedback: 0, total: 0 };
  let insertMs = 0;
  let generateMs = 0;
  const timedInsert = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    insertMs += performance.now() - started;
  };
  try {
    const batches = generateTeamData({ teamId: team.id, leads, seed, leadsPerBatch: LEADS_PER_BATCH });
    for (;;) {
      const generating = performance.now();
      const next = batches.next();
      generateMs += performance.now() - generating;
      if (next.done) break;
      const batch: TeamDataBatch = next.value;
      await timedInsert(() =>
        inBulkTransaction(target, async () => {
          rows.leads += await bulkInsertLeads(target, batch.leads);
          rows.deals += await bulkInsertDeals(target, batch.deals);
          rows.stageEvents += await bulkInsertStageEvents(target, batch.stageEvents);
          rows.feedback += await bulkInsertFeedback(target, batch.feedback);
        }),
      );
    }
    const spend = generateSpend({ teamId: team.id, leads, seed });
    await timedInsert(async () => {
      rows.spend = await bulkInsertSpend(target, spend);
      await bulkAdvanceTeamCounters(target, team.id);
    });
    const building = performance.now();
    await bulkRebuildTeamFacts(target, team.id);
    const factsMs = performance.now() - building;
    const analyzing = performance.now();
    await analyzeAfterBulkLoad(target);
    const analyzeMs = performance.now() - analyzing;
    rows.total = rows.leads + rows.deals + rows.stageEvents + rows.spend + rows.feedback;
    return {
      teamId: team.id,
      rows,
      insertMs,
      rowsPerSecond: rows.total / (insertMs / 1000),
      generateMs,
      factsMs,
      analyzeMs,
    };
  } finally {
    await target.close();
  }
}
