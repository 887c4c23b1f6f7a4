import BetterSqlite3 from 'better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresPrismaClient } from '../../generated/postgresql/client';
import { PrismaClient as SqlitePrismaClient } from '../../generated/sqlite/client';
import { type SnapshotReader, SqliteWorkerThreadAdapter } from './sqlite/workerThreadAdapter';
import { parseDatabaseUrl, quoteIdentifier, type DatabaseProvider } from './databaseUrl';

/**
 * Both generated clients come from the same models (prisma/models.prisma), so their model APIs
 * are identical; the store is written against one type and runs on either database.
 */
export type PrismaDatabase = PostgresPrismaClient;

export type Database = {
  prisma: PrismaDatabase;
  provider: DatabaseProvider;
  /** A SQLite file's worker thread, which aggregations read from off the event loop (src/store/readModel). */
  snapshotReader?: SnapshotReader;
  close(): Promise<void>;
};

/** What an aggregation needs to read in one snapshot (src/store/readModel/offThreadReads.ts). */
export type SnapshotSource = Pick<Database, 'prisma' | 'provider' | 'snapshotReader'>;

/** PostgreSQL connections per process unless `options.poolSize` or `?connection_limit=` says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/** How long a SQLite transaction may wait for the connection before Prisma gives up (P2028). */
export const SQLITE_TRANSACTION_MAX_WAIT_MS = 10_000;

/**
 * How long a SQLite statement waits for another process's write lock before failing with
 * SQLITE_BUSY. Two instances on one file take turns (transactions begin IMMEDIATE); the wait is
 * short retries on the connection's thread, which serves other calls meanwhile, not SQLite's
 * blocking busy handler (src/store/db/sqlite/sqliteConnectionWorker.mjs).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens the database a `DATABASE_URL` names: `file:` → embedded SQLite, `postgresql://` → PostgreSQL.
 * The pool size is `options.poolSize`, else the URL's `connection_limit`, else DEFAULT_POOL_SIZE.
 */
export function openDatabase(databaseUrl: string, options: { poolSize?: number } = {}): Database {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') useWriteAheadLog(target.filePath);
  if (target.provider === 'sqlite') {
    // The connection lives on a worker thread so that writes do not hold the event loop, and the
    // digest's reads go to the same thread (src/store/readModel/offThreadReads.ts).
    const adapter = new SqliteWorkerThreadAdapter(
      { url: target.filePath, timeout: SQLITE_BUSY_TIMEOUT_MS },
      // Integer milliseconds keep date arithmetic in SQL aggregations simple and exact.
      { timestampFormat: 'unixepoch-ms' },
    );
    const prisma = new SqlitePrismaClient({
      adapter,
      // One connection: transactions queue behind each other rather than for a pooled
      // connection, so under a burst the wait for a turn is longer than Prisma's 2 s default.
      transactionOptions: { maxWait: SQLITE_TRANSACTION_MAX_WAIT_MS },
    }) as unknown as PrismaDatabase;
    return {
      prisma,
      provider: target.provider,
      // An in-memory database exists on its one connection only; its reads go through Prisma.
      ...(target.filePath === ':memory:' ? {} : { snapshotReader: adapter }),
      close: async () => {
        await prisma.$disconnect();
        await adapter.close();
      },
    };
  }
  const prisma = new PostgresPrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: target.connectionString,
        max: options.poolSize ?? target.poolSize ?? DEFAULT_POOL_SIZE,
        // The adapter's `schema` qualifies generated queries only; raw SQL ($queryRaw
        // aggregations) resolves table names through the search_path.
        options: `-c search_path=${quoteIdentifier(target.schema)}`,
      },
      target.schema ? { schema: target.schema } : undefined,
    ),
  });
  return { prisma, provider: target.provider, close: () => prisma.$disconnect() };
}

/**
 * Puts the SQLite file in write-ahead-log mode (it stays so). In the default rollback-journal mode
 * every commit waits for several fsyncs on the event loop, since better-sqlite3 is synchronous:
 * about 12 ms per `/lead` against 3 ms in WAL mode on the benchmark machine (docs/BENCHMARKS.md),
 * and readers no longer wait for a writer.
 */
function useWriteAheadLog(filePath: string): void {
  if (filePath === ':memory:') return;
  let file: BetterSqlite3.Database;
  try {
    file = new BetterSqlite3(filePath);
  } catch {
    // Unreachable now (e.g. its folder is gone): the first query reports it as "database
    // unavailable", where the user gets a clear message and their input back.
    return;
  }
  try {
    file.pragma('journal_mode = WAL');
  } finally {
    file.close();
  }
}
