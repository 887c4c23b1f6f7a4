import { Prisma } from '../../generated/postgresql/client';
import type { Transaction } from '../changeStore';
import type { DatabaseProvider } from '../databaseUrl';
import { DEAL_FACT_COLUMNS, dealFactRows } from './dealFactRows';
import { type FactScope, type FactSql, inScope, transactionFactSql, upsert } from './factSql';
import { LEAD_FACT_COLUMNS, leadFactRows, PROFILE_DAY_COLUMNS, profileShares } from './leadFactRows';

/**
 * Keeps the pipeline facts (DealFact, LeadFact, ClientFact, LeadProfileDay; prisma/models.prisma)
 * equal to what the rows say. The unit is a lead with all its deals: every write that changes a
 * lead, a deal or a stage event refreshes that lead's facts in its own transaction, and bulk
 * loads rebuild a team's. A refresh first takes the ClientFact rows of the leads' clients, so two
 * writers touching one client (its first win) take turns on PostgreSQL; SQLite has one writer.
 */

/** Leads per refresh statement, well below both databases' parameter limits. */
const LEADS_PER_REFRESH = 500;

const quoted = (names: readonly string[]) => Prisma.raw(names.map((name) => `"${name}"`).join(', '));

/** The facts of a write's leads, refreshed inside its transaction (see `refreshLeadFacts`). */
export class PipelineFacts {
  constructor(private readonly provider: DatabaseProvider) {}

  async refreshLeads(transaction: Transaction, teamId: string, leadIds: readonly string[]): Promise<void> {
    await refreshLeadFacts(transactionFactSql(transaction, this.provider), teamId, leadIds);
  }
}

/**
 * Recomputes the facts of `leadIds` (of team `teamId`) and their deals, wherever they changed:
 * new, edited or deleted leads, deals and stage events alike. Run it in the transaction of the
 * write, after the write.
 */
export async function refreshLeadFacts(sql: FactSql, teamId: string, leadIds: readonly string[]): Promise<void> {
  const unique = [...new Set(leadIds)].sort();
  for (let first = 0; first < unique.length; first += LEADS_PER_REFRESH) {
    await refreshChunk(sql, teamId, unique.slice(first, first + LEADS_PER_REFRESH));
  }
}

async function refreshChunk(sql: FactSql, teamId: string, leadIds: readonly string[]): Promise<void> {
  const scope = { teamId, leadIds };
  const ids = Prisma.join(leadIds);
  // The clients of the leads, before and after the write (a lead's company may have changed).
  const clientRows = await sql.rows<{ companyKey: string }>(Prisma.sql`
    SELECT "companyKey" FROM "Lead" WHERE "teamId" = ${teamId} AND "id" IN (${ids})
    UNION SELECT "companyKey" FROM "DealFact" WHERE "teamId" = ${teamId} AND "leadId" IN (${ids})`);
  const clients = [...new Set(clientRows.map((row) => row.companyKey))].sort();
  const ofClients = Prisma.sql`"teamId" = ${teamId} AND "companyKey" IN (${Prisma.join(clients)})`;
  if (clients.length > 0) {
    // Takes the clients' rows (made if missing) in one order, before any fact is written.
    const rows = clients.map((client) => Prisma.sql`(${teamId}, ${client}, NULL)`);
    await sql.execute(Prisma.sql`INSERT INTO "ClientFact" ("teamId", "companyKey", "firstWinAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("teamId", "companyKey") DO UPDATE SET "firstWinAt" = "ClientFact"."firstWinAt"`);
  }

  await sql.execute(Prisma.sql`DELETE FROM "DealFact" WHERE ${inScope(scope, '"DealFact"', 'leadId')}
    AND "dealId" NOT IN (SELECT "id" FROM "Deal" WHERE "leadId" IN (${ids}))`);
  await sql.execute(upsert('DealFact', DEAL_FACT_COLUMNS, ['dealId'], dealFactRows(scope)));

  if (clients.length > 0) {
    await sql.execute(Prisma.sql`UPDATE "ClientFact" SET "firstWinAt" = ${firstWin('"ClientFact"')}
      WHERE ${ofClients}`);
    await sql.execute(Prisma.sql`DELETE FROM "ClientFact" WHERE ${ofClients} AND "firstWinAt" IS NULL`);
    const clientFirstWin = Prisma.sql`(SELECT c."firstWinAt" FROM "ClientFact" c
      WHERE c."teamId" = "DealFact"."teamId" AND c."companyKey" = "DealFact"."companyKey")`;
    await sql.execute(Prisma.sql`UPDATE "DealFact" SET "clientFirstWinAt" = ${clientFirstWin}
      WHERE ${ofClients} AND "stage" = 'WON' AND "clientFirstWinAt" IS DISTINCT FROM ${clientFirstWin}`);
  }

  // The profile days lose the leads' old facts and gain the new ones, in one statement.
  const oldFacts = Prisma.sql`(SELECT * FROM "LeadFact" WHERE ${inScope(scope, '"LeadFact"', 'leadId')})`;
  const newFacts = Prisma.sql`(${leadFactRows(scope)})`;
  await sql.execute(
    addToProfileDays(
      Prisma.sql`${profileShares(sql.dialect, oldFacts, -1)} UNION ALL ${profileShares(sql.dialect, newFacts)}`,
    ),
  );
  await sql.execute(Prisma.sql`DELETE FROM "LeadProfileDay" WHERE "teamId" = ${teamId} AND "leads" = 0
    AND "day" IN (SELECT ${sql.dialect.utcDay(Prisma.sql`f."createdAt"`)} FROM ${oldFacts} f)`);

  await sql.execute(Prisma.sql`DELETE FROM "LeadFact" WHERE ${inScope(scope, '"LeadFact"', 'leadId')}
    AND "leadId" NOT IN (SELECT "id" FROM "Lead" WHERE "id" IN (${ids}))`);
  await sql.execute(upsert('LeadFact', LEAD_FACT_COLUMNS, ['leadId'], leadFactRows(scope)));
}

