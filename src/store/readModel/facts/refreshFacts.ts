import { Prisma } from '../../../generated/postgresql/client';
import type { Transaction } from '../../repos/changeStore';
import type { DatabaseProvider } from '../../db/databaseUrl';
import type { SqlDialect } from '../../db/sqlDialect';
import { DEAL_FACT_COLUMNS, dealFactRows, previousClientWin } from './dealFactRows';
import { type FactScope, type FactSql, inScope, transactionFactSql, upsert } from './factSql';
import {
  LEAD_DAY_COLUMNS,
  LEAD_DAY_KEY,
  LEAD_DAY_MEASURES,
  LEAD_FACT_COLUMNS,
  leadDayShares,
  leadFactRows,
} from './leadFactRows';
import { countAllStageChanges, type CountedEvent, countStageChanges } from './stageDays';

/**
 * Keeps the pipeline facts (prisma/models.prisma: DealFact, LeadFact, ClientFact, LeadDay,
 * StageDay) equal to what the rows say. The unit is a lead with all its deals: every write that
 * changes a lead, a deal or a stage event refreshes that lead's facts in its own transaction
 * (StageDay is counted per event instead: stageDays.ts), and bulk loads rebuild a team's. A refresh
 * first takes the ClientFact rows of the leads' clients, so two writers touching one client (its
 * wins) take turns on PostgreSQL; SQLite has one writer anyway.
 */

/** Leads per refresh statement, well below both databases' parameter limits. */
const LEADS_PER_REFRESH = 500;

/** Every fact table, each with a `teamId`: what a rebuild empties first. */
const FACT_TABLES = ['DealFact', 'LeadFact', 'ClientFact', 'LeadDay', 'StageDay'] as const;

const quoted = (names: readonly string[]) => Prisma.raw(names.map((name) => `"${name}"`).join(', '));

/**
 * The facts' upkeep inside an app write's transaction: the facts of the leads it touched
 * (`refreshLeadFacts`), and the StageDay counts of the stage events it added or removes.
 */
export class PipelineFacts {
  constructor(private readonly provider: DatabaseProvider) {}

  async refreshLeads(transaction: Transaction, teamId: string, leadIds: readonly string[]): Promise<void> {
    await refreshLeadFacts(transactionFactSql(transaction, this.provider), teamId, leadIds);
  }

  /** Counts events just written (sign 1), or events about to be deleted (sign -1). */
  async countEvents(
    transaction: Transaction,
    teamId: string,
    events: readonly CountedEvent[],
    sign: 1 | -1,
  ): Promise<void> {
    await countStageChanges(transactionFactSql(transaction, this.provider), teamId, events, sign);
  }
}

/**
 * Recomputes the facts of `leadIds` (of team `teamId`) and their deals, wherever they changed:
 * new, edited or deleted leads, deals and stage events alike. Run it in the transaction of the
 * write, after the write.
 */
export async function refreshLeadFacts(
  sql: FactSql,
  teamId: string,
  leadIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(leadIds)].sort();
  for (let first = 0; first < unique.length; first += LEADS_PER_REFRESH) {
    await refreshChunk(sql, teamId, unique.slice(first, first + LEADS_PER_REFRESH));
  }
}

