import { createApp, type TandemApp } from '../../src/app';
import { createStore } from '../../src/store';
import { openDatabase, type Database } from '../../src/store/db/database';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import {
  SCENARIO_NOW,
  atTime,
  scenarioServices,
  scenarioTeam,
  scheduleScenarioDigest,
  seedScenario,
} from '../support/digestScenario';
import { ALICE, BOB, BOT_TOKEN, CAROL, SALES, SIGNING_SECRET } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
const extra: { app: TandemApp; database: Database }[] = [];

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  for (const instance of extra.splice(0)) {
    await instance.app.stop();
    await instance.database.close();
  }
  await t.close();
});

/** Another Tandem process on the same database and fake Slack, as a second replica or a restart would be. */
async function anotherInstance(): Promise<TandemApp> {
  const database = openDatabase(t.database.url, { poolSize: 2 });
  const app = createApp({
    config: {
      slackBotToken: BOT_TOKEN,
      slackSigningSecret: SIGNING_SECRET,
      slackAppToken: undefined,
      port: 0,
      databaseUrl: t.database.url,
      slackApiUrl: t.fake.url,
      logLevel: 'error',
    },
    store: createStore(database),
    clock: t.clock,
    logger: t.logger,
    slackRetryConfig: { retries: 0 },
    schedulerIntervalMs: 0,
  });
  extra.push({ app, database });
  await app.start();
  return app;
}

/** Every 2 weeks, Monday 09:00 Warsaw, first run Monday 30 Nov 2026 (reporting 16–29 Nov). */
async function schedule(team: TeamRecord, anchorDate = '2026-11-30') {
  await scheduleScenarioDigest(t, team, { anchorDate });
}

const parents = () =>
  t.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.thread_ts === undefined && call.body.channel === SALES);

describe('scheduled digests', () => {
  it('posts nothing before the time and the digest once at 09:00 Warsaw', async () => {
    await schedule(await seedScenario(t));
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T07:59:00Z'));
    expect(parents()).toHaveLength(0);
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:01:00Z'));
    expect(parents()).toHaveLength(1);
    expect(parents()[0]?.allText()).toContain('Sales & marketing digest · 16–29 Nov 2026');
  });

  it('posts once when two instances share the database, and not again after a restart', async () => {
    await schedule(await seedScenario(t));
    const second = await anotherInstance();
    const at = new Date('2026-11-30T08:00:30Z');
    await Promise.all([t.app.scheduler.runDueJobs(at), second.scheduler.runDueJobs(at)]);
    expect(parents()).toHaveLength(1);
    const restarted = await anotherInstance();
    await restarted.scheduler.runDueJobs(new Date('2026-11-30T09:30:00Z'));
    expect(parents()).toHaveLength(1);
    expect(await t.database.prisma.digestRun.count()).toBe(1);
  });

  it('posts a run missed while the app was down once at start-up', async () => {
    await schedule(await seedScenario(t));
    // The app was down over Monday 30 Nov and starts again on Wednesday.
    const restarted = await anotherInstance();
    await restarted.scheduler.runDueJobs(new Date('2026-12-02T10:00:00Z'));
    await restarted.scheduler.runDueJobs(new Date('2026-12-02T10:01:00Z'));
    expect(parents()).toHaveLength(1);
    expect(parents()[0]?.allText()).toContain('16–29 Nov 2026');
  });

  it('retries a failed post with backoff and shows the failure in /digest status', async () => {
    await schedule(await seedScenario(t));
    t.fake.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
    const [failed] = await t.database.prisma.digestRun.findMany();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'not_in_channel' });
    expect(failed?.nextAttemptAt?.toISOString()).toBe('2026-11-30T08:01:00.000Z');

    const sent = await t.slack.sendCommand({
      command: '/digest',
      text: 'status',
      userId: ALICE,
      channelId: SALES,
    });
    const status = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(status.allText()).toContain(
      '16–29 Nov 2026 — :warning: failed 1× (not_in_channel); next try 30 Nov 2026, 09:01',
    );

    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:40Z'));
    expect(parents().filter((call) => call.response.body.ok === true)).toHaveLength(0);
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:01:00Z'));
    expect(parents().filter((call) => call.response.body.ok === true)).toHaveLength(1);
    expect(await t.database.prisma.digestRun.findFirst()).toMatchObject({ status: 'posted', attempts: 2 });
  });
});

