import Database from 'better-sqlite3';
import { Client } from 'pg';
import { parseDatabaseUrl, quoteIdentifier } from '../databaseUrl';

/**
 * A raw driver connection for bulk loads, beside the app's Prisma client: better-sqlite3 on the
 * same SQLite file, or one `pg` client on the same PostgreSQL schema. Prisma's `createMany` sends
 * rows through its query engine one batch at a time (about 4 k rows/s here); the raw drivers
 * take multi-row statements and array parameters directly.
 */
export type BulkTarget =
  | { provider: 'sqlite'; sqlite: Database.Database; state: TransactionState; close(): Promise<void> }
  | { provider: 'postgresql'; postgres: Client; state: TransactionState; close(): Promise<void> };

/** Whether the caller holds an open transaction (`inBulkTransaction`), so inserts join it. */
type TransactionState = { open: boolean };

/**
 * Page cache of a SQLite bulk connection (KiB; SQLite's default is 2 MB). A large load inserts
 * into primary-key and unique B-trees in random key order; once they outgrow the cache every
 * insert rereads pages from the file. Taken only as pages are used, and freed on close.
 */
const BULK_SQLITE_CACHE_KIB = 256 * 1024;

/** Opens a bulk connection to the database a `DATABASE_URL` names; close it when done. */
export async function openBulkTarget(databaseUrl: string): Promise<BulkTarget> {
  const target = parseDatabaseUrl(databaseUrl);
  const state = { open: false };
  if (target.provider === 'sqlite') {
    const sqlite = new Database(target.filePath, { timeout: 10_000 });
    sqlite.pragma(`cache_size = -${BULK_SQLITE_CACHE_KIB}`);
    return {
      provider: 'sqlite',
      sqlite,
      state,
      close: async () => {
        sqlite.close();
      },
    };
  }
  const postgres = new Client({
    connectionString: target.connectionString,
    // The same search_path as the app's connections (src/store/db/database.ts).
    options: `-c search_path=${quoteIdentifier(target.schema)}`,
  });
  await postgres.connect();
  return { provider: 'postgresql', postgres, state, close: () => postgres.end() };
}

/**
 * Runs `work` in one transaction on the target: every bulk insert inside it commits together or
 * not at all (a CSV import of leads with their deals). Outside it, each insert call is its own
 * transaction.
 */
export async function inBulkTransaction<T>(target: BulkTarget, work: () => Promise<T>): Promise<T> {
  if (target.state.open) throw new Error('inBulkTransaction does not nest');
  await executeBulkSql(target, target.provider === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN');
  target.state.open = true;
  try {
    const result = await work();
    await executeBulkSql(target, 'COMMIT');
    return result;
  } catch (error) {
    await executeBulkSql(target, 'ROLLBACK');
    throw error;
  } finally {
    target.state.open = false;
  }
}

/** Runs one statement without parameters on the target. */
export async function executeBulkSql(target: BulkTarget, sql: string): Promise<void> {
  if (target.provider === 'sqlite') target.sqlite.exec(sql);
  else await target.postgres.query(sql);
}

/** Runs `work` in a transaction of its own unless the caller already holds one. */
export async function withinTransaction<T>(target: BulkTarget, work: () => Promise<T>): Promise<T> {
  return target.state.open ? work() : inBulkTransaction(target, work);
}
