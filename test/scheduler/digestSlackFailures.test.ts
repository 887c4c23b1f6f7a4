import { RETRY_BACKOFF_MINUTES } from '../../src/digest/digestRunner';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { SCENARIO_NOW, seedScenario, scheduleScenarioDigest } from '../support/digestScenario';
import { TEAM_A } from '../support/fixtures';
import {
  botTokenOf,
  installThroughOAuth,
  oauthV2AccessAnswer,
  testOAuthConfig,
} from '../support/installations';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The Slack Web API failing while a scheduled digest is posted, in many-workspace mode (the post
 * uses the workspace's installation client): rate limits are waited out by the client, other
 * failures are recorded and retried by the scheduler with backoff, and nothing is posted twice.
 */
const DUE = new Date('2026-11-30T08:00:00Z');
const minutesAfterDue = (minutes: number) => new Date(DUE.getTime() + minutes * 60_000);
/** What one attempt costs: the client tries a call three times (retries: 2 in tests). */
const CLIENT_TRIES = 3;

let t: TestApp;
let team: TeamRecord;
const oauth = testOAuthConfig();

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW, config: { slackBotToken: undefined, oauth } });
  t.fake.setHandler('oauth.v2.access', () => oauthV2AccessAnswer(TEAM_A.id));
  await installThroughOAuth(t.baseUrl);
  team = await seedScenario(t);
  await scheduleScenarioDigest(t, team);
});

afterEach(async () => {
  await t.close();
});

const parentAttempts = () =>
  t.fake.callsTo('chat.postMessage').filter((call) => call.body.thread_ts === undefined);
const acceptedParents = () => parentAttempts().filter((call) => call.response.body.ok === true);
const acceptedReplies = () =>
  t.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.thread_ts !== undefined && call.response.body.ok === true);
const run = () => t.database.prisma.digestRun.findFirstOrThrow({ where: { teamId: team.id } });

describe('a scheduled digest when Slack fails', () => {
  it('waits out a 429 with Retry-After and posts the digest once', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
    await t.app.scheduler.runDueJobs(DUE);

    const [limited, accepted] = parentAttempts();
    expect(limited?.response.status).toBe(429);
    expect(accepted?.response.status).toBe(200);
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(acceptedParents()).toHaveLength(1);
    expect(parentAttempts().every((call) => call.token === botTokenOf(TEAM_A.id))).toBe(true);
    // The whole thread: chart tables, more figures, the ICP's data, the two feedback kinds with
    // entries, one line for the empty ones, lost deals, products and reps.
    expect(acceptedReplies()).toHaveLength(8);
    expect(await run()).toMatchObject({ status: 'posted', attempts: 1, lastError: null });

    await t.app.scheduler.runDueJobs(minutesAfterDue(1));
    await t.app.scheduler.runDueJobs(minutesAfterDue(60));
    expect(acceptedParents()).toHaveLength(1);
  });

  it('records a 500 as a failed run, retries it after the backoff and posts it once', async () => {
    t.fake.failNext('chat.postMessage', { status: 500 }, CLIENT_TRIES);
    await t.app.scheduler.runDueJobs(DUE);

    expect(parentAttempts().map((call) => call.response.status)).toEqual([500, 500, 500]);
    expect(await run()).toMatchObject({
      status: 'failed',
      attempts: 1,
      nextAttemptAt: minutesAfterDue(1),
      lastError: expect.stringContaining('500'),
      ts: null,
    });
    expect(acceptedReplies()).toHaveLength(0);

    // Before the backoff has passed nothing is tried; after it, the digest is posted once.
    await t.app.scheduler.runDueJobs(new Date(DUE.getTime() + 40_000));
    expect(parentAttempts()).toHaveLength(CLIENT_TRIES);
    await t.app.scheduler.runDueJobs(minutesAfterDue(1));
    expect(acceptedParents()).toHaveLength(1);
    expect(await run()).toMatchObject({
      status: 'posted',
      attempts: 2,
      nextAttemptAt: null,
      lastError: null,
    });

    expect(acceptedReplies()).toHaveLength(8);
    for (const minutes of [2, 6, 30, 240]) await t.app.scheduler.runDueJobs(minutesAfterDue(minutes));
    expect(acceptedParents()).toHaveLength(1);
    expect(acceptedReplies()).toHaveLength(8);
  });

  it('backs off 1, 5, 15, 60 and 180 minutes while Slack keeps failing, then gives up without posting', async () => {
    t.fake.failNext('chat.postMessage', { status: 500 }, CLIENT_TRIES * (RETRY_BACKOFF_MINUTES.length + 1));
    await t.app.scheduler.runDueJobs(DUE);
    let at = DUE;
    for (const [index, minutes] of RETRY_BACKOFF_MINUTES.entries()) {
      const next = new Date(at.getTime() + minutes * 60_000);
      expect(await run()).toMatchObject({ status: 'failed', attempts: index + 1, nextAttemptAt: next });
      // A tick just before the backoff ends leaves the run alone.
      await t.app.scheduler.runDueJobs(new Date(next.getTime() - 1000));
      expect(parentAttempts()).toHaveLength(CLIENT_TRIES * (index + 1));
      await t.app.scheduler.runDueJobs(next);
      at = next;
    }
    expect(await run()).toMatchObject({
      status: 'abandoned',
      attempts: RETRY_BACKOFF_MINUTES.length + 1,
      nextAttemptAt: null,
    });
    await t.app.scheduler.runDueJobs(new Date(at.getTime() + 24 * 60 * 60_000));
    expect(parentAttempts()).toHaveLength(CLIENT_TRIES * (RETRY_BACKOFF_MINUTES.length + 1));
    expect(acceptedParents()).toHaveLength(0);
  });

  it('counts the digest as posted when only a thread reply failed, and never posts the parent again', async () => {
    t.fake.failNext(
      'chat.postMessage',
      { status: 500 },
      CLIENT_TRIES,
      (body) => body.thread_ts !== undefined,
    );
    await t.app.scheduler.runDueJobs(DUE);

    expect(acceptedParents()).toHaveLength(1);
    const failedReply = t.fake.callsTo('chat.postMessage').find((call) => call.response.status === 500);
    expect(failedReply?.body.thread_ts).toBe(acceptedParents()[0]?.response.body.ts);
    expect(await run()).toMatchObject({
      status: 'posted',
      attempts: 1,
      ts: acceptedParents()[0]?.response.body.ts,
      // The note for the facilitator names the reply that is missing.
      lastError: expect.stringContaining(String(failedReply?.body.text)),
    });

    for (const minutes of [1, 5, 20, 90, 300]) await t.app.scheduler.runDueJobs(minutesAfterDue(minutes));
    expect(acceptedParents()).toHaveLength(1);
  });
});