/** The earliest closing WON event among the won deals of the client in row `table`. */
function firstWin(table: string): Prisma.Sql {
  const client = Prisma.raw(table);
  return Prisma.sql`(SELECT MIN(w."closedAt") FROM "DealFact" w
    WHERE w."teamId" = ${client}."teamId" AND w."companyKey" = ${client}."companyKey" AND w."stage" = 'WON')`;
}

const PROFILE_DAY_KEY = ['teamId', 'day', 'attribute', 'valueKey'] as const;

/** Adds profile shares (rows of PROFILE_DAY_COLUMNS) to LeadProfileDay, summed per key. */
function addToProfileDays(shares: Prisma.Sql): Prisma.Sql {
  const additions = PROFILE_DAY_COLUMNS.filter((column) => !['teamId', 'day', 'attribute', 'valueKey', 'value'].includes(column))
    .map((column) => `"${column}" = "LeadProfileDay"."${column}" + excluded."${column}"`)
    .join(', ');
  return Prisma.sql`INSERT INTO "LeadProfileDay" (${quoted(PROFILE_DAY_COLUMNS)})
    ${summedShares(shares)}
    ORDER BY ${quoted(PROFILE_DAY_KEY)}
    ON CONFLICT (${quoted(PROFILE_DAY_KEY)}) DO UPDATE SET ${Prisma.raw(additions)}`;
}

function summedShares(shares: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT "teamId", "day", "attribute", "valueKey", MIN("value"), SUM("leads"), SUM("wins"),
      SUM("reachedOffer"), SUM("daysToOfferMs")
    FROM (${shares}) AS "shares" WHERE true
    GROUP BY ${quoted(PROFILE_DAY_KEY)}`;
}

/**
 * The statements that rebuild every fact of `scope` from its rows: a team's after a bulk load, or
 * every team's in the migration that created the tables.
 */
export function rebuildStatements(sql: Pick<FactSql, 'dialect'>, scope: { teamId: string } | 'all'): Prisma.Sql[] {
  const team = (alias: string) => inScope(scope, alias, 'leadId');
  const factScope: FactScope = scope;
  return [
    ...['DealFact', 'LeadFact', 'ClientFact', 'LeadProfileDay'].map(
      (table) => Prisma.sql`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE ${team(`"${table}"`)}`,
    ),
    Prisma.sql`INSERT INTO "DealFact" (${quoted(DEAL_FACT_COLUMNS)}) ${dealFactRows(factScope)}`,
    Prisma.sql`INSERT INTO "ClientFact" ("teamId", "companyKey", "firstWinAt")
      SELECT "teamId", "companyKey", MIN("closedAt") FROM "DealFact"
      WHERE ${team('"DealFact"')} AND "stage" = 'WON' AND "closedAt" IS NOT NULL
      GROUP BY "teamId", "companyKey"`,
    Prisma.sql`UPDATE "DealFact" SET "clientFirstWinAt" = (SELECT c."firstWinAt" FROM "ClientFact" c
        WHERE c."teamId" = "DealFact"."teamId" AND c."companyKey" = "DealFact"."companyKey")
      WHERE ${team('"DealFact"')} AND "stage" = 'WON'`,
    Prisma.sql`INSERT INTO "LeadFact" (${quoted(LEAD_FACT_COLUMNS)}) ${leadFactRows(factScope)}`,
    Prisma.sql`INSERT INTO "LeadProfileDay" (${quoted(PROFILE_DAY_COLUMNS)})
      ${summedShares(profileShares(sql.dialect, Prisma.sql`(SELECT * FROM "LeadFact" WHERE ${team('"LeadFact"')})`))}`,
  ];
}

/** Rebuilds a team's facts from its rows (after a bulk load, in the load's transaction or after it). */
export async function rebuildTeamFacts(sql: FactSql, teamId: string): Promise<void> {
  for (const statement of rebuildStatements(sql, { teamId })) await sql.execute(statement);
}
