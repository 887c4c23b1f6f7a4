import { createApp, type TandemApp } from '../../src/app';
import { DEFAULT_QUICKCHART_URL, type Config } from '../../src/config';
import { composeDigest, reportingTimeZone } from '../../src/digest/composeDigest';
import { buildDigestThread } from '../../src/digest/blocks/threadReplies';
import { TokenCipher } from '../../src/security/tokenCipher';
import type { SlackRateLimits } from '../../src/runtime/slackPacing';
import { createStore, type Store } from '../../src/store';
import { openDatabase, type Database } from '../../src/store/db/database';
import { PrismaInstallationStore } from '../../src/store/repos/installationStore';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackLimits } from '../support/fakeSlackApi';
import { ALICE, SIGNING_SECRET } from '../support/fixtures';
import { botTokenOf, testOAuthConfig, workspaceInstallation } from '../support/installations';
import { createTestClock } from '../support/testClock';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';
import { createTestLogger, type TestLogger } from '../support/testLogger';
import { ActionIds } from '../../src/slack/ids';
import { SCENARIO_NOW, scenarioServices, scenarioTeam, seedScenario } from '../support/digestScenario';
import { BOB, SALES, buttonAction } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Monday 09:00 in Warsaw, scaled down: 30 teams in 30 workspaces (OAuth installations), every
 * digest due in the same minute, two app instances on one database, and a fake Slack that
 * enforces its limits per workspace and channel. Each digest is posted once, its thread in order,
 * and Tandem paces itself so Slack never has to refuse it.
 */
const TEAMS = 30;
/** Monday 30 Nov 2026, 09:00 Warsaw. */
const DUE = new Date('2026-11-30T08:00:00Z');
/** Slack's limits, ten times faster so the test takes seconds: 10 messages a second per channel. */
const FAKE_LIMITS: FakeSlackLimits = {
  postMessagePerChannel: { requests: 1, perMs: 100, burst: 3 },
  methodsPerWorkspace: { 'chat.getPermalink': { requests: 10, perMs: 1_000, burst: 2 } },
};
const APP_LIMITS: SlackRateLimits = {
  postMessagePerChannel: { requests: 1, perMs: 100 },
  methodsPerWorkspace: { 'chat.getPermalink': { requests: 10, perMs: 1_000 } },
};

const workspaceOf = (index: number) => `T${String(index).padStart(8, '0')}W`;
const channelOf = (slackTeamId: string) => `C${slackTeamId.slice(1)}`;

let fake: FakeSlackApi;
let database: TestDatabase;
const opened: Database[] = [];
const apps: TandemApp[] = [];
const loggers: TestLogger[] = [];
/** The tests that run on a test app (below) leave these two alone. */
const started = { fake: false, database: false };

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  loggers.splice(0);
  await Promise.all(opened.splice(0).map((other) => other.close()));
  if (started.database) await database.destroy();
  if (started.fake) await fake.close();
  Object.assign(started, { fake: false, database: false });
});

async function startFake(limits: FakeSlackLimits): Promise<FakeSlackApi> {
  fake = await startFakeSlackApi({ limits });
  started.fake = true;
  return fake;
}

async function startDatabase(): Promise<TestDatabase> {
  database = await createTestDatabase();
  started.database = true;
  return database;
}

/** One Tandem instance on the shared database, with its own connection pool, paced by APP_LIMITS. */
async function startInstance(oauth: Config['oauth']): Promise<TandemApp> {
  const own = openDatabase(database.url);
  opened.push(own);
  const config: Config = {
    slackBotToken: undefined,
    slackSigningSecret: SIGNING_SECRET,
    slackAppToken: undefined,
    port: 0,
    databaseUrl: database.url,
    slackApiUrl: fake.url,
    logLevel: 'error',
    oauth,
  };
  const logger = createTestLogger();
  loggers.push(logger);
  const app = createApp({
    config,
    store: createStore(own),
    clock: createTestClock(DUE.toISOString()),
    logger,
    slackRetryConfig: { retries: 3 },
    slackRateLimits: APP_LIMITS,
    digestWorkers: 4,
    schedulerIntervalMs: 0,
  });
  apps.push(app);
  await app.start();
  return app;
}

