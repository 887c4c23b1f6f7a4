import { BENCH_PRODUCTS, BENCH_TIME_ZONE, DEFAULT_DATA_END, generateTeamData } from '../../bench/generate';
import { generateSpend } from '../../bench/generateSpend';
import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { DEFAULT_COHORT_WEEKS, TREND_PERIODS } from '../../src/domain/kpis';
import { lastPeriods, periodEndedBy, trailingWeeks } from '../../src/domain/periods';
import { Prisma } from '../../src/generated/postgresql/client';
import { createStore } from '../../src/store';
import {
  analyzeAfterBulkLoad,
  bulkInsertDeals,
  bulkInsertFeedback,
  bulkInsertLeads,
  bulkInsertSpend,
  bulkInsertStageEvents,
  bulkRebuildTeamFacts,
  openBulkTarget,
} from '../../src/store/db/bulk';
import { icpCohortQuery } from '../../src/store/readModel/icpProfileStore';
import {
  channelsQuery,
  idlePriorityProductsQuery,
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
import type { MetricsQueryContext } from '../../src/store/readModel/metrics/tables';
import { sqlDialect } from '../../src/store/db/sqlDialect';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

// The digest's queries must reach the reported window's rows through the indexes made for them,
// not read the team's whole history, and the big ones must be answered by their index alone (an
// Index Only Scan: no visit to the table per row): checked with EXPLAIN on PostgreSQL over a
// generated team of 10 000 leads (the benchmark generator) with its pipeline facts, after VACUUM
// ANALYZE. SQLite's plans are shown by `EXPLAIN QUERY PLAN`; its planner has no
// statistics-driven choice to check here.

const onPostgres = process.env.TEST_POSTGRES_URL ? describe : describe.skip;
if (!process.env.TEST_POSTGRES_URL) {
  it.todo(
    'query plans are checked on PostgreSQL only: run with TEST_POSTGRES_URL set (npm run test:postgres)',
  );
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

/** Every node of a plan tree, flattened. */
function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

onPostgres('digest query plans on PostgreSQL (TEST_POSTGRES_URL; skipped on SQLite)', () => {
  let database: TestDatabase;
  let context: MetricsQueryContext;
  let period: ReportingPeriod;

  beforeAll(async () => {
    database = await createTestDatabase();
    const store = createStore(database);
    const team = await store.teams.ensure('T0000PLANS');
    await database.prisma.teamOption.createMany({
      data: BENCH_PRODUCTS.map((product, position) => ({
        teamId: team.id,
        kind: 'product',
        ...product,
        position,
      })),
    });
    const target = await openBulkTarget(database.url);
    try {
      for (const batch of generateTeamData({ teamId: team.id, leads: 10_000 })) {
        await bulkInsertLeads(target, batch.leads);
        await bulkInsertDeals(target, batch.deals);
        await bulkInsertStageEvents(target, batch.stageEvents);
        await bulkInsertFeedback(target, batch.feedback);
      }
      await bulkInsertSpend(target, generateSpend({ teamId: team.id, leads: 10_000 }));
      await bulkRebuildTeamFacts(target, team.id);
      await analyzeAfterBulkLoad(target);
    } finally {
      await target.close();
    }
    context = { dialect: sqlDialect('postgresql'), teamId: team.id, currency: 'EUR' };
    period = periodEndedBy(DEFAULT_DATA_END, BENCH_TIME_ZONE);
  }, 120_000);

  afterAll(async () => {
    await database?.destroy();
  });

  async function plan(sql: Prisma.Sql): Promise<PlanNode[]> {
    const rows = await database.prisma.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`,
    );
    const root = rows[0]?.['QUERY PLAN'][0]?.Plan;
    if (!root) throw new Error('EXPLAIN returned no plan');
    return nodesOf(root);
  }

  const indexesOf = (nodes: PlanNode[]) => new Set(nodes.flatMap((node) => node['Index Name'] ?? []));
  /** The indexes read without visiting their table. */
  const indexOnlyOf = (nodes: PlanNode[]) =>
    new Set(
      nodes.filter((node) => node['Node Type'] === 'Index Only Scan').map((node) => node['Index Name']),
    );
  const fullScansOf = (nodes: PlanNode[]) =>
    nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']);

  const queries = () => {
    const periods = lastPeriods(period, TREND_PERIODS);
    return {
      volume: volumeQuery(context, periods).sql,
      stageEntries: stageEntriesQuery(context, periods).sql,
      offers: offersQuery(context, periods).sql,
      outcomes: outcomesQuery(context, periods).sql,
      funnel: funnelQuery(context, trailingWeeks(period, DEFAULT_COHORT_WEEKS)).sql,
      channels: channelsQuery(context, period, trailingWeeks(period, DEFAULT_COHORT_WEEKS)).sql,
      lostReasons: lostReasonsQuery(context, period).sql,
      products: productsQuery(context, period).sql,
      idleProducts: idlePriorityProductsQuery(context, period).sql,
      reps: repsQuery(context, period).sql,
      icpProfile: icpCohortQuery(context.dialect, context.teamId, {
        start: new Date(period.end.getTime() - 180 * 86_400_000),
        end: period.end,
      }),
    };
  };

  it.each([
    'volume',
    'stageEntries',
    'offers',
    'outcomes',
    'funnel',
    'channels',
    'lostReasons',
    'products',
    'idleProducts',
    'reps',
    'icpProfile',
  ] as const)('%s reads no table of the pipeline or its facts in full', async (name) => {
    const scanned = fullScansOf(await plan(queries()[name]));
    for (const table of [
      'Lead',
      'Deal',
      'StageEvent',
      'Feedback',
      'DealFact',
      'LeadFact',
      'LeadDay',
      'StageDay',
    ]) {
      expect(scanned).not.toContain(table);
    }
  });

  it('counts the periods’ leads, those qualified by the end and feedback from their indexes alone', async () => {
    // Qualified by the end: LeadDay's whole days, less the leads qualified since (LeadFact's
    // qualified index, by qualification time), plus the partial days (LeadFact's cohort index).
    expect([...indexOnlyOf(await plan(queries().volume))]).toEqual(
      expect.arrayContaining([
        'Lead_teamId_createdAt_status_source_ownerId_idx',
        'LeadFact_qualified_idx',
        'LeadFact_cohort_idx',
        'Feedback_teamId_createdAt_sentiment_idx',
      ]),
    );
  });

  it('adds stage entries of whole days up from StageDay and counts the rest from the event index alone', async () => {
    const nodes = await plan(queries().stageEntries);
    expect([...indexesOf(nodes)]).toContain('StageDay_pkey');
    expect([...indexOnlyOf(nodes)]).toContain('StageEvent_teamId_toStage_at_kind_dealId_idx');
  });

  it('finds the reps’ discovery meetings from DealFact’s discovery index alone', async () => {
    expect([...indexOnlyOf(await plan(queries().reps))]).toContain('DealFact_discovery_idx');
  });

  it.each(['outcomes', 'channels', 'lostReasons', 'products', 'reps'] as const)(
    '%s reads the window’s decided deals from DealFact’s closing index alone',
    async (name) => {
      expect([...indexOnlyOf(await plan(queries()[name]))]).toContain('DealFact_closing_idx');
    },
  );

  it.each(['offers', 'reps'] as const)(
    '%s reads the window’s offers from DealFact’s offer index alone',
    async (name) => {
      expect([...indexOnlyOf(await plan(queries()[name]))]).toContain('DealFact_offer_idx');
    },
  );

  it.each(['channels', 'reps'] as const)(
    '%s reads the new leads of the period’s partial days from (teamId, createdAt, status, source, ownerId) alone',
    async (name) => {
      expect([...indexOnlyOf(await plan(queries()[name]))]).toContain(
        'Lead_teamId_createdAt_status_source_ownerId_idx',
      );
    },
  );

  it('counts the funnel from LeadDay, less the late reaches of LeadFact’s reached index, plus its partial days', async () => {
    const nodes = await plan(queries().funnel);
    expect([...indexesOf(nodes)]).toContain('LeadDay_pkey');
    expect([...indexOnlyOf(nodes)]).toEqual(
      expect.arrayContaining(['LeadFact_reached_idx', 'LeadFact_cohort_idx']),
    );
  });

  it('looks each priority product up in the product indexes of LeadFact and DealFact', async () => {
    expect([...indexesOf(await plan(queries().idleProducts))]).toEqual(
      expect.arrayContaining([
        'LeadFact_teamId_product_createdAt_idx',
        'DealFact_teamId_productKey_lastMovedAt_idx',
      ]),
    );
  });

  it('adds the ICP window’s whole days up from LeadDay and its partial days from LeadFact', async () => {
    const nodes = await plan(queries().icpProfile);
    expect([...indexesOf(nodes)]).toEqual(expect.arrayContaining(['LeadDay_pkey', 'LeadFact_cohort_idx']));
    expect(nodes.map((node) => node['Relation Name'])).not.toContain('Lead');
  });

  it.each(['volume', 'channels', 'reps'] as const)(
    '%s adds the new leads of whole days up from LeadDay',
    async (name) => {
      expect([...indexesOf(await plan(queries()[name]))]).toContain('LeadDay_pkey');
    },
  );
});
