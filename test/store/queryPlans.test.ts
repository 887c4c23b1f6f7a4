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
  openBulkTarget,
} from '../../src/store/bulk';
import {
  channelsQuery,
  idlePriorityProductsQuery,
  lostReasonsQuery,
  productsQuery,
  repsQuery,
} from '../../src/store/metrics/breakdownQueries';
import { funnelQuery } from '../../src/store/metrics/funnelQuery';
import {
  offersQuery,
  outcomesQuery,
  stageEntriesQuery,
  volumeQuery,
} from '../../src/store/metrics/periodQueries';
import type { MetricsQueryContext } from '../../src/store/metrics/tables';
import { sqlDialect } from '../../src/store/sqlDialect';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

// The digest's queries must reach the reported window's rows through the indexes made for them,
// not read the team's whole history: checked with EXPLAIN on PostgreSQL over a generated team of
// 10 000 leads (the benchmark generator), after ANALYZE. SQLite's plans are shown by
// `EXPLAIN QUERY PLAN`; its planner has no statistics-driven choice to check here.

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
      channels: channelsQuery(context, period).sql,
      lostReasons: lostReasonsQuery(context, period).sql,
      products: productsQuery(context, period).sql,
      idleProducts: idlePriorityProductsQuery(context, period).sql,
      reps: repsQuery(context, period).sql,
    };
  };

  it('counts the periods’ leads, qualifications and feedback through their time indexes', async () => {
    const nodes = await plan(queries().volume);
    expect([...indexesOf(nodes)]).toEqual(
      expect.arrayContaining([
        'Lead_teamId_createdAt_idx',
        'Lead_teamId_qualifiedAt_idx',
        'Feedback_teamId_createdAt_idx',
      ]),
    );
    expect(fullScansOf(nodes)).not.toContain('Lead');
    expect(fullScansOf(nodes)).not.toContain('Feedback');
  });

  it.each([
    'stageEntries',
    'offers',
    'outcomes',
    'channels',
    'lostReasons',
    'products',
    'idleProducts',
    'reps',
  ] as const)('%s finds the window’s stage events through (teamId, toStage, at)', async (name) => {
    const nodes = await plan(queries()[name]);
    expect([...indexesOf(nodes)]).toContain('StageEvent_teamId_toStage_at_idx');
  });

  it.each(['offers', 'outcomes', 'channels', 'lostReasons', 'products', 'reps'] as const)(
    '%s looks up each deal’s other events through (dealId, at)',
    async (name) => {
      const nodes = await plan(queries()[name]);
      expect([...indexesOf(nodes)]).toContain('StageEvent_dealId_at_idx');
    },
  );

  it('finds each client’s first win through (teamId, companyKey)', async () => {
    expect([...indexesOf(await plan(queries().outcomes))]).toContain('Lead_teamId_companyKey_idx');
  });

  it.each(['funnel', 'channels', 'idleProducts', 'reps'] as const)(
    '%s reads the cohort’s or period’s leads through (teamId, createdAt)',
    async (name) => {
      const nodes = await plan(queries()[name]);
      expect([...indexesOf(nodes)]).toContain('Lead_teamId_createdAt_idx');
      expect(fullScansOf(nodes)).not.toContain('Lead');
    },
  );
});
