import type { Prisma } from '../../generated/postgresql/client';
import type { SnapshotSource } from '../db/database';

/**
 * Aggregations (the digest's figures, the ICP profile) read many rows. On PostgreSQL they run in
 * the database server while the event loop waits; through Prisma's SQLite adapter they would run
 * synchronously and hold up every command's ack for the digest's whole duration
 * (docs/BENCHMARKS.md). For a SQLite file they therefore go to the connection's worker thread
 * (src/store/db/sqlite), which reads them on a read-only connection of its own (the file is in WAL
 * mode, so it reads a consistent snapshot while the app writes).
 */

type Row = Record<string, unknown>;

/**
 * Runs read-only queries in one snapshot and returns their rows, in order: on the worker thread of
 * a SQLite file (the database's `snapshotReader`), else through Prisma in one transaction
 * (REPEATABLE READ on PostgreSQL, so every statement sees the same data). Numbers may come back as
 * number, bigint or Decimal; read them with `toNumber`.
 */
export async function readInOneSnapshot(
  { prisma, provider, snapshotReader: reader }: SnapshotSource,
  queries: readonly Prisma.Sql[],
): Promise<Row[][]> {
  if (reader) {
    return reader.readSnapshot(
      queries.map((sql) => ({ sql: sql.sql, values: sql.values.map(sqliteParameter) })),
    );
  }
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
