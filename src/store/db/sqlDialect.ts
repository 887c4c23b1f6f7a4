import { Prisma } from '../../generated/postgresql/client';
import type { DatabaseProvider } from './databaseUrl';

/**
 * The few places where raw SQL differs between SQLite (timestamps are integer epoch
 * milliseconds, see docs/decisions/0001) and PostgreSQL (`timestamp(3)` columns holding UTC).
 * Everything else is written once, with double-quoted identifiers both databases accept.
 */
export type SqlDialect = {
  provider: DatabaseProvider;
  /** A parameter comparable with DateTime columns. */
  instant(value: Date): Prisma.Sql;
  /** An integer parameter (PostgreSQL cannot infer the type of a bare parameter in VALUES). */
  integer(value: number): Prisma.Sql;
  /** A floating-point value, so averages and sums come back as plain numbers. */
  real(expression: Prisma.Sql): Prisma.Sql;
  /** An integer wide enough for money × days before dividing. */
  wide(expression: Prisma.Sql): Prisma.Sql;
  /** Fractional days from one instant to a later one (elapsed time ÷ 24 h). */
  elapsedDays(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql;
  /** Whole days between two calendar dates stored as UTC midnights (rounded to the nearest day). */
  calendarDays(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql;
  least(first: Prisma.Sql, second: Prisma.Sql): Prisma.Sql;
  /** Text compared byte by byte, so MIN and ORDER BY agree on both databases (SQLite's default). */
  binary(expression: Prisma.Sql): Prisma.Sql;
  greatest(first: Prisma.Sql, second: Prisma.Sql): Prisma.Sql;
  /** Whole milliseconds from one instant to another, as an integer that sums exactly. */
  elapsedMs(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql;
  /** The UTC midnight starting the day of an instant. */
  utcDay(instant: Prisma.Sql): Prisma.Sql;
};

const sqlite: SqlDialect = {
  provider: 'sqlite',
  instant: (value) => Prisma.sql`${value.getTime()}`,
  integer: (value) => Prisma.sql`${value}`,
  real: (expression) => Prisma.sql`CAST(${expression} AS REAL)`,
  wide: (expression) => expression,
  elapsedDays: (later, earlier) => Prisma.sql`((${later}) - (${earlier})) / 86400000.0`,
  // better-sqlite3 binds JS numbers as REAL, so the day count is made an INTEGER explicitly: the
  // spend spread divides whole numbers.
  calendarDays: (later, earlier) =>
    Prisma.sql`CAST(ROUND(((${later}) - (${earlier})) / 86400000.0) AS INTEGER)`,
  // SQLite's scalar MIN/MAX take several arguments.
  least: (first, second) => Prisma.sql`MIN(${first}, ${second})`,
  binary: (expression) => expression,
  greatest: (first, second) => Prisma.sql`MAX(${first}, ${second})`,
  elapsedMs: (later, earlier) => Prisma.sql`((${later}) - (${earlier}))`,
  utcDay: (instant) => Prisma.sql`((${instant}) - (${instant}) % 86400000)`,
};

const postgresql: SqlDialect = {
  provider: 'postgresql',
  // The columns are timestamp without time zone holding UTC, so the parameter is UTC without a zone.
  instant: (value) => Prisma.sql`CAST(${value.toISOString().slice(0, 23).replace('T', ' ')} AS timestamp(3))`,
  integer: (value) => Prisma.sql`CAST(${value} AS integer)`,
  real: (expression) => Prisma.sql`CAST(${expression} AS double precision)`,
  wide: (expression) => Prisma.sql`CAST(${expression} AS bigint)`,
  elapsedDays: (later, earlier) => Prisma.sql`EXTRACT(EPOCH FROM ((${later}) - (${earlier}))) / 86400.0`,
  calendarDays: (later, earlier) =>
    Prisma.sql`CAST(ROUND(EXTRACT(EPOCH FROM ((${later}) - (${earlier}))) / 86400) AS integer)`,
  least: (first, second) => Prisma.sql`LEAST(${first}, ${second})`,
  binary: (expression) => Prisma.sql`(${expression}) COLLATE "C"`,
  greatest: (first, second) => Prisma.sql`GREATEST(${first}, ${second})`,
  elapsedMs: (later, earlier) =>
    Prisma.sql`CAST(EXTRACT(EPOCH FROM ((${later}) - (${earlier}))) * 1000 AS bigint)`,
  utcDay: (instant) => Prisma.sql`date_trunc('day', ${instant})`,
};

export function sqlDialect(provider: DatabaseProvider): SqlDialect {
  return provider === 'sqlite' ? sqlite : postgresql;
}

/**
 * A numeric column as a JS number: drivers return COUNT as bigint, PostgreSQL's SUM/AVG of
 * integers as Decimal, and SQL NULL (a SUM over nothing) as null, which counts as 0.
 */
export function toNumber(value: unknown): number {
  return toNullableNumber(value) ?? 0;
}

/** Like `toNumber`, but keeps null: an average over nothing is "n/a", not 0. */
export function toNullableNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  if (typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') {
    return Number(value.toNumber());
  }
  throw new TypeError(`Not a number from SQL: ${String(value)}`);
}

/** Prisma's error for a broken unique constraint, the same through both driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