describe('claims left by an instance that stopped mid-post', () => {
  async function claimLeftBehind(team: TeamRecord, ts: string | null) {
    await t.database.prisma.digestRun.create({
      data: {
        teamId: team.id,
        periodStart: new Date('2026-11-15T23:00:00Z'),
        periodEnd: new Date('2026-11-29T23:00:00Z'),
        status: 'posting',
        trigger: 'schedule',
        attempts: 1,
        claimedAt: new Date('2026-11-30T08:00:00Z'),
        channelId: SALES,
        ts,
      },
    });
  }

  it('posts the digest when the instance stopped before Slack had it, after the claim lease', async () => {
    const team = await seedScenario(t);
    await claimLeftBehind(team, null);
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:05:00Z'));
    expect(parents()).toHaveLength(0);
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:10:01Z'));
    expect(parents()).toHaveLength(1);
    expect(await t.database.prisma.digestRun.findFirst()).toMatchObject({ status: 'posted', attempts: 2 });
  });

  it('never posts again when Slack already had the parent; the run is closed with a note', async () => {
    const team = await seedScenario(t);
    await claimLeftBehind(team, '1700000000.000100');
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:30:00Z'));
    expect(parents()).toHaveLength(0);
    expect(await t.database.prisma.digestRun.findFirst()).toMatchObject({
      status: 'posted',
      lastError: 'Tandem stopped while posting the thread; some replies may be missing.',
    });
  });
});

describe('pre-digest reminder', () => {
  it('DMs each rep with weak records the day before, once, and nobody with nothing due', async () => {
    const team = await scenarioTeam(t);
    const s = scenarioServices(t);
    await atTime(t, '2026-11-02T10:00:00Z', async () => {
      await s.leads.add(team.id, ALICE, { company: 'Stale Co', source: 'seo', ownerId: ALICE });
      await s.deals.create(team, ALICE, {
        leadNumber: 1,
        stage: 'DISCOVERY',
        draft: { value: '5000' },
        allowSecondDeal: false,
      });
    });
    await atTime(t, '2026-11-20T10:00:00Z', async () => {
      await s.leads.add(team.id, ALICE, { company: 'No Value Co', source: 'seo', ownerId: ALICE });
      await s.deals.create(team, ALICE, {
        leadNumber: 2,
        stage: 'QUALIFIED',
        draft: {},
        allowSecondDeal: false,
      });
      await s.leads.add(team.id, BOB, { company: 'Sourceless', ownerId: BOB });
      await s.leads.add(team.id, CAROL, { company: 'All Good', source: 'events', ownerId: CAROL });
    });
    await schedule(team);
    const dms = () =>
      t.fake.callsTo('chat.postMessage').filter((call) => String(call.body.channel).startsWith('U'));

    await t.app.scheduler.runDueJobs(new Date('2026-11-29T07:59:00Z'));
    expect(dms()).toHaveLength(0);
    await t.app.scheduler.runDueJobs(new Date('2026-11-29T08:00:00Z'));
    await t.app.scheduler.runDueJobs(new Date('2026-11-29T12:00:00Z'));
    expect(
      dms()
        .map((call) => call.body.channel)
        .sort(),
    ).toEqual([ALICE, BOB]);

    const alice = dms().find((call) => call.body.channel === ALICE);
    expect(alice?.allText()).toContain("Tomorrow's digest (30 Nov 2026, 09:00) reports 16–29 Nov 2026");
    expect(alice?.allText()).toContain('`D-1` Stale Co: in Discovery for 27 days without a stage change');
    expect(alice?.allText()).toContain('`D-2` No Value Co: open in Qualified without a value');
    const buttons = (
      alice?.json<{ accessory?: { action_id: string; value: string } }[]>('blocks') ?? []
    ).flatMap((block) => (block.accessory ? [block.accessory] : []));
    // Each button carries its Tandem team, so a click in the DM acts on this team's D-1.
    expect(buttons).toEqual([
      expect.objectContaining({
        action_id: 'deal_move',
        value: JSON.stringify({ text: '1', teamId: team.id }),
      }),
      expect.objectContaining({
        action_id: 'deal_move',
        value: JSON.stringify({ text: '2', teamId: team.id }),
      }),
    ]);
    const bob = dms().find((call) => call.body.channel === BOB);
    expect(bob?.allText()).toContain('`L-3` Sourceless: no source channel');
    expect(bob?.json<{ accessory?: { action_id: string } }[]>('blocks')?.[1]?.accessory?.action_id).toBe(
      'lead_edit',
    );
  });
});