async function refreshChunk(sql: FactSql, teamId: string, leadIds: readonly string[]): Promise<void> {
  const scope = { teamId, leadIds };
  const ids = Prisma.join(leadIds);
  // The clients of the leads, before and after the write (a lead's company may have changed, or
  // the lead be gone).
  const clientRows = await sql.rows<{ companyKey: string }>(Prisma.sql`
    SELECT "companyKey" FROM "Lead" WHERE "teamId" = ${teamId} AND "id" IN (${ids})
    UNION SELECT "companyKey" FROM "LeadFact" WHERE "teamId" = ${teamId} AND "leadId" IN (${ids})
    UNION SELECT "companyKey" FROM "DealFact" WHERE "teamId" = ${teamId} AND "leadId" IN (${ids})`);
  const clients = [...new Set(clientRows.map((row) => row.companyKey))].sort();
  // Every lead has a client, so only leads gone before their facts were ever written have none.
  const ofClients =
    clients.length > 0
      ? Prisma.sql`"teamId" = ${teamId} AND "companyKey" IN (${Prisma.join(clients)})`
      : undefined;
  if (ofClients) {
    // Takes the clients' rows (made if missing) in one order, before any fact is written.
    const rows = clients.map((client) => Prisma.sql`(${teamId}, ${client})`);
    await sql.execute(Prisma.sql`INSERT INTO "ClientFact" ("teamId", "companyKey") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("teamId", "companyKey") DO UPDATE SET "companyKey" = excluded."companyKey"`);
  }

  await sql.execute(Prisma.sql`DELETE FROM "DealFact" WHERE ${inScope(scope, '"DealFact"', 'leadId')}
    AND "dealId" NOT IN (SELECT "id" FROM "Deal" WHERE "leadId" IN (${ids}))`);
  await sql.execute(upsert('DealFact', DEAL_FACT_COLUMNS, ['dealId'], dealFactRows(scope)));

  if (ofClients) {
    // The leads' won deals changed, so may the previous wins of their clients' other won deals.
    await sql.execute(updatePreviousClientWins(ofClients));
    // A client whose last lead went (deleted, or renamed to another company) has no row.
    await sql.execute(Prisma.sql`DELETE FROM "ClientFact" WHERE ${ofClients} AND NOT EXISTS (
      SELECT 1 FROM "Lead" l WHERE l."teamId" = "ClientFact"."teamId" AND l."companyKey" = "ClientFact"."companyKey")`);
  }

  // The lead days lose the leads' old facts and gain the new ones, in one statement. The new facts
  // are a named subquery because every LeadDay attribute reads them: written inline, the joins
  // behind them ran once per attribute (most of a `/lead`'s write time, docs/BENCHMARKS.md).
  const oldFacts = Prisma.sql`(SELECT * FROM "LeadFact" WHERE ${inScope(scope, '"LeadFact"', 'leadId')})`;
  await sql.execute(
    Prisma.sql`WITH "newFacts" AS MATERIALIZED (${leadFactRows(scope)}) ${addToLeadDays(
      Prisma.sql`${leadDayShares(sql.dialect, oldFacts, { sign: -1 })} UNION ALL ${leadDayShares(sql.dialect, Prisma.sql`"newFacts"`)}`,
    )}`,
  );
  await sql.execute(Prisma.sql`DELETE FROM "LeadDay" WHERE "teamId" = ${teamId} AND "leads" = 0
    AND "day" IN (SELECT ${sql.dialect.utcDay(Prisma.sql`f."createdAt"`)} FROM ${oldFacts} f)`);

  await sql.execute(Prisma.sql`DELETE FROM "LeadFact" WHERE ${inScope(scope, '"LeadFact"', 'leadId')}
    AND "leadId" NOT IN (SELECT "id" FROM "Lead" WHERE "id" IN (${ids}))`);
  await sql.execute(upsert('LeadFact', LEAD_FACT_COLUMNS, ['leadId'], leadFactRows(scope)));
}

/** Sets `previousClientWinAt` of the won deals matching `where` (a condition on DealFact) where it changed. */
function updatePreviousClientWins(where: Prisma.Sql): Prisma.Sql {
  const previous = previousClientWin({
    teamId: '"DealFact"."teamId"',
    companyKey: '"DealFact"."companyKey"',
    dealId: '"DealFact"."dealId"',
    closedAt: '"DealFact"."closedAt"',
  });
  return Prisma.sql`UPDATE "DealFact" SET "previousClientWinAt" = ${previous}
    WHERE ${where} AND "stage" = 'WON' AND "previousClientWinAt" IS DISTINCT FROM ${previous}`;
}

/** Adds lead day shares (rows of LEAD_DAY_COLUMNS) to LeadDay, summed per key. */
function addToLeadDays(shares: Prisma.Sql): Prisma.Sql {
  const additions = LEAD_DAY_MEASURES.map(
    (column) => `"${column}" = "LeadDay"."${column}" + excluded."${column}"`,
  );
  return Prisma.sql`INSERT INTO "LeadDay" (${quoted(LEAD_DAY_COLUMNS)})
    ${summedShares(shares)}
    ORDER BY ${quoted(LEAD_DAY_KEY)}
    ON CONFLICT (${quoted(LEAD_DAY_KEY)}) DO UPDATE SET ${Prisma.raw(additions.join(', '))}`;
}

