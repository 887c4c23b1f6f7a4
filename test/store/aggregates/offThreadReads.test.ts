import { Prisma } from '../../../src/generated/postgresql/client';
import { createStore } from '../../../src/store';
import { readInOneSnapshot } from '../../../src/store/readModel/offThreadReads';
import { toNumber } from '../../../src/store/db/sqlDialect';
import { countTicksDuring, LONG_SQLITE_STATEMENT } from '../../support/eventLoopTicks';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '../../support/testDatabase';

let database: TestDatabase;
let teamId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const store = createStore(database);
  teamId = (await store.teams.ensure('T0000READS')).id;
  for (const [index, company] of ['Acme', 'Globex', 'Initech'].entries()) {
    await store.pipelineWriter.createLead(
      teamId,
      { company },
      'U0000ALICE',
      new Date(Date.UTC(2026, 10, 1 + index)),
    );
  }
});

afterAll(async () => {
  await database.destroy();
});

const read = (queries: Prisma.Sql[]) => readInOneSnapshot(database, queries);

describe('aggregate reads', () => {
  it('answer several queries in order, with instant and boolean parameters bound as Prisma binds them', async () => {
    const [leads, options] = await read([
      Prisma.sql`SELECT COUNT(*) AS "count" FROM "Lead"
        WHERE "teamId" = ${teamId} AND "createdAt" >= ${new Date(Date.UTC(2026, 10, 2))}`,
      Prisma.sql`SELECT COUNT(*) AS "count" FROM "TeamOption" WHERE "teamId" = ${teamId} AND "archived" = ${false}`,
    ]);
    expect(toNumber(leads?.[0]?.count)).toBe(2);
    expect(toNumber(options?.[0]?.count)).toBe(
      await database.prisma.teamOption.count({ where: { teamId, archived: false } }),
    );
  });

  it('report a failing query as an error', async () => {
    await expect(read([Prisma.sql`SELECT "nope" FROM "Lead"`])).rejects.toThrow(/nope/);
  });
});

const onSqlite = testDatabaseProvider() === 'sqlite' ? describe : describe.skip;

onSqlite('on the embedded database', () => {
  it('run on a worker thread, so the event loop keeps turning during a long read', async () => {
    const { result, ticks } = await countTicksDuring(() => read([LONG_SQLITE_STATEMENT]));
    expect(toNumber(result[0]?.[0]?.count)).toBe(2_000_000);
    expect(ticks).toBeGreaterThan(2);
  });

  it('see rows committed by the app’s own connection', async () => {
    await createStore(database).pipelineWriter.createLead(
      teamId,
      { company: 'Hooli' },
      'U0000BOB',
      new Date(),
    );
    const [rows] = await read([
      Prisma.sql`SELECT COUNT(*) AS "count" FROM "Lead" WHERE "teamId" = ${teamId}`,
    ]);
    expect(toNumber(rows?.[0]?.count)).toBe(4);
  });
});
