import { type BulkTarget, executeBulkSql, inBulkTransaction } from './bulkTarget';

/**
 * The pipeline tables a first load fills row by row. Their secondary indexes (five covering ones on
 * Lead alone) are what slows a large load: each row is inserted into every index in random key
 * order, and at a million rows those B-trees no longer fit the page cache (docs/BENCHMARKS.md).
 */
const FIRST_LOAD_TABLES = ['Lead', 'Deal', 'StageEvent', 'Spend', 'Feedback'] as const;

type SecondaryIndex = { name: string; definition: string };

export type FirstLoadResult<T> = {
  result: T;
  /** Whether the tables were empty, so their secondary indexes were built once after the load. */
  indexesBuiltAfterLoad: boolean;
  /** Time spent building those indexes and the tables' statistics (0 when the load went through them). */
  indexBuildMs: number;
};

/**
 * Runs `load` (bulk inserts, which join its transaction) in one transaction, with the secondary
 * indexes of FIRST_LOAD_TABLES built after it when those tables are empty
 * (`withIndexesBuiltAfter`): a new installation's first import, or a benchmark. The transaction
 * holds the tables for the whole load, which only an empty installation can afford.
 */
export function loadWithIndexesBuiltAfter<T>(
  target: BulkTarget,
  load: () => Promise<T>,
): Promise<FirstLoadResult<T>> {
  return inBulkTransaction(target, () => withIndexesBuiltAfter(target, FIRST_LOAD_TABLES, load));
}

/**
 * Runs `load` inside the caller's bulk transaction. When every table of `tables` is empty, their
 * non-unique secondary indexes are dropped first and created again after the load: one sort per
 * index instead of a million scattered inserts, and if anything fails the rollback restores the
 * indexes with the rest. Unique indexes and primary keys stay, so duplicates are still refused.
 * Otherwise the indexes stay and the load goes through them.
 */
export async function withIndexesBuiltAfter<T>(
  target: BulkTarget,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<FirstLoadResult<T>> {
  if (!target.state.open) throw new Error('withIndexesBuiltAfter runs inside a bulk transaction');
  const indexes = (await tablesAreEmpty(target, tables)) ? await secondaryIndexes(target, tables) : [];
  for (const index of indexes) await executeBulkSql(target, `DROP INDEX "${index.name}"`);
  const result = await load();
  const building = performance.now();
  for (const index of indexes) await executeBulkSql(target, index.definition);
  // Tables that were empty have no statistics yet (and autovacuum has not seen an uncommitted
  // load): without these, the statements after the load in the same transaction, such as the
  // facts build, would be planned as if the tables were still empty.
  if (indexes.length > 0) {
    for (const table of tables) await executeBulkSql(target, `ANALYZE "${table}"`);
  }
  return {
    result,
    indexesBuiltAfterLoad: indexes.length > 0,
    indexBuildMs: indexes.length > 0 ? performance.now() - building : 0,
  };
}

async function tablesAreEmpty(target: BulkTarget, tables: readonly string[]): Promise<boolean> {
  const anyRow = tables.map((table) => `EXISTS (SELECT 1 FROM "${table}")`).join(' OR ');
  const sql = `SELECT CASE WHEN ${anyRow} THEN 1 ELSE 0 END AS "filled"`;
  const filled =
    target.provider === 'sqlite'
      ? (target.sqlite.prepare(sql).get() as { filled: number }).filled
      : (await target.postgres.query<{ filled: number }>(sql)).rows[0]?.filled;
  return Number(filled) === 0;
}

async function secondaryIndexes(target: BulkTarget, names: readonly string[]): Promise<SecondaryIndex[]> {
  const tables = names.map((table) => `'${table}'`).join(', ');
  if (target.provider === 'sqlite') {
    // Automatic indexes (primary keys, UNIQUE constraints) have no SQL and cannot be dropped.
    return target.sqlite
      .prepare(
        `SELECT "name", "sql" AS "definition" FROM sqlite_master
         WHERE "type" = 'index' AND "tbl_name" IN (${tables}) AND "sql" IS NOT NULL
           AND "sql" NOT LIKE 'CREATE UNIQUE%' ORDER BY "name"`,
      )
      .all() as SecondaryIndex[];
  }
  const { rows } = await target.postgres.query<SecondaryIndex>(
    `SELECT i.indexname AS "name", i.indexdef AS "definition" FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname
     JOIN pg_index x ON x.indexrelid = c.oid
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
     WHERE i.schemaname = current_schema() AND i.tablename IN (${tables})
       AND NOT x.indisunique AND NOT x.indisprimary
     ORDER BY i.indexname`,
  );
  return rows;
}
