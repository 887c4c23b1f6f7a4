import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/store/db/database';
import { parseDatabaseUrl } from '../../src/store/db/databaseUrl';
import { applyMigrations } from '../../src/store/db/migrations';

describe('DATABASE_URL settings', () => {
  it('takes the pool size from Prisma’s connection_limit and keeps it out of the connection string', () => {
    expect(
      parseDatabaseUrl('postgresql://u@db:5432/app?connection_limit=25&schema=s1&sslmode=require'),
    ).toEqual({
      provider: 'postgresql',
      connectionString: 'postgresql://u@db:5432/app?sslmode=require',
      schema: 's1',
      poolSize: 25,
    });
    expect(parseDatabaseUrl('postgresql://u@db:5432/app')).not.toHaveProperty('poolSize');
  });

  it.each(['0', '-3', 'ten', '2.5', ''])(
    'refuses connection_limit=%s with an example of a good one',
    (limit) => {
      expect(() => parseDatabaseUrl(`postgresql://db/app?connection_limit=${limit}`)).toThrow(
        `DATABASE_URL connection_limit must be a whole number ≥ 1, e.g. ?connection_limit=20, not "${limit}"`,
      );
    },
  );
});

describe('the embedded database', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'tandem-settings-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('is opened in write-ahead-log mode, so a commit does not wait for rollback-journal fsyncs', async () => {
    const file = join(directory, 'tandem.db');
    await applyMigrations(`file:${file}`);
    const database = openDatabase(`file:${file}`);
    await database.prisma.team.create({ data: { slackTeamId: 'T0000WAL' } });
    await database.close();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.prepare('SELECT COUNT(*) AS teams FROM "Team"').get()).toEqual({ teams: 1 });
    } finally {
      raw.close();
    }
  });
});
