import { insertRows } from './bulkInsertRows';
import {
  type BulkDealRow,
  type BulkFeedbackRow,
  type BulkLeadRow,
  type BulkSpendRow,
  type BulkStageEventRow,
  DEAL_TABLE,
  FEEDBACK_TABLE,
  LEAD_TABLE,
  SPEND_TABLE,
  STAGE_EVENT_TABLE,
} from './bulkTables';
import { type BulkTarget, withinTransaction } from './bulkTarget';
import { bulkFactSql } from '../../readModel/facts/factSql';
import { rebuildTeamFacts } from '../../readModel/facts/refreshFacts';
import { withIndexesBuiltAfter } from './indexesAfterLoad';

/**
 * Bulk writes of pipeline rows (benchmarks, CSV import). Rows are written as given: the caller
 * assigns ids (`newRowId`), numbers and timestamps and keeps the pipeline rules of
 * docs/CONVENTIONS.md; left-out columns get the schema's defaults. No audit `Change` rows are
 * written. After loading leads or deals, call `bulkAdvanceTeamCounters` so the next `/lead` and
 * `/deal` numbers follow the loaded ones. Each call returns the number of rows written.
 */

export function bulkInsertLeads(target: BulkTarget, rows: readonly BulkLeadRow[]): Promise<number> {
  return insertRows(target, LEAD_TABLE, rows);
}

export function bulkInsertDeals(target: BulkTarget, rows: readonly BulkDealRow[]): Promise<number> {
  return insertRows(target, DEAL_TABLE, rows);
}

export function bulkInsertStageEvents(
  target: BulkTarget,
  rows: readonly BulkStageEventRow[],
): Promise<number> {
  return insertRows(target, STAGE_EVENT_TABLE, rows);
}

export function bulkInsertSpend(target: BulkTarget, rows: readonly BulkSpendRow[]): Promise<number> {
  return insertRows(target, SPEND_TABLE, rows);
}

export function bulkInsertFeedback(target: BulkTarget, rows: readonly BulkFeedbackRow[]): Promise<number> {
  return insertRows(target, FEEDBACK_TABLE, rows);
}

/** Moves the team's lead and deal counters up to the highest numbers stored (never down). */
export async function bulkAdvanceTeamCounters(target: BulkTarget, teamId: string): Promise<void> {
  const highest = (table: string) =>
    `COALESCE((SELECT MAX("number") FROM "${table}" WHERE "teamId" = "Team"."id"), 0)`;
  if (target.provider === 'sqlite') {
    target.sqlite
      .prepare(
        `UPDATE "Team" SET "leadCounter" = MAX("leadCounter", ${highest('Lead')}),
          "dealCounter" = MAX("dealCounter", ${highest('Deal')}) WHERE "id" = ?`,
      )
      .run(teamId);
    return;
  }
  await target.postgres.query(
    `UPDATE "Team" SET "leadCounter" = GREATEST("leadCounter", ${highest('Lead')}),
      "dealCounter" = GREATEST("dealCounter", ${highest('Deal')}) WHERE "id" = $1`,
    [teamId],
  );
}

/**
 * Rebuilds the team's pipeline facts (src/store/readModel/facts) from its rows, inside the caller's bulk
 * transaction if it holds one: call it after bulk-loading leads, deals or stage events of the
 * team, so the digest reads facts that match them. Into empty fact tables (a first load) each
 * indexed table is filled first and indexed after.
 */
export async function bulkRebuildTeamFacts(target: BulkTarget, teamId: string): Promise<void> {
  await withinTransaction(target, () =>
    rebuildTeamFacts(bulkFactSql(target), teamId, async (table, fill) => {
      await withIndexesBuiltAfter(target, [table], fill);
    }),
  );
}

/** The tables a bulk load fills, directly or through the facts. */
const LOADED_TABLES = [
  'Lead',
  'Deal',
  'StageEvent',
  'Spend',
  'Feedback',
  'DealFact',
  'LeadFact',
  'ClientFact',
  'LeadDay',
];

/**
 * Refreshes the query planner's statistics after a large load, so the digest's queries get the
 * plans their indexes were made for straight away rather than after autovacuum notices. On
 * PostgreSQL the tables are vacuumed too: an index-only scan reads the table for every row on a
 * page not yet marked all-visible, which a fresh load leaves unmarked.
 */
export async function analyzeAfterBulkLoad(target: BulkTarget): Promise<void> {
  if (target.provider === 'sqlite') {
    target.sqlite.exec('ANALYZE');
    return;
  }
  await target.postgres.query(`VACUUM (ANALYZE) ${LOADED_TABLES.map((table) => `"${table}"`).join(', ')}`);
}
