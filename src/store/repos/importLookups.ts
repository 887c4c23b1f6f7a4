import type { CalendarRange } from '../../domain/calendar';
import type { StoredDeal, StoredLeadRef } from '../../domain/import/dealImport';
import type { StoredLead } from '../../domain/import/leadImport';
import type { StoredSpend } from '../../domain/import/spendImport';
import type { PrismaDatabase } from '../db/database';
import { moneyAsNumber } from '../db/moneyColumns';

/** Values per `IN (…)` list: far below SQLite's and PostgreSQL's parameter limits. */
const IN_LIST_SIZE = 500;

function chunks<T>(values: readonly T[]): T[][] {
  const unique = [...new Set(values)];
  const result: T[][] = [];
  for (let start = 0; start < unique.length; start += IN_LIST_SIZE) {
    result.push(unique.slice(start, start + IN_LIST_SIZE));
  }
  return result;
}

/** The team an import writes to, by Slack workspace id (or the only one there is). */
export type ImportTeam = {
  id: string;
  slackTeamId: string;
  name: string;
  currency: string;
  timezone: string;
};

/**
 * The reads an import plans with: only the stored records a file's rows could match, looked up by
 * the ids, companies and periods the file names.
 */
export class ImportLookups {
  constructor(private readonly prisma: PrismaDatabase) {}

  /**
   * Up to two teams with this Slack id and Tandem team name (each when given), so a caller can tell
   * "the only team".
   */
  async teams(slackTeamId: string | undefined, teamName?: string): Promise<ImportTeam[]> {
    return this.prisma.team.findMany({
      where: { ...(slackTeamId ? { slackTeamId } : {}), ...(teamName ? { name: teamName } : {}) },
      select: { id: true, slackTeamId: true, name: true, currency: true, timezone: true },
      orderBy: { createdAt: 'asc' },
      take: 2,
    });
  }

  /** Who installed Tandem in the workspace (OAuth installs only). */
  async installerOf(slackTeamId: string): Promise<string | undefined> {
    const installation = await this.prisma.installation.findFirst({
      where: { teamId: slackTeamId, revokedAt: null },
      select: { installerUserId: true },
      orderBy: { installedAt: 'desc' },
    });
    return installation?.installerUserId;
  }

  /** Leads with one of these CRM ids, company keys or numbers. */
  async leads(
    teamId: string,
    keys: { externalIds: readonly string[]; companyKeys: readonly string[]; numbers?: readonly number[] },
  ): Promise<(StoredLead & StoredLeadRef)[]> {
    const found = new Map<string, StoredLead & StoredLeadRef>();
    const lookups = [
      ...chunks(keys.externalIds).map((externalId) => ({ externalId: { in: externalId } })),
      ...chunks(keys.companyKeys).map((companyKey) => ({ companyKey: { in: companyKey } })),
      ...chunks(keys.numbers ?? []).map((number) => ({ number: { in: number } })),
    ];
    for (const where of lookups) {
      for (const lead of await this.prisma.lead.findMany({ where: { teamId, ...where } }))
        found.set(lead.id, lead);
    }
    return [...found.values()].sort((a, b) => a.number - b.number);
  }

  /** Deals with one of these CRM ids or of one of these leads. */
  async deals(
    teamId: string,
    keys: { externalIds: readonly string[]; leadIds: readonly string[] },
  ): Promise<StoredDeal[]> {
    const found = new Map<string, StoredDeal>();
    const lookups = [
      ...chunks(keys.externalIds).map((externalId) => ({ externalId: { in: externalId } })),
      ...chunks(keys.leadIds).map((leadId) => ({ leadId: { in: leadId } })),
    ];
    for (const where of lookups) {
      for (const deal of await this.prisma.deal.findMany({ where: { teamId, ...where } }))
        found.set(deal.id, moneyAsNumber(deal));
    }
    return [...found.values()].sort((a, b) => a.number - b.number);
  }

  /** Spend rows whose period starts within `starts`, the span of the file's periods. */
  async spend(teamId: string, starts: CalendarRange): Promise<StoredSpend[]> {
    return moneyAsNumber(
      await this.prisma.spend.findMany({
        where: { teamId, periodStart: { gte: starts.start, lte: starts.end } },
        select: { channel: true, amountMinor: true, currency: true, periodStart: true, periodEnd: true },
      }),
    );
  }
}
