import { getISODay } from 'date-fns';
import type { ChildProcess } from 'node:child_process';
import type { SchedulerRun } from '../../src/scheduler/scheduler';
import { createStore } from '../../src/store';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { ALICE, BOB, BOT_TOKEN, SALES, SIGNING_SECRET, TEAM_A } from '../support/fixtures';
import { createSlackRequester } from '../support/slackRequests';
import { freePort, startTandem, stopTandem } from '../support/tandemProcess';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/**
 * Two Tandem processes (`npm start`, each with its own scheduler) on one database, as two
 * replicas behind a load balancer: both serve commands, and the digest that falls due is posted
 * once. Both schedulers tick as soon as their process starts, so they race for the same run.
 */
let fake: FakeSlackApi;
let database: TestDatabase;
const processes: ChildProcess[] = [];

beforeEach(async () => {
  fake = await startFakeSlackApi();
  database = await createTestDatabase();
});

afterEach(async () => {
  outputs.splice(0);
  await Promise.all(processes.splice(0).map((child) => stopTandem(child)));
  await database.destroy();
  await fake.close();
});

/** A weekly schedule whose latest run fell due at midnight UTC today, so it is due at start-up. */
async function scheduleDueToday(): Promise<string> {
  const store = createStore(database);
  const team = await store.teams.ensure(TEAM_A.id);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  await store.digestSchedules.save(
    team.id,
    {
      channelId: SALES,
      weekday: getISODay(now),
      time: '00:00',
      timeZone: 'UTC',
      cadenceWeeks: 1,
      anchorDate: today,
      enabled: true,
    },
    ALICE,
    new Date(now.getTime() - 86_400_000),
  );
  return team.id;
}

const outputs: (() => string)[] = [];

async function startInstance(): Promise<{ port: number }> {
  const port = await freePort();
  const { child, output } = await startTandem({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: database.url,
    LOG_LEVEL: 'info',
  });
  processes.push(child);
  outputs.push(output);
  return { port };
}

/** The scheduler's last finished run as the process's /healthz reports it, once there is one. */
async function lastSchedulerRun(port: number): Promise<SchedulerRun> {
  for (;;) {
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
      scheduler: { lastRun: SchedulerRun | null };
    };
    if (health.scheduler.lastRun) return health.scheduler.lastRun;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const digestPosts = () =>
  fake.callsTo('chat.postMessage').filter((call) => call.body.channel === SALES && !call.body.thread_ts);

it('serves commands from both processes and posts the due digest exactly once', async () => {
  const teamId = await scheduleDueToday();

  const [first, second] = await Promise.all([startInstance(), startInstance()]);

  await fake
    .waitFor('chat.postMessage', (call) => call.body.channel === SALES, 60_000)
    .catch((error: unknown) => {
      throw new Error(
        `no digest was posted: ${String(error)}\n${outputs.map((output) => output()).join('\n')}`,
      );
    });
  const requesters = [first, second].map(({ port }) =>
    createSlackRequester({
      appUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SIGNING_SECRET,
      fake,
    }),
  );
  const [fromFirst, fromSecond] = await Promise.all([
    requesters[0]?.sendCommand({ command: '/lead', text: 'Acme source:seo', userId: ALICE }),
    requesters[1]?.sendCommand({ command: '/lead', text: 'Globex source:seo', userId: BOB }),
  ]);
  expect([fromFirst?.status, fromSecond?.status]).toEqual([200, 200]);
  await fake.waitForCalls('response_url', 2);

  // Both schedulers have finished their start-up run, so both had their chance at the digest.
  const runs = await Promise.all([first, second].map(({ port }) => lastSchedulerRun(port)));
  expect(runs.map((run) => run.outcome)).toEqual(['ok', 'ok']);
  const leads = await database.prisma.lead.findMany({ where: { teamId }, orderBy: { company: 'asc' } });
  expect(leads.map((lead) => lead.company)).toEqual(['Acme', 'Globex']);
  expect(digestPosts()).toHaveLength(1);
  expect(await database.prisma.digestRun.count({ where: { teamId } })).toBe(1);
}, 120_000);