async function seedTeams(store: Store, oauth: NonNullable<Config['oauth']>): Promise<void> {
  const installations = new PrismaInstallationStore(
    database.prisma,
    new TokenCipher(oauth.tokenKeys),
    createTestClock(DUE.toISOString()),
  );
  for (let index = 1; index <= TEAMS; index += 1) {
    const slackTeamId = workspaceOf(index);
    await installations.storeInstallation(workspaceInstallation(slackTeamId));
    const team = await store.teams.ensure(slackTeamId);
    await store.digestSchedules.save(
      team.id,
      {
        channelId: channelOf(slackTeamId),
        weekday: 1,
        time: '09:00',
        timeZone: 'Europe/Warsaw',
        cadenceWeeks: 2,
        anchorDate: '2026-11-30',
        enabled: true,
      },
      ALICE,
      new Date('2026-11-20T10:00:00Z'),
    );
  }
}

const accepted = (channel: string) =>
  fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === channel && call.response.body.ok === true);

it('posts 30 digests due at the same minute once each, threads in order, within Slack’s limits', async () => {
  await startFake(FAKE_LIMITS);
  await startDatabase();
  const store = createStore(database);
  const oauth = testOAuthConfig();
  await seedTeams(store, oauth);
  const instances = [await startInstance(oauth), await startInstance(oauth)];

  const runs = await Promise.all(instances.map((app) => app.scheduler.runDueJobs(DUE)));

  // A failed run shows what its instance logged.
  expect(
    runs.map((run, index) =>
      run.outcome === 'ok' ? 'ok' : loggers[index]?.lines.filter((line) => line.level === 'error'),
    ),
  ).toEqual(['ok', 'ok']);
  const teams = await database.prisma.team.findMany();
  expect(teams).toHaveLength(TEAMS);
  for (const team of teams) {
    const channel = channelOf(team.slackTeamId);
    const [parent, ...replies] = accepted(channel);
    // Exactly once: one parent per channel, one run, posted on the first attempt, with the parent's ts.
    expect(accepted(channel).filter((call) => call.body.thread_ts === undefined)).toHaveLength(1);
    const dbRuns = await database.prisma.digestRun.findMany({ where: { teamId: team.id } });
    expect(dbRuns).toHaveLength(1);
    expect(dbRuns[0]).toMatchObject({ status: 'posted', attempts: 1, ts: parent?.response.body.ts });
    // In order: every reply in the parent's thread, in the order the digest builds them.
    const record = await store.teams.ensure(team.slackTeamId);
    const [dbRun] = dbRuns;
    if (!dbRun) throw new Error(`no digest run for ${team.slackTeamId}`);
    const content = await composeDigest(
      { store, charts: { quickchartUrl: DEFAULT_QUICKCHART_URL } },
      record,
      { start: dbRun.periodStart, end: dbRun.periodEnd, timeZone: await reportingTimeZone(store, record) },
    );
    expect(replies.map((reply) => reply.body.thread_ts)).toEqual(replies.map(() => parent?.response.body.ts));
    expect(replies.map((reply) => reply.body.text)).toEqual(
      buildDigestThread(content).map((reply) => reply.text),
    );
    expect(
      fake.calls
        .filter((call) => call.body.channel === channel)
        .every((call) => call.token === botTokenOf(team.slackTeamId)),
    ).toBe(true);
  }
  // Paced: Slack refused nothing, so nothing came back before a Retry-After either.
  expect(fake.rateLimitRefusals).toEqual([]);
}, 60_000);

