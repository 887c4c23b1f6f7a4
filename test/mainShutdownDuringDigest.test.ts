import { getISODay } from 'date-fns';
import { get } from 'node:http';
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/db/database';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { ALICE, BOT_TOKEN, SALES, SIGNING_SECRET, TEAM_A } from './support/fixtures';
import { exitOf, freePort, startTandem } from './support/tandemProcess';
import { createTestDatabase, type TestDatabase } from './support/testDatabase';

/**
 * SIGTERM while the scheduler is posting a digest and Slack is slow to take the parent message:
 * the real entry point stops taking requests, lets the digest finish (parent and thread, posted
 * once, run recorded), closes the database and exits 0.
 */
let fake: FakeSlackApi;
let database: TestDatabase;

beforeEach(async () => {
  fake = await startFakeSlackApi();
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.destroy();
  await fake.close();
});

/** A weekly schedule whose latest run fell due at midnight UTC today: the first tick at start-up posts it. */
async function scheduleDueToday(): Promise<string> {
  const store = createStore(database);
  const team = await store.teams.ensure(TEAM_A.id);
  const now = new Date();
  await store.digestSchedules.save(
    team.id,
    {
      channelId: SALES,
      weekday: getISODay(now),
      time: '00:00',
      timeZone: 'UTC',
      cadenceWeeks: 1,
      anchorDate: now.toISOString().slice(0, 10),
      enabled: true,
    },
    ALICE,
    new Date(now.getTime() - 86_400_000),
  );
  return team.id;
}

/** GET /healthz on a new connection: the status and body, or the connection error's code. */
function probe(port: number): Promise<{ status: number; body: string } | string> {
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function waitForOutput(output: () => string, text: string): Promise<void> {
  while (!output().includes(text)) await new Promise((resolve) => setTimeout(resolve, 20));
}

it('finishes the digest it is posting on SIGTERM, posts it once, and exits 0', async () => {
  const teamId = await scheduleDueToday();
  const slowParent = fake.holdNext('chat.postMessage');
  const port = await freePort();
  let parentTs: unknown;
  const tandem = await startTandem({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: database.url,
  });
  try {
    // The scheduler's first tick is posting the digest; Slack has the parent but has not answered.
    await slowParent.arrived;
    const health = await probe(port);
    expect(typeof health === 'object' && JSON.parse(health.body)).toMatchObject({
      status: 'ok',
      scheduler: { state: 'running', intervalMs: 60_000, lastRun: null },
    });

    const exited = exitOf(tandem.child);
    tandem.child.kill('SIGTERM');
    await waitForOutput(tandem.output, 'SIGTERM received');
    expect(await probe(port)).toBe('ECONNREFUSED');
    expect(tandem.child.exitCode).toBeNull();
    const releasedAt = Date.now();
    slowParent.release();

    expect(await exited).toBe(0);
    expect(tandem.output()).toMatch(/"level":"info".*"msg":"stopped"/);
    const parents = fake
      .callsTo('chat.postMessage')
      .filter((call) => call.body.channel === SALES && call.body.thread_ts === undefined);
    expect(parents).toHaveLength(1);
    parentTs = parents[0]?.response.body.ts;
    const replies = fake.callsTo('chat.postMessage').filter((call) => call.body.thread_ts === parentTs);
    // The whole thread of a period with no entries: chart tables, more figures, one line for the
    // feedback kinds (none logged), lost deals, products and reps.
    expect(replies).toHaveLength(5);
    expect(replies.every((call) => call.response.body.ok === true && call.at >= releasedAt)).toBe(true);
  } finally {
    slowParent.release();
    if (tandem.child.exitCode === null) tandem.child.kill('SIGKILL');
  }

  // The run was recorded before the database closed: posted once, with the parent's ts.
  const reopened = openDatabase(database.url);
  try {
    const runs = await reopened.prisma.digestRun.findMany({ where: { teamId } });
    expect(runs).toEqual([
      expect.objectContaining({ status: 'posted', attempts: 1, ts: parentTs, postedAt: expect.any(Date) }),
    ]);
  } finally {
    await reopened.close();
  }
});
