import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../database';
import type { DatabaseProvider } from '../databaseUrl';

/**
 * Aggregations (the digest's figures, the ICP profile) read many rows. On PostgreSQL they run in
 * the database server while the event loop waits; through Prisma's SQLite adapter they run
 * synchronously on the event loop and resolve without yielding, so a digest would hold up every
 * command's ack for its whole duration (docs/BENCHMARKS.md). For a SQLite file the reads therefore
 * go to a worker thread with its own read-only connection (the file is in WAL mode, so it reads a
 * consistent snapshot while the app writes).
 */

type Row = Record<string, unknown>;
type Pending = { resolve(results: Row[][]): void; reject(error: Error): void };
type ReadWorker = { worker: Worker; pending: Map<number, Pending>; nextId: number };
type WorkerReply = { id: number; results?: Row[][]; error?: string };

/** The SQLite file behind each client that openDatabase made, and the worker reading it for that client. */
const sqliteFiles = new WeakMap<PrismaDatabase, string>();
const workers = new Map<PrismaDatabase, ReadWorker>();

export function registerSqliteFile(prisma: PrismaDatabase, filePath: string): void {
  if (filePath !== ':memory:') sqliteFiles.set(prisma, filePath);
}

/**
 * Runs read-only queries in one snapshot and returns their rows, in order: on a worker thread for
 * a registered SQLite file, else through Prisma in one transaction (REPEATABLE READ on PostgreSQL,
 * so every statement sees the same data). Numbers may come back as number, bigint or Decimal;
 * read them with `toNumber`.
 */
export async function readInOneSnapshot(
  prisma: PrismaDatabase,
  provider: DatabaseProvider,
  queries: readonly Prisma.Sql[],
): Promise<Row[][]> {
  const filePath = provider === 'sqlite' ? sqliteFiles.get(prisma) : undefined;
  if (filePath) return readOnWorker(prisma, filePath, queries);
  const statements = queries.map((sql) => prisma.$queryRaw<Row[]>(sql));
  // A single statement sees one snapshot anyway, and needs no transaction (nor its pool wait).
  if (statements.length === 1 && statements[0]) return [await statements[0]];
  return provider === 'postgresql'
    ? prisma.$transaction(statements, { isolationLevel: 'RepeatableRead' })
    : prisma.$transaction(statements);
}

/** A parameter as Prisma's SQLite adapter binds it: instants as epoch milliseconds, booleans as 0/1. */
function sqliteParameter(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function readOnWorker(
  prisma: PrismaDatabase,
  filePath: string,
  queries: readonly Prisma.Sql[],
): Promise<Row[][]> {
  const reader = workerFor(prisma, filePath);
  const id = reader.nextId;
  reader.nextId += 1;
  return new Promise((resolve, reject) => {
    reader.pending.set(id, { resolve, reject });
    if (reader.pending.size === 1) reader.worker.ref();
    reader.worker.postMessage({
      id,
      queries: queries.map((sql) => ({ sql: sql.sql, values: sql.values.map(sqliteParameter) })),
    });
  });
}

function workerFor(prisma: PrismaDatabase, filePath: string): ReadWorker {
  const existing = workers.get(prisma);
  if (existing) return existing;
  const worker = new Worker(join(__dirname, 'sqliteReadWorker.mjs'), { workerData: { filePath } });
  const reader: ReadWorker = { worker, pending: new Map(), nextId: 1 };
  // An idle worker must not keep the process alive.
  worker.unref();
  worker.on('message', ({ id, results, error }: WorkerReply) => {
    const pending = reader.pending.get(id);
    reader.pending.delete(id);
    if (reader.pending.size === 0) worker.unref();
    if (error !== undefined) pending?.reject(new Error(`SQLite read failed: ${error}`));
    else pending?.resolve(results ?? []);
  });
  const fail = (error: Error) => {
    if (workers.get(prisma) === reader) workers.delete(prisma);
    for (const pending of reader.pending.values()) pending.reject(error);
    reader.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the SQLite read worker stopped (exit code ${code})`)));
  workers.set(prisma, reader);
  return reader;
}

/** Stops the worker reading `prisma`'s SQLite file, if one was started (when the database is closed). */
export async function stopSqliteReads(prisma: PrismaDatabase): Promise<void> {
  const reader = workers.get(prisma);
  if (!reader) return;
  workers.delete(prisma);
  await reader.worker.terminate();
}
