import type Database from 'better-sqlite3';
import type { Client } from 'pg';
import { type BulkTable, type ColumnType, columnNames, rowValues } from './bulkTables';
import { type BulkTarget, withinTransaction } from './bulkTarget';

/**
 * The two fast paths: multi-row prepared INSERTs on SQLite, `INSERT … SELECT FROM unnest(…)` with
 * one array parameter per column on PostgreSQL. Rows go in slices; between slices the loader
 * yields to the event loop, so a large import in the app process never holds it for long
 * (better-sqlite3 is synchronous).
 */

/** Rows per multi-row statement on SQLite: few enough to stay far below its 32 766 parameters. */
const SQLITE_ROWS_PER_STATEMENT = 200;
/** Rows per slice between yields to the event loop. */
const ROWS_PER_SLICE = 5_000;
/** Rows per `unnest` statement on PostgreSQL. */
const POSTGRES_ROWS_PER_STATEMENT = 10_000;

export async function insertRows<Model>(
  target: BulkTarget,
  table: BulkTable<Model>,
  rows: readonly Partial<Model>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const instant = new Date();
  await withinTransaction(target, async () => {
    if (target.provider === 'sqlite') await insertSqlite(target.sqlite, table, rows, instant);
    else await insertPostgres(target.postgres, table, rows, instant);
  });
  return rows.length;
}

function quoted(name: string): string {
  return `"${name}"`;
}

/** SQLite stores DateTime as Prisma's adapter binds it here: epoch milliseconds (docs/decisions/0001). */
function sqliteValue(type: ColumnType, value: unknown): unknown {
  return value !== null && type === 'timestamp' ? (value as Date).getTime() : value;
}

async function insertSqlite<Model>(
  sqlite: Database.Database,
  table: BulkTable<Model>,
  rows: readonly Partial<Model>[],
  instant: Date,
): Promise<void> {
  const columns = columnNames(table);
  const types = columns.map((column) => table.columns[column]);
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const prefix = `INSERT INTO ${quoted(table.name)} (${columns.map(quoted).join(', ')}) VALUES `;
  const statements = new Map<number, Database.Statement>();
  const statementFor = (count: number) => {
    let statement = statements.get(count);
    if (!statement) {
      statement = sqlite.prepare(prefix + Array.from({ length: count }, () => placeholders).join(', '));
      statements.set(count, statement);
    }
    return statement;
  };
  for (let sliceStart = 0; sliceStart < rows.length; sliceStart += ROWS_PER_SLICE) {
    if (sliceStart > 0) await yieldToEventLoop();
    const sliceEnd = Math.min(sliceStart + ROWS_PER_SLICE, rows.length);
    for (let start = sliceStart; start < sliceEnd; start += SQLITE_ROWS_PER_STATEMENT) {
      const end = Math.min(start + SQLITE_ROWS_PER_STATEMENT, sliceEnd);
      const parameters: unknown[] = [];
      for (let index = start; index < end; index += 1) {
        const values = rowValues(table, columns, rows[index] as Partial<Model>, instant);
        values.forEach((value, column) => parameters.push(sqliteValue(types[column] as ColumnType, value)));
      }
      statementFor(end - start).run(parameters);
    }
  }
}

const POSTGRES_ARRAY_TYPES: Record<ColumnType, string> = {
  text: 'text[]',
  integer: 'integer[]',
  bigint: 'bigint[]',
  real: 'double precision[]',
  timestamp: 'timestamp(3)[]',
};

/** `timestamp(3)` columns hold UTC without a zone, so instants go as UTC text (pg would use local time). */
function postgresValue(type: ColumnType, value: unknown): unknown {
  if (value === null || type !== 'timestamp') return value;
  return (value as Date).toISOString().slice(0, 23).replace('T', ' ');
}

async function insertPostgres<Model>(
  postgres: Client,
  table: BulkTable<Model>,
  rows: readonly Partial<Model>[],
  instant: Date,
): Promise<void> {
  const columns = columnNames(table);
  const types = columns.map((column) => table.columns[column]);
  const arrays = types.map((type, index) => `$${index + 1}::${POSTGRES_ARRAY_TYPES[type]}`);
  const sql = `INSERT INTO ${quoted(table.name)} (${columns.map(quoted).join(', ')})
    SELECT * FROM unnest(${arrays.join(', ')})`;
  for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_STATEMENT) {
    const end = Math.min(start + POSTGRES_ROWS_PER_STATEMENT, rows.length);
    const parameters: unknown[][] = columns.map(() => []);
    for (let index = start; index < end; index += 1) {
      const values = rowValues(table, columns, rows[index] as Partial<Model>, instant);
      values.forEach((value, column) =>
        parameters[column]?.push(postgresValue(types[column] as ColumnType, value)),
      );
    }
    await postgres.query(sql, parameters);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
