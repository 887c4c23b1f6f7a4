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
  loadWithIndexesBuiltAfter,
  openBulkTarget,
} from '../src/store/db/bulk';
import { openDatabase } from '../src/store/db/database';
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
  /** Time spent in bulk inserts and their commit (generation excluded). */
  insertMs: number;
  /**
   * Building the tables' secondary indexes once after the load (src/store/db/bulk/indexesAfterLoad.ts);
   * absent in results recorded before the indexes were built after the load.
   */
  indexBuildMs?: number;
  /** Rows per second over the inserts and the index builds together. */
  rowsPerSecond: number;
  generateMs: number;
  /** Building the team's pipeline facts (src/store/readModel/facts) from the loaded rows, after the inserts. */
  factsMs: number;
  analyzeMs: number;
};

/** Leads per generator batch (with their deals, events and feedback: about 15 k rows). */
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
  let generateMs = 0;
  const generated = <T>(make: () => T): T => {
    const started = performance.now();
    const made = make();
    generateMs += performance.now() - started;
    return made;
  };
  try {
    // One transaction: the tables start empty, so their secondary indexes are built after the rows.
    const loading = performance.now();
    const { indexBuildMs } = await loadWithIndexesBuiltAfter(target, async () => {
      const batches = generateTeamData({ teamId: team.id, leads, seed, leadsPerBatch: LEADS_PER_BATCH });
      for (;;) {
        const next = generated(() => batches.next());
        if (next.done) break;
        const batch: TeamDataBatch = next.value;
        rows.leads += await bulkInsertLeads(target, batch.leads);
        rows.deals += await bulkInsertDeals(target, batch.deals);
        rows.stageEvents += await bulkInsertStageEvents(target, batch.stageEvents);
        rows.feedback += await bulkInsertFeedback(target, batch.feedback);
      }
      rows.spend = await bulkInsertSpend(
        target,
        generated(() => generateSpend({ teamId: team.id, leads, seed })),
      );
      await bulkAdvanceTeamCounters(target, team.id);
    });
    // Inserts, commit and index builds; generating the rows is not loading them.
    const loadMs = performance.now() - loading - generateMs;
    const insertMs = loadMs - indexBuildMs;
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
      indexBuildMs,
      rowsPerSecond: rows.total / (loadMs / 1000),
      generateMs,
      factsMs,
      analyzeMs,
    };
  } finally {
    await target.close();
  }
}
