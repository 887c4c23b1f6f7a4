import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../../src/store/db/database';
import { applyMigrations } from '../../src/store/db/migrations';
import { claimPooledSchema } from './pooledSchemas';

/**
 * A fresh, migrated database for one test file: a temporary SQLite file by default, or an empty
 * migrated schema in the PostgreSQL that TEST_POSTGRES_URL names (the `.ci/run` PostgreSQL pass).
 */
export type TestDatabase = Database & { url: string; destroy(): Promise<void> };

export function testDatabaseProvider(): 'sqlite' | 'postgresql' {
  return process.env.TEST_POSTGRES_URL ? 'postgresql' : 'sqlite';
}

/**
 * A database URL that cannot answer: PostgreSQL on a port nothing listens on, or SQLite in a folder
 * that does not exist (and is never created).
 */
export function unavailableDatabaseUrl(): string {
  if (process.env.TEST_POSTGRES_URL) return 'postgresql://postgres@127.0.0.1:1/test';
  return `file:${join(tmpdir(), `tandem-missing-${randomBytes(6).toString('hex')}`, 'tandem.db')}`;
}

let sqliteTemplate: Promise<string> | undefined;

/**
 * A SQLite file migrated once per test process; each test database starts as a copy of it (a file
 * copy instead of running every migration again). Removed when the process exits.
 */
function migratedSqliteTemplate(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tandem-template-'));
    process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
    const file = join(directory, 'tandem.db');
    await applyMigrations(`file:${file}`);
    // The migration's connection is closed, so its write-ahead log is already in the file.
    if (existsSync(`${file}-wal`)) throw new Error('the migrated template still has a write-ahead log');
    return file;
  })();
  return sqliteTemplate;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const postgresUrl = process.env.TEST_POSTGRES_URL;
  if (postgresUrl) {
    // An emptied schema of this process's pool (test/support/pooledSchemas.ts), migrated once.
    const pooled = await claimPooledSchema(postgresUrl);
    const separator = postgresUrl.includes('?') ? '&' : '?';
    const url = `${postgresUrl}${separator}schema=${pooled.schema}`;
    const database = openDatabase(url, { poolSize: 4 });
    return {
      ...database,
      url,
      async destroy() {
        await database.close();
        await pooled.release();
      },
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  const file = join(directory, 'tandem.db');
  copyFileSync(await migratedSqliteTemplate(), file);
  const url = `file:${file}`;
  const database = openDatabase(url);
  return {
    ...database,
    url,
    async destroy() {
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
