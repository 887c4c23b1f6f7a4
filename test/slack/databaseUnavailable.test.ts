import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type TandemApp } from '../../src/app';
import { INPUT_ACTION_ID, LeadModalBlocks } from '../../src/slack/ids';
import { createStore } from '../../src/store';
import { type Database, openDatabase } from '../../src/store/database';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../support/slackRequests';
import { createTestClock } from '../support/testClock';
import { createTestLogger, type TestLogger } from '../support/testLogger';

/**
 * The database is unreachable (PostgreSQL on a closed port, or SQLite in a folder that vanished):
 * the user is told so and gets back exactly what they typed.
 */
let fake: FakeSlackApi;
let app: TandemApp;
let slack: SlackRequester;
let database: Database;
let logger: TestLogger;
let directory: string;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'tandem-down-'));
  const url = process.env.TEST_POSTGRES_URL
    ? 'postgresql://postgres@127.0.0.1:1/test'
    : `file:${join(directory, 'missing-folder', 'tandem.db')}`;
  fake = await startFakeSlackApi();
  database = openDatabase(url);
  logger = createTestLogger();
  app = createApp({
    config: {
      slackBotToken: BOT_TOKEN,
      slackSigningSecret: SIGNING_SECRET,
      slackAppToken: undefined,
      port: 0,
      databaseUrl: url,
      slackApiUrl: fake.url,
      logLevel: 'error',
    },
    store: createStore(database),
    clock: createTestClock(),
    logger,
  });
  const { port } = await app.start();
  slack = createSlackRequester({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake,
  });
});

afterEach(async () => {
  await app.stop();
  await database.close().catch(() => undefined);
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('database unavailable', () => {
  it('answers /lead with a clear message and the typed text to resend, logged once', async () => {
    const text = 'Acme Corp source:seo note:"call back on Monday"';
    const sent = await slack.sendCommand({ command: '/lead', text });
    expect(sent.status).toBe(200);
    const answer = await fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain("Tandem's database is not answering right now, so nothing was saved");
    expect(answer.allText()).toContain('```/lead Acme Corp source:seo note:"call back on Monday"```');
    const errors = logger.lines.filter((line) => line.message.includes('database unavailable'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).not.toContain('call back on Monday');
  });

  it('keeps the lead form open with its values and says to submit again', async () => {
    const view = { id: 'V1', callback_id: 'lead_modal', private_metadata: '{}', blocks: [] };
    const submitted = await slack.submitView(view, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
    });
    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: {
        [LeadModalBlocks.company]:
          'Tandem could not save just now. Everything you typed is still here: press Add lead again in a moment.',
      },
    });
  });
});