/**
 * Lead day shares summed per LeadDay key, in LEAD_DAY_COLUMNS order; keys whose shares cancel out
 * (a refresh that changed nothing of that day) are left out, so their rows are not written.
 */
function summedShares(shares: Prisma.Sql): Prisma.Sql {
  const sums = LEAD_DAY_MEASURES.map((column) => `SUM("${column}")`);
  return Prisma.sql`SELECT ${quoted(LEAD_DAY_KEY)}, MIN("value"), ${Prisma.raw(sums.join(', '))}
    FROM (${shares}) AS "shares" WHERE true
    GROUP BY ${quoted(LEAD_DAY_KEY)}
    HAVING ${Prisma.raw(sums.map((sum) => `${sum} <> 0`).join(' OR '))}`;
}

/**
 * The fact tables whose fill may run before their secondary indexes exist. Not DealFact: its fill
 * reads DealFact itself (a client's previous win), and on PostgreSQL a scan of the table being
 * filled visits every row the same statement has inserted, so without the index it goes quadratic.
 */
export type IndexedFactTable = 'LeadFact';

/**
 * Runs the fill of one indexed fact table; a bulk load wraps it to build the table's indexes after
 * the rows (src/store/db/bulk/indexesAfterLoad.ts).
 */
export type FactTableFill = (table: IndexedFactTable, fill: () => Promise<void>) => Promise<void>;

/**
 * The statements that fill the fact tables for `scope` from its rows, where they hold none of it
 * yet, by what they fill, in the order they run: a team's after a bulk load (`rebuildTeamFacts`),
 * or every team's in the migration that created the tables.
 */
function factFills(dialect: SqlDialect, scope: { teamId: string } | 'all') {
  const team = (alias: string) => inScope(scope, alias, 'leadId');
  const factScope: FactScope = scope;
  return {
    clientFacts: Prisma.sql`INSERT INTO "ClientFact" ("teamId", "companyKey")
      SELECT DISTINCT l."teamId", l."companyKey" FROM "Lead" l WHERE ${team('l')}`,
    dealFacts: Prisma.sql`INSERT INTO "DealFact" (${quoted(DEAL_FACT_COLUMNS)}) ${dealFactRows(factScope)}`,
    previousClientWins: updatePreviousClientWins(team('"DealFact"')),
    leadFacts: Prisma.sql`INSERT INTO "LeadFact" (${quoted(LEAD_FACT_COLUMNS)}) ${leadFactRows(factScope)}`,
    leadDays: Prisma.sql`INSERT INTO "LeadDay" (${quoted(LEAD_DAY_COLUMNS)})
      ${summedShares(leadDayShares(dialect, Prisma.sql`(SELECT * FROM "LeadFact" WHERE ${team('"LeadFact"')})`))}`,
    stageDays: countAllStageChanges(dialect, team('e')),
  };
}

/** `factFills` as one list, as the migration that created the fact tables runs them. */
export function factFillStatements(dialect: SqlDialect, scope: { teamId: string } | 'all'): Prisma.Sql[] {
  return Object.values(factFills(dialect, scope));
}

/** Rebuilds a team's facts from its rows (after a bulk load, in the load's transaction or after it). */
export async function rebuildTeamFacts(
  sql: FactSql,
  teamId: string,
  fillTable: FactTableFill = (_table, fill) => fill(),
): Promise<void> {
  for (const table of FACT_TABLES) {
    await sql.execute(Prisma.sql`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "teamId" = ${teamId}`);
  }
  const fills = factFills(sql.dialect, { teamId });
  await sql.execute(fills.clientFacts);
  await sql.execute(fills.dealFacts);
  await sql.execute(fills.previousClientWins);
  await fillTable('LeadFact', () => sql.execute(fills.leadFacts));
  await sql.execute(fills.leadDays);
  await sql.execute(fills.stageDays);
}
