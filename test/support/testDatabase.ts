import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type Database, openDatabase } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations';

/**
 * A fresh, migrated database for one test file: a temporary SQLite file by default, or a new
 * schema in the PostgreSQL that TEST_POSTGRES_URL names (the `.ci/run` PostgreSQL pass).
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

export async function createTestDatabase(): Promise<TestDatabase> {
  const postgresUrl = process.env.TEST_POSTGRES_URL;
  if (postgresUrl) {
    const schema = `tandem_test_${randomBytes(6).toString('hex')}`;
    const separator = postgresUrl.includes('?') ? '&' : '?';
    const url = `${postgresUrl}${separator}schema=${schema}`;
    await applyMigrations(url);
    const database = openDatabase(url, { poolSize: 4 });
    return {
      ...database,
      url,
      async destroy() {
        await database.close();
        const client = new Client({ connectionString: postgresUrl });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  const url = `file:${join(directory, 'tandem.db')}`;
  await applyMigrations(url);
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
