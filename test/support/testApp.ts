import type { Logger } from '@slack/bolt';
import { type AppDependencies, createApp, type TandemApp } from '../../src/app';
import type { Config } from '../../src/config';
import { createStore, type Store } from '../../src/store';
import { openDatabase } from '../../src/store/db/database';
import type { SlackRateLimits } from '../../src/runtime/slackPacing';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackLimits } from './fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from './fixtures';
import { createSlackRequester, type SlackRequester } from './slackRequests';
import { createTestClock, type TestClock } from './testClock';
import { createTestDatabase, type TestDatabase } from './testDatabase';
import { createTestLogger, type TestLogger } from './testLogger';

/** The real Tandem app on a free port, a fake Slack API, a fresh database and a hand-moved clock. */
export type TestApp = {
  app: TandemApp;
  fake: FakeSlackApi;
  slack: SlackRequester;
  /** `http://127.0.0.1:PORT`, for the app's other routes (/healthz, /slack/install). */
  baseUrl: string;
  store: Store;
  database: TestDatabase;
  clock: TestClock;
  logger: TestLogger;
  /**
   * Resolves once every request and listener the app is running has finished (work after an ack
   * included): wait on this, never on a sleep, before asserting that something did not happen.
   */
  settled(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** Slack's pacing with its limits a thousand times looser, so digests in tests are not slowed to one message a second. */
export const TEST_SLACK_RATE_LIMITS: SlackRateLimits = {
  postMessagePerChannel: { requests: 1_000, perMs: 1_000 },
  methodsPerWorkspace: {},
};

export type TestAppOptions = {
  now?: string;
  config?: Partial<Config>;
  shutdownGraceMs?: number;
  /**
   * Opens this database as it is instead of a fresh migrated one, e.g. `unavailableDatabaseUrl()`
   * for a database that does not answer; `close()` only disconnects from it.
   */
  databaseUrl?: string;
  /** The app's logger instead of the TestLogger (whose `lines` then stay empty), e.g. the production one. */
  appLogger?: Logger;
  /** Smaller bounds on commands working and waiting after their ack, to reach them in a test. */
  commandWork?: AppDependencies['commandWork'];
  /** How long the app's Slack calls made for a request may take (default REQUEST_SLACK_TIMEOUT_MS). */
  slackRequestTimeoutMs?: number;
  /** How long answers wait for users.info (the app's default unless given). */
  userLocaleWaitMs?: number;
  /** How long a digest waits for a chart's short URL (the app's default unless given). */
  chartShortUrlTimeoutMs?: number;
  /** The command inbox's lease; its sweep runs on start and when a test calls `app.commandInbox.sweep()`. */
  commandInbox?: AppDependencies['commandInbox'];
  /** Slack's limits, enforced by the fake (429 with Retry-After past them); none unless given. */
  slackLimits?: FakeSlackLimits;
  /**
   * How long the app reuses a request's team and reader language (src/services/teamContextCache.ts);
   * 0 unless given, so tests that change team rows directly see the change on the next request.
   */
  teamContextTtlMs?: number;
  /** The limits the app paces itself by (default TEST_SLACK_RATE_LIMITS, far looser than Slack's). */
  slackRateLimits?: SlackRateLimits;
  /** Rows between a Slack import's progress updates, small enough to see them on a small file. */
  importProgressEvery?: number;
};

/** A database the test app opens but does not create or migrate. */
function existingDatabase(url: string): TestDatabase {
  const database = openDatabase(url);
  return { ...database, url, destroy: () => database.close().catch(() => undefined) };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // Slack's 3 s per trigger_id: an app that does slow work before opening a modal fails here too.
  const fake = await startFakeSlackApi(options.slackLimits ? { limits: options.slackLimits } : {});
  const database = options.databaseUrl
    ? existingDatabase(options.databaseUrl)
    : await createTestDatabase().catch(async (error: unknown) => {
        await fake.close();
        throw error;
      });
  const store = createStore(database);
  const clock = createTestClock(options.now);
  const logger = createTestLogger();
  const config: Config = {
    slackBotToken: BOT_TOKEN,
    slackSigningSecret: SIGNING_SECRET,
    slackAppToken: undefined,
    port: 0,
    databaseUrl: database.url,
    slackApiUrl: fake.url,
    logLevel: 'error',
    ...options.config,
  };
  // Slack's real retry policy waits seconds between attempts; tests keep the retries but not the wait.
  const slackRetryConfig = { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 10 };
  const app = createApp({
    config,
    store,
    clock,
    logger: options.appLogger ?? logger,
    slackRetryConfig,
    slackRateLimits: options.slackRateLimits ?? TEST_SLACK_RATE_LIMITS,
    // Tests run scheduled jobs by calling them with an explicit `now`, never on a timer.
    schedulerIntervalMs: 0,
    teamContextTtlMs: options.teamContextTtlMs ?? 0,
    shutdownGraceMs: options.shutdownGraceMs,
    commandWork: options.commandWork,
    commandInbox: { sweepIntervalMs: 0, ...options.commandInbox },
    slackRequestTimeoutMs: options.slackRequestTimeoutMs,
    chartShortUrlTimeoutMs: options.chartShortUrlTimeoutMs,
    ...(options.userLocaleWaitMs === undefined ? {} : { userLocaleWaitMs: options.userLocaleWaitMs }),
    ...(options.importProgressEvery === undefined
      ? {}
      : { importProgressEvery: options.importProgressEvery }),
  });
  let port: number | undefined;
  try {
    ({ port } = await app.start());
  } catch (error) {
    // Nothing may outlive a failed start: the port, the database (a PostgreSQL schema) and the fake.
    await app.stop().catch(() => undefined);
    await database.destroy().catch(() => undefined);
    await fake.close().catch(() => undefined);
    throw error;
  }
  const slack = createSlackRequester({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake,
  });
  return {
    app,
    fake,
    slack,
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    database,
    clock,
    logger,
    async settled(timeoutMs = 10_000) {
      if (!(await app.inFlight.drain(timeoutMs))) {
        throw new Error(`the app was still working ${timeoutMs} ms later (${app.inFlight.size} running)`);
      }
    },
    async close() {
      await app.stop();
      await database.destroy();
      await fake.close();
      if (fake.refusals.length > 0) {
        const refused = fake.refusals.map((call) => `${call.method}: ${JSON.stringify(call.response.body)}`);
        throw new Error(`the app sent what Slack refuses:\n${refused.join('\n')}`);
      }
    },
  };
}