it('refuses, in limits mode, what goes past a channel’s limit and records who came back too early', async () => {
  // Slack's own pace (one a second, a burst of 3), so the requests below come faster than it.
  await startFake({ postMessagePerChannel: { requests: 1, perMs: 1_000, burst: 3 } });
  await startDatabase();
  const post = (token = botTokenOf(workspaceOf(1))) =>
    fetch(`${fake.url}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: channelOf(workspaceOf(1)), text: 'hello' }),
    });

  const statuses: number[] = [];
  for (let sent = 0; sent < 5; sent += 1) statuses.push((await post()).status);
  const refused = await post();

  // The burst of 3 passes; the rest are refused with when to come back.
  expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
  expect(refused.status).toBe(429);
  expect(refused.headers.get('retry-after')).toBe('1');
  expect(fake.rateLimitRefusals.length).toBeGreaterThanOrEqual(2);
  expect(fake.rateLimitRefusals.at(-1)).toMatchObject({ method: 'chat.postMessage', beforeRetryAfter: true });
  expect(fake.rateLimitRefusals[0]).toMatchObject({ retryAfterMs: 1_000, beforeRetryAfter: false });
  // Another workspace's channel has its own budget.
  const elsewhere = await post(botTokenOf(workspaceOf(2)));
  expect(elsewhere.status).toBe(200);
});

describe('what else goes to Slack in the storm is paced like the digests', () => {
  let t: TestApp | undefined;

  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('amends four digests of one channel at once without Slack refusing a message or an update', async () => {
    // A channel takes a burst of 3; four amendments at once post four replies and four updates there.
    t = await startTestApp({
      now: SCENARIO_NOW,
      slackLimits: {
        ...FAKE_LIMITS,
        methodsPerWorkspace: { 'chat.update': { requests: 5, perMs: 1_000, burst: 3 } },
      },
      slackRateLimits: {
        ...APP_LIMITS,
        methodsPerWorkspace: { 'chat.update': { requests: 5, perMs: 1_000 } },
      },
    });
    const app = t;
    app.fake.setUser(ALICE, { is_admin: true });
    const team = await seedScenario(app);
    const periods = [
      ['2026-10-05', '2026-10-18'],
      ['2026-10-19', '2026-11-01'],
      ['2026-11-02', '2026-11-15'],
      ['2026-11-16', '2026-11-29'],
    ] as const;
    for (const [start, end] of periods) {
      const sent = await app.slack.sendCommand({
        command: '/digest',
        text: `post ${start}..${end}`,
        userId: ALICE,
        channelId: SALES,
      });
      await app.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    }
    const runs = await app.database.prisma.digestRun.findMany({ orderBy: { periodStart: 'asc' } });
    expect(runs.map((run) => run.status)).toEqual(['posted', 'posted', 'posted', 'posted']);
    // Spend recorded late in every period: each digest's figures drifted.
    app.clock.set('2026-12-01T09:00:00Z');
    for (const [start, end] of periods) {
      await scenarioServices(app).spend.add(team, ALICE, {
        channel: 'events',
        amount: '300',
        period: `${start}..${end}`,
      });
    }
    app.fake.clearCalls();

    const clicks = await Promise.all(
      runs.map((run) =>
        app.slack.sendBlockActions({
          actions: buttonAction(ActionIds.digestAmend, { value: run.id }),
          userId: ALICE,
          channelId: SALES,
        }),
      ),
    );
    const answers = await Promise.all(
      clicks.map((click) => app.fake.waitFor('response_url', (call) => call.url === click.sent.response_url)),
    );

    expect(answers.map((answer) => answer.allText())).toEqual(
      periods.map(() => expect.stringContaining('Posted amended figures for')),
    );
    const replies = app.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === SALES);
    expect(replies.map((reply) => reply.response.body.ok)).toEqual([true, true, true, true]);
    expect(new Set(replies.map((reply) => reply.body.thread_ts))).toEqual(new Set(runs.map((run) => run.ts)));
    expect(app.fake.callsTo('chat.update').map((update) => update.response.body.ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(app.fake.rateLimitRefusals).toEqual([]);
  }, 60_000);

  it('sends one owner the overdue reminders of ten teams in a row without Slack refusing a DM', async () => {
    // Ten DMs to the same person in one tick; their DM channel takes a burst of 3, then 5 a second.
    t = await startTestApp({
      now: '2026-11-30T10:00:00Z',
      slackLimits: { postMessagePerChannel: { requests: 1, perMs: 200, burst: 3 } },
      slackRateLimits: { postMessagePerChannel: { requests: 1, perMs: 200 }, methodsPerWorkspace: {} },
    });
    const app = t;
    const first = await scenarioTeam(app);
    const teams = [first];
    for (let index = 2; index <= 10; index += 1) {
      const team = await app.store.teams.create(first, `Team ${index}`);
      if (!team) throw new Error(`team ${index} was not created`);
      teams.push(team);
    }
    for (const team of teams) {
      const meeting = await app.store.meetings.open(
        team.id,
        { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') },
        app.clock.now(),
      );
      await app.store.actionItems.create(
        team.id,
        meeting.id,
        { ownerId: BOB, text: `Call back (${team.name})`, dueDate: new Date('2026-12-01T00:00:00Z') },
        ALICE,
        app.clock.now(),
      );
    }

    // 09:00 in Warsaw on Wednesday: every team's item is a day overdue.
    await app.app.scheduler.runDueJobs(new Date('2026-12-02T08:00:00Z'));

    const dms = app.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === BOB);
    expect(dms).toHaveLength(10);
    expect(dms.every((dm) => dm.response.body.ok === true)).toBe(true);
    for (const team of teams) {
      expect(dms.filter((dm) => dm.allText().includes(`Call back (${team.name})`))).toHaveLength(1);
    }
    expect(app.fake.rateLimitRefusals).toEqual([]);
  }, 60_000);
});
