import { createStore } from '../../../src/store';
import { countTicksDuring, LONG_SQLITE_STATEMENT } from '../../support/eventLoopTicks';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '../../support/testDatabase';

const onSqlite = testDatabaseProvider() === 'sqlite' ? describe : describe.skip;

let database: TestDatabase;

beforeAll(async () => {
  if (testDatabaseProvider() === 'sqlite') database = await createTestDatabase();
});

afterAll(async () => {
  await database?.destroy();
});

onSqlite('the embedded database connection on its worker thread', () => {
  it('leaves the event loop free while a statement runs, inside a transaction too', async () => {
    const { result: counted, ticks } = await countTicksDuring(() =>
      database.prisma.$transaction(async (transaction) => {
        await transaction.$executeRaw(LONG_SQLITE_STATEMENT);
        return transaction.$queryRaw<{ count: bigint }[]>(LONG_SQLITE_STATEMENT);
      }),
    );
    expect(Number(counted[0]?.count)).toBe(2_000_000);
    // Run on the main thread, both statements would hold the loop and no tick could fire.
    expect(ticks).toBeGreaterThan(2);
  });

  it('reports constraint violations as Prisma errors with their code', async () => {
    const store = createStore(database);
    const team = await store.teams.ensure('T0000THREAD');
    await expect(
      database.prisma.team.create({ data: { slackTeamId: team.slackTeamId } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('rolls back a failed transaction and keeps a committed one', async () => {
    const store = createStore(database);
    const team = await store.teams.ensure('T0000ROLLBACK');
    await expect(
      database.prisma.$transaction(async (transaction) => {
        await transaction.teamOption.create({
          data: { teamId: team.id, kind: 'channel', key: 'rolled_back', label: 'Rolled back' },
        });
        throw new Error('the rep cancelled');
      }),
    ).rejects.toThrow('the rep cancelled');
    await database.prisma.teamOption.create({
      data: { teamId: team.id, kind: 'channel', key: 'kept', label: 'Kept' },
    });
    const keys = await database.prisma.teamOption.findMany({
      where: { teamId: team.id, key: { in: ['rolled_back', 'kept'] } },
      select: { key: true },
    });
    expect(keys).toEqual([{ key: 'kept' }]);
  });

  it('runs concurrent transactions one after another, so neither sees the other half-done', async () => {
    const store = createStore(database);
    const team = await store.teams.ensure('T0000SERIAL');
    const steps: string[] = [];
    const transfer = (name: string) =>
      database.prisma.$transaction(async (transaction) => {
        steps.push(`${name} begins`);
        await transaction.teamOption.create({
          data: { teamId: team.id, kind: 'product', key: name, label: name },
        });
        await transaction.$queryRaw`SELECT 1`;
        steps.push(`${name} ends`);
      });
    await Promise.all([transfer('first'), transfer('second')]);
    expect(steps).toEqual(['first begins', 'first ends', 'second begins', 'second ends']);
  });
});
