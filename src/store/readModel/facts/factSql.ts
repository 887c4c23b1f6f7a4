import { Prisma } from '../../../generated/postgresql/client';
import type { BulkTarget } from '../../db/bulk/bulkTarget';
import type { Transaction } from '../../repos/changeStore';
import type { DatabaseProvider } from '../../db/databaseUrl';
import { type SqlDialect, sqlDialect } from '../../db/sqlDialect';

/**
 * Where the fact statements run: inside the Prisma transaction of an app write, or on the raw
 * connection of a bulk load (inside its transaction), so both keep the facts with their rows.
 */
export type FactSql = {
  dialect: SqlDialect;
  execute(sql: Prisma.Sql): Promise<void>;
  rows<Row>(sql: Prisma.Sql): Promise<Row[]>;
};

export function transactionFactSql(transaction: Transaction, provider: DatabaseProvider): FactSql {
  return {
    dialect: sqlDialect(provider),
    execute: async (sql) => {
      await transaction.$executeRaw(sql);
    },
    rows: (sql) => transaction.$queryRaw(sql),
  };
}

/** A parameter as the SQLite driver takes it: instants as epoch milliseconds (docs/decisions/0001). */
function sqliteParameter(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : value;
}

export function bulkFactSql(target: BulkTarget): FactSql {
  if (target.provider === 'sqlite') {
    return {
      dialect: sqlDialect('sqlite'),
      execute: async (sql) => {
        target.sqlite.prepare(sql.sql).run(...sql.values.map(sqliteParameter));
      },
      rows: async <Row>(sql: Prisma.Sql) =>
        target.sqlite.prepare(sql.sql).all(...sql.values.map(sqliteParameter)) as Row[],
    };
  }
  return {
    dialect: sqlDialect('postgresql'),
    execute: async (sql) => {
      await target.postgres.query(sql.text, sql.values);
    },
    rows: async <Row>(sql: Prisma.Sql) => (await target.postgres.query(sql.text, sql.values)).rows as Row[],
  };
}

/**
 * Which rows a fact statement covers: one team's, or some leads of it (with their deals), or —
 * for the migration that creates the fact tables — every team's, with no parameters at all.
 */
export type FactScope = { teamId: string; leadIds?: readonly string[] } | 'all';

/** The scope as a condition on a table with `teamId` and a lead id column (`alias.column`). */
export function inScope(scope: FactScope, alias: string, leadColumn: string): Prisma.Sql {
  if (scope === 'all') return Prisma.sql`true`;
  const table = Prisma.raw(alias);
  const team = Prisma.sql`${table}."teamId" = ${scope.teamId}`;
  if (!scope.leadIds) return team;
  return Prisma.sql`${team} AND ${table}.${Prisma.raw(`"${leadColumn}"`)} IN (${Prisma.join(scope.leadIds)})`;
}

/** `INSERT INTO table (columns) <select> ON CONFLICT (key) DO UPDATE` setting every other column. */
export function upsert(
  table: string,
  columns: readonly string[],
  key: readonly string[],
  select: Prisma.Sql,
): Prisma.Sql {
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
  const updates = columns
    .filter((column) => !key.includes(column))
    .map((column) => `"${column}" = excluded."${column}"`)
    .join(', ');
  // SQLite needs the WHERE to tell the upsert's ON from a join's; the ORDER BY makes concurrent
  // PostgreSQL writers lock the rows in one order.
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}" (${quoted(columns)})`)}
    SELECT * FROM (${select}) AS "fresh" WHERE true ORDER BY ${Prisma.raw(quoted(key))}
    ON CONFLICT (${Prisma.raw(quoted(key))}) DO UPDATE SET ${Prisma.raw(updates)}`;
}
