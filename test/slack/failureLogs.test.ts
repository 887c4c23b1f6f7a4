import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type TandemApp } from '../../src/app';
import { configSecrets, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createStore } from '../../src/store';
import { type Database, openDatabase } from '../../src/store/database';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { ALICE, BOT_TOKEN, SALES, SIGNING_SECRET, TEAM_A } from '../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../support/slackRequests';
import { createTestClock } from '../support/testClock';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/**
 * The production logger at debug level, as an operator would run it to chase a problem: what
 * failing commands log must carry the request's ids and never a token, a secret or what was typed.
 */
const COMPANY = 'Globex Confidential Holdings';
const EMAIL = 'jane.roe@globex.example';
const NOTE = 'wants a discount before Friday';
const TYPED = `"${COMPANY}" email:${EMAIL} source:seo note:"${NOTE}"`;

let fake: FakeSlackApi;
let app: TandemApp;
let slack: SlackRequester;
let lines: string[];
let cleanup: () => Promise<void>;

async function start(database: Database, databaseUrl: string): Promise<void> {
  fake = await startFakeSlackApi();
  lines = [];
  const config: Config = {
    slackBotToken: BOT_TOKEN,
    slackSigningSecret: SIGNING_SECRET,
    slackAppToken: undefined,
    port: 0,
    databaseUrl,
    slackApiUrl: fake.url,
    logLevel: 'debug',
  };
  const logger = createLogger('debug', 'tandem', {
    write: (line) => lines.push(line),
    secrets: configSecrets(config),
  });
  app = createApp({
    config,
    store: createStore(database),
    clock: createTestClock(),
    logger,
    schedulerIntervalMs: 0,
  });
  const { port } = await app.start();
  slack = createSlackRequester({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake,
  });
}

afterEach(async () => {
  await app.stop();
  await fake.close();
  await cleanup();
});

function expectNothingSensitive(): void {
  const all = lines.join('\n');
  for (const sensitive of [BOT_TOKEN, SIGNING_SECRET, COMPANY, EMAIL, NOTE, 'Globex', 'jane.roe']) {
    expect({ sensitive, found: all.includes(sensitive) }).toEqual({ sensitive, found: false });
  }
}

const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('logs of failing commands', () => {
  it('name the request, team, user and cause of a database failure, not the typed lead', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tandem-logs-'));
    const url = process.env.TEST_POSTGRES_URL
      ? 'postgresql://postgres@127.0.0.1:1/test'
      : `file:${join(directory, 'missing-folder', 'tandem.db')}`;
    const database = openDatabase(url);
    cleanup = async () => {
      await database.close().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    };
    await start(database, url);

    const sent = await slack.sendCommand({ command: '/lead', text: TYPED });
    const answer = await fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain(COMPANY);

    const failure = entries().find((entry) => String(entry.msg).includes('failed for user'));
    expect(failure).toMatchObject({
      level: 'error',
      msg: `/lead add failed for user ${ALICE} in team ${TEAM_A.id}: database unavailable`,
      request: 'command /lead',
      teamId: TEAM_A.id,
      userId: ALICE,
      channelId: SALES,
      error: { name: expect.any(String), stack: expect.any(Array) },
    });
    expectNothingSensitive();
  });

  it("leave out the lead a failed Slack call carried (the Web API client's debug dumps)", async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanup = () => database.destroy();
    await start(database, database.url);
    const added = await slack.sendCommand({ command: '/lead', text: TYPED });
    await fake.waitFor(
      'response_url',
      (call) => call.url === added.sent.response_url && call.allText().includes('Added'),
    );

    fake.failNext('views.open', { body: { ok: false, error: 'invalid_arguments' } });
    const edit = await slack.sendCommand({ command: '/lead', text: 'edit L-1' });
    await fake.waitFor('views.open');
    const answer = await fake.waitFor('response_url', (call) => call.url === edit.sent.response_url);
    expect(answer.allText()).toContain('could not finish');

    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: 'http request body: [omitted: may hold user input]',
        request: 'command /lead',
      }),
    );
    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: `/lead edit failed for user ${ALICE} in team ${TEAM_A.id}`,
        error: expect.objectContaining({ slackError: 'invalid_arguments' }),
      }),
    );
    expectNothingSensitive();
  });

  it('leave out the text of a rejected command, which its acknowledgement echoes back', async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanup = () => database.destroy();
    await start(database, database.url);
    const rejected = await slack.sendCommand({ command: '/lead', text: `${TYPED} colour:red` });
    expect(JSON.stringify(rejected.body)).toContain(COMPANY);
    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: 'ack() call begins (body: [omitted: may hold user input]',
        request: 'command /lead',
      }),
    );
    expectNothingSensitive();
  });
});
