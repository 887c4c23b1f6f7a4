import { SCENARIO_NOW, seedScenario, scheduleScenarioDigest } from '../support/digestScenario';
import { testDatabaseProvider, unavailableDatabaseUrl } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

async function getHealth(baseUrl: string): Promise<{ status: number; type: string | null; body: unknown }> {
  const response = await fetch(`${baseUrl}/healthz`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const JOBS = [
  'post due digests',
  'retry failed digests',
  'pre-digest reminders',
  'overdue action-item reminders',
];

let t: TestApp;

/**
 * Makes each of the app's pooled PostgreSQL connections (4 in tests) read-only for its session: four
 * transactions at once hold four connections, and a committed SET outlives its transaction.
 */
async function readOnlyPostgres(app: TestApp): Promise<void> {
  await Promise.all(
    [1, 2, 3, 4].map(() =>
      app.database.prisma.$transaction(async (transaction) => {
        await transaction.$executeRawUnsafe('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
        await transaction.$executeRawUnsafe('SELECT pg_sleep(0.3)');
      }),
    ),
  );
}

describe('GET /healthz', () => {
  it('answers 200 with the database reachable and a scheduler that has not run yet', async () => {
    t = await startTestApp();
    expect(await getHealth(t.baseUrl)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: {
        status: 'ok',
        database: { reachable: true, latencyMs: expect.any(Number) },
        // Test apps run jobs by hand (no timer).
        scheduler: { state: 'manual', intervalMs: 0, lastRun: null },
        commands: { running: 0, waiting: 0, turnedAway: 0 },
      },
    });
  });

  describe("reports the scheduler's last run", () => {
    beforeEach(async () => {
      t = await startTestApp({ now: SCENARIO_NOW });
      const team = await seedScenario(t);
      await scheduleScenarioDigest(t, team);
    });

    it('as ok when every due job ran and the digest was posted', async () => {
      await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
      const health = await getHealth(t.baseUrl);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        scheduler: {
          state: 'manual',
          lastRun: {
            at: '2026-11-30T08:00:00.000Z',
            durationMs: expect.any(Number),
            outcome: 'ok',
            jobsRun: 4,
            jobsFailed: [],
            itemsFailed: 0,
          },
        },
      });
    });

    it('as failed, still 200, when Slack refused the digest (it is retried later)', async () => {
      t.fake.failNext('chat.postMessage', { status: 500 }, 3);
      await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
      const failed = await getHealth(t.baseUrl);
      expect(failed.status).toBe(200);
      expect(failed.body).toMatchObject({
        status: 'ok',
        scheduler: { lastRun: { outcome: 'failed', jobsRun: 4, jobsFailed: [], itemsFailed: 1 } },
      });
      // Nothing in the answer names the team, the channel or the error.
      expect(JSON.stringify(failed.body)).not.toMatch(/C0000SALES|T0000|fatal_error|statusCode/);

      await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:01:00Z'));
      expect((await getHealth(t.baseUrl)).body).toMatchObject({
        scheduler: { lastRun: { at: '2026-11-30T08:01:00.000Z', outcome: 'ok', itemsFailed: 0 } },
      });
    });
  });

  describe('with the database down', () => {
    // PostgreSQL: nothing listens on the port; SQLite: the file's folder does not exist.
    const problem = process.env.TEST_POSTGRES_URL ? 'unreachable' : 'missing';

    beforeEach(async () => {
      t = await startTestApp({ databaseUrl: unavailableDatabaseUrl() });
    });

    it('answers 200 (the process lives) as degraded with the cause, naming no host or error text, and logs it once', async () => {
      const first = await getHealth(t.baseUrl);
      const second = await getHealth(t.baseUrl);
      expect(first).toEqual({
        status: 200,
        type: 'application/json; charset=utf-8',
        body: {
          status: 'degraded',
          database: { reachable: false, problem },
          scheduler: { state: 'manual', intervalMs: 0, lastRun: null },
          commands: { running: 0, waiting: 0, turnedAway: 0 },
        },
      });
      expect(second.status).toBe(200);
      expect(JSON.stringify(first.body)).not.toMatch(/127\.0\.0\.1|tandem-missing/);
      expect(
        t.logger.lines.filter((line) =>
          line.message.includes(`health check: the database is not ready (${problem})`),
        ),
      ).toHaveLength(1);
    });

    it('names the scheduled jobs that failed for want of the database', async () => {
      await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
      expect((await getHealth(t.baseUrl)).body).toMatchObject({
        status: 'degraded',
        scheduler: { lastRun: { outcome: 'failed', jobsRun: 4, jobsFailed: JOBS } },
      });
    });
  });

  it('answers degraded, read_only, when the database takes no writes', async () => {
    t = await startTestApp();
    expect((await getHealth(t.baseUrl)).body).toMatchObject({ status: 'ok' });
    // SQLite: the connection refuses writes as a read-only file does (SQLITE_READONLY); PostgreSQL:
    // every transaction of the test schema's database is read-only, as on a replica.
    if (testDatabaseProvider() === 'sqlite')
      await t.database.prisma.$executeRawUnsafe('PRAGMA query_only = ON');
    else await readOnlyPostgres(t);
    expect((await getHealth(t.baseUrl)).body).toMatchObject({
      status: 'degraded',
      database: { reachable: true, problem: 'read_only' },
    });
  });
});
