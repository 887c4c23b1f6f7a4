import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { unavailableDatabaseUrl } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

async function get(baseUrl: string, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: await response.json() };
}

/** A database with none of Tandem's tables: a new SQLite file, or a PostgreSQL schema nobody created. */
function emptyDatabaseUrl(folder: string): string {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (!postgres) return `file:${join(folder, 'empty.db')}`;
  return `${postgres}${postgres.includes('?') ? '&' : '?'}schema=tandem_empty_${randomBytes(6).toString('hex')}`;
}

let t: TestApp;
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tandem-readyz-'));
});

afterEach(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('GET /readyz', () => {
  it('answers 200 when the database is migrated and writable and Slack accepts the bot token', async () => {
    t = await startTestApp();
    expect(await get(t.baseUrl, '/readyz')).toEqual({
      status: 200,
      body: {
        status: 'ready',
        database: { reachable: true, latencyMs: expect.any(Number) },
        slack: { token: 'valid' },
      },
    });
    // Asked once, then remembered: probes every few seconds do not each call Slack.
    await get(t.baseUrl, '/readyz');
    expect(t.fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('answers 503 when Slack refuses the bot token, and logs it', async () => {
    t = await startTestApp();
    t.fake.setHandler('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    expect(await get(t.baseUrl, '/readyz')).toMatchObject({
      status: 503,
      body: { status: 'not_ready', database: { reachable: true }, slack: { token: 'invalid' } },
    });
    expect(
      t.logger.lines.some((line) => line.message.includes('Slack refuses the bot token (invalid_auth)')),
    ).toBe(true);
  });

  it('stays ready when Slack cannot be asked (every instance would fail alike), and asks again next time', async () => {
    t = await startTestApp();
    t.fake.failNext('auth.test', { status: 500 });
    expect(await get(t.baseUrl, '/readyz')).toMatchObject({
      status: 200,
      body: { slack: { token: 'unknown' } },
    });
    expect(await get(t.baseUrl, '/readyz')).toMatchObject({
      status: 200,
      body: { slack: { token: 'valid' } },
    });
  });

  it('answers 503 with pending migrations on a database without Tandem tables; /healthz says degraded', async () => {
    t = await startTestApp({ databaseUrl: emptyDatabaseUrl(folder) });
    expect(await get(t.baseUrl, '/readyz')).toMatchObject({
      status: 503,
      body: { status: 'not_ready', database: { reachable: true, problem: 'pending_migrations' } },
    });
    expect(await get(t.baseUrl, '/healthz')).toMatchObject({
      status: 200,
      body: { status: 'degraded', database: { reachable: true, problem: 'pending_migrations' } },
    });
  });

  it('answers 503 naming the cause when the database does not answer', async () => {
    t = await startTestApp({ databaseUrl: unavailableDatabaseUrl() });
    expect(await get(t.baseUrl, '/readyz')).toEqual({
      status: 503,
      body: {
        status: 'not_ready',
        database: { reachable: false, problem: process.env.TEST_POSTGRES_URL ? 'unreachable' : 'missing' },
        slack: { token: 'valid' },
      },
    });
  });
});
