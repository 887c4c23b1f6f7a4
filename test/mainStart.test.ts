import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../src/store/db/database';
import { committedMigrationNames } from '../src/store/db/migrations';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from './support/fixtures';
import { createSlackRequester } from './support/slackRequests';
import { exitOf, freePort, spawnTandem, startTandem, stopTandem } from './support/tandemProcess';
import { testDatabaseProvider } from './support/testDatabase';

/**
 * The compiled app (`node dist/main.js`, what `npm start` and a supervisor run) against a database
 * that has no tables yet: a new PostgreSQL schema under TEST_POSTGRES_URL, else a new SQLite file.
 */
const provider = testDatabaseProvider();
const postgresUrl = process.env.TEST_POSTGRES_URL;
let fake: FakeSlackApi;
let folder: string;
let schema: string;
let databaseUrl: string;

beforeEach(async () => {
  fake = await startFakeSlackApi();
  folder = mkdtempSync(join(tmpdir(), 'tandem-start-'));
  schema = `tandem_start_${randomBytes(6).toString('hex')}`;
  databaseUrl = postgresUrl
    ? `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}schema=${schema}`
    : `file:${join(folder, 'tandem.db')}`;
});

afterEach(async () => {
  await fake.close();
  rmSync(folder, { recursive: true, force: true });
  if (postgresUrl) {
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});

function environment(port: number, url = databaseUrl): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: url,
  };
}

async function appliedMigrations(): Promise<string[]> {
  const database = openDatabase(databaseUrl);
  try {
    const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return rows.map((row) => row.migration_name);
  } finally {
    await database.close();
  }
}

async function readiness(port: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, body: await response.json() };
}

/** Everything the process printed, once it has exited. */
async function failedStart(environmentVariables: Record<string, string>) {
  const child = spawnTandem(environmentVariables);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await exitOf(child);
  return { code, stdout, stderr };
}

describe(`start-up on ${provider}`, () => {
  it('migrates an empty database, then serves /lead and reports ready', async () => {
    const port = await freePort();
    const tandem = await startTandem(environment(port));
    try {
      const engine = provider === 'sqlite' ? 'the embedded database' : 'the PostgreSQL database';
      const migrations = committedMigrationNames(provider);
      expect(tandem.output()).toContain(`applied ${migrations.length} migration(s) to ${engine}`);
      // Warmed up (database connection, query compiler, language formats) before the port opened.
      expect(tandem.output()).toMatch(/"msg":"warmed up in \d+ ms"[^]*"msg":"Tandem is listening on port/);
      expect(await appliedMigrations()).toEqual(migrations);
      expect(await readiness(port)).toEqual({
        status: 200,
        body: {
          status: 'ready',
          database: { reachable: true, latencyMs: expect.any(Number) },
          slack: { token: 'valid' },
        },
      });

      const slack = createSlackRequester({
        appUrl: `http://127.0.0.1:${port}/slack/events`,
        signingSecret: SIGNING_SECRET,
        fake,
      });
      const added = await slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
      const answer = await fake.waitFor('response_url', (call) => call.url === added.sent.response_url);
      expect(answer.allText()).toContain('Added `L-1`');
    } finally {
      expect(await stopTandem(tandem.child)).toBe(0);
    }
  });

  it('applies each migration once when two instances start at the same time', async () => {
    const ports = [await freePort(), await freePort()];
    const [first, second] = await Promise.all(ports.map((port) => startTandem(environment(port))));
    try {
      const migrations = committedMigrationNames(provider);
      expect(await appliedMigrations()).toEqual(migrations);
      const output = `${first!.output()}${second!.output()}`;
      for (const name of migrations) {
        expect(output.split(`applied migration ${name}`)).toHaveLength(2);
      }
      for (const port of ports) expect((await readiness(port)).status).toBe(200);
    } finally {
      await Promise.all([first, second].map((tandem) => stopTandem(tandem!.child)));
    }
  });
});

describe('a database that cannot be used at start', () => {
  it('stops with one line naming the cause and the fix when nothing answers', async () => {
    const { code, stderr } = await failedStart(
      environment(await freePort(), 'postgresql://tandem:secret@127.0.0.1:1/tandem'),
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'Tandem could not start: PostgreSQL database "tandem" at 127.0.0.1:1 does not answer: start ' +
        'PostgreSQL or check the host, port and network, or correct DATABASE_URL; or set ' +
        'START_DEGRADED=true to serve without it until it is back',
    ]);
    expect(stderr).not.toContain('secret');
  });

  it('stops with one line when the embedded database cannot be opened', async () => {
    const notAFolder = join(folder, 'file');
    writeFileSync(notAFolder, '');
    const { code, stderr } = await failedStart(environment(await freePort(), `file:${notAFolder}/tandem.db`));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Tandem could not start: the embedded database file ${notAFolder}/tandem.db cannot be opened: check ` +
        `that its folder exists and Tandem may write there, or correct DATABASE_URL; or set ` +
        `START_DEGRADED=true to serve without it until it is back`,
    ]);
  });

  if (postgresUrl) {
    it('stops with one line when the PostgreSQL database does not exist', async () => {
      const missing = new URL(postgresUrl);
      missing.pathname = `/tandem_missing_${randomBytes(4).toString('hex')}`;
      const { code, stderr } = await failedStart(environment(await freePort(), missing.toString()));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^Tandem could not start: PostgreSQL database "tandem_missing_\w+" at [^ ]+ does not exist: create it \(createdb -O <user> <name>\) or correct DATABASE_URL; or set START_DEGRADED=true/,
        ),
      ]);
    });
  }

  it('serves degraded when START_DEGRADED asks: /healthz 200 with the cause, /readyz 503', async () => {
    const port = await freePort();
    const tandem = await startTandem({
      ...environment(port, 'postgresql://postgres@127.0.0.1:1/tandem'),
      START_DEGRADED: 'true',
    });
    try {
      expect(tandem.output()).toContain('starting degraded (START_DEGRADED): PostgreSQL database');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'degraded',
        database: { reachable: false, problem: 'unreachable' },
      });
      expect(await readiness(port)).toMatchObject({
        status: 503,
        body: { status: 'not_ready', database: { reachable: false, problem: 'unreachable' } },
      });
    } finally {
      expect(await stopTandem(tandem.child)).toBe(0);
    }
  });
});
