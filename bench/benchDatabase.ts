import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { applyMigrations } from '../src/store/db/migrations';

export type BenchEngine = 'sqlite' | 'postgresql';
export const BENCH_ENGINES: readonly BenchEngine[] = ['sqlite', 'postgresql'];
export const DEFAULT_BENCH_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/test';

/** A fresh, migrated database for one benchmark: a SQLite file in a temp directory, or a new PostgreSQL schema. */
export type BenchDatabase = { engine: BenchEngine; url: string; drop(): Promise<void> };

export async function createBenchDatabase(engine: BenchEngine, postgresUrl: string): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
    const url = `file:${join(directory, 'tandem.db')}`;
    await applyMigrations(url);
    return {
      engine,
      url,
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  }
  const schema = `tandem_bench_${randomBytes(4).toString('hex')}`;
  const url = `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}schema=${schema}`;
  await applyMigrations(url);
  return {
    engine,
    url,
    async drop() {
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
