import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type TandemApp } from '../../src/app';
import { createStore } from '../../src/store';
import { type Database, openDatabase } from '../../src/store/database';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/fixtures';
import { startTestApp } from '../support/testApp';
import { createTestClock } from '../support/testClock';
import { createTestLogger, type TestLogger } from '../support/testLogger';

async function getHealth(baseUrl: string): Promise<{ status: number; type: string | null; body: unknown }> {
  const response = await fetch(`${baseUrl}/healthz`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('GET /healthz', () => {
  it('answers 200 with the database reachable', async () => {
    const t = await startTestApp();
    try {
      const health = await getHealth(t.baseUrl);
      expect(health).toEqual({
        status: 200,
        type: 'application/json; charset=utf-8',
        body: { status: 'ok', database: { reachable: true, latencyMs: expect.any(Number) } },
      });
    } finally {
      await t.close();
    }
  });

  describe('with the database down', () => {
    let fake: FakeSlackApi;
    let database: Database;
    let app: TandemApp;
    let logger: TestLogger;
    let directory: string;

    beforeEach(async () => {
      directory = mkdtempSync(join(tmpdir(), 'tandem-health-'));
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
        schedulerIntervalMs: 0,
      });
    });

    afterEach(async () => {
      await app.stop();
      await database.close().catch(() => undefined);
      await fake.close();
      rmSync(directory, { recursive: true, force: true });
    });

    it('answers 503 naming no host or error text, and logs the cause once per outage', async () => {
      const { port } = await app.start();
      const baseUrl = `http://127.0.0.1:${port}`;
      const first = await getHealth(baseUrl);
      const second = await getHealth(baseUrl);
      expect(first).toEqual({
        status: 503,
        type: 'application/json; charset=utf-8',
        body: { status: 'unavailable', database: { reachable: false, problem: 'error' } },
      });
      expect(second.status).toBe(503);
      expect(JSON.stringify(first.body)).not.toMatch(/127\.0\.0\.1|missing-folder/);
      expect(
        logger.lines.filter((line) =>
          line.message.includes('health check: the database is unavailable (error)'),
        ),
      ).toHaveLength(1);
    });
  });
});
