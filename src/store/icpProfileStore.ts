import {
  type AttributeValueCounts,
  type CohortCounts,
  type IcpFigures,
  PROFILE_ATTRIBUTES,
  type ProfileAttribute,
} from '../domain/icpProfile';
import { Prisma } from '../generated/postgresql/client';
import { readInOneSnapshot } from './aggregates/offThreadReads';
import type { PrismaDatabase } from './database';
import type { DatabaseProvider } from './databaseUrl';
import { profileShares } from './facts/leadFactRows';
import { type SqlDialect, sqlDialect, toNullableNumber, toNumber } from './sqlDialect';

const TOTALS_ATTRIBUTE = 'all';
const DAY_MS = 86_400_000;

type FigureRow = {
  attribute: string;
  value: string | null;
  leads: unknown;
  wins: unknown;
  reachedOffer: unknown;
  averageDaysToOffer: unknown;
};

/**
 * For the leads created in [start, end): per value of each attribute, how many leads, how many won
 * (a deal entered WON), how many reached OFFER (a deal entered OFFER, NEGOTIATION or WON, so skips
 * count) and the average days from lead creation to first reaching it; plus totals (attribute
 * "all"). Whole UTC days of the window are added up from LeadProfileDay; the partial days at its
 * ends from the leads' LeadFact rows (src/store/facts), so the cost follows the days, not the leads.
 */
export function icpCohortQuery(
  dialect: SqlDialect,
  teamId: string,
  window: { start: Date; end: Date },
): Prisma.Sql {
  const instant = (value: Date) => dialect.instant(value);
  const firstDay = new Date(Math.ceil(window.start.getTime() / DAY_MS) * DAY_MS);
  const endDay = new Date(Math.floor(window.end.getTime() / DAY_MS) * DAY_MS);
  const leadsBetween = (from: Date, to: Date) => Prisma.sql`(SELECT * FROM "LeadFact"
    WHERE "teamId" = ${teamId} AND "createdAt" >= ${instant(from)} AND "createdAt" < ${instant(to)})`;
  const columns = Prisma.sql`"attribute", "valueKey", "value", "leads", "wins", "reachedOffer", "daysToOfferMs"`;
  const sharesOf = (from: Date, to: Date, name: string) =>
    Prisma.sql`SELECT ${columns} FROM (${profileShares(dialect, leadsBetween(from, to))}) AS ${Prisma.raw(`"${name}"`)}`;
  const parts =
    firstDay < endDay
      ? [
          Prisma.sql`SELECT ${columns} FROM "LeadProfileDay"
            WHERE "teamId" = ${teamId} AND "day" >= ${instant(firstDay)} AND "day" < ${instant(endDay)}`,
          sharesOf(window.start, firstDay, 'head'),
          sharesOf(endDay, window.end, 'tail'),
        ]
      : [sharesOf(window.start, window.end, 'leads')];
  const averageDays = (ms: string, count: string) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(count)} > 0
      THEN ${dialect.real(Prisma.raw(ms))} / ${Prisma.raw(count)} / ${Prisma.raw(`${DAY_MS}.0`)} END`;
  // Every lead has one value of each attribute (none included), so any attribute's sums are the totals.
  return Prisma.sql`
    WITH "profile" AS MATERIALIZED (
      SELECT "attribute", MIN("value") AS "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
        SUM("reachedOffer") AS "reachedOffer", SUM("daysToOfferMs") AS "daysToOfferMs"
      FROM (${Prisma.join(parts, ' UNION ALL ')}) AS "days"
      GROUP BY "attribute", "valueKey"
      HAVING SUM("leads") > 0
    )
    SELECT ${Prisma.raw(`'${TOTALS_ATTRIBUTE}'`)} AS "attribute", CAST(NULL AS TEXT) AS "value",
      SUM("leads") AS "leads", SUM("wins") AS "wins", SUM("reachedOffer") AS "reachedOffer",
      ${averageDays('SUM("daysToOfferMs")', 'SUM("reachedOffer")')} AS "averageDaysToOffer"
    FROM "profile" WHERE "attribute" = ${Prisma.raw(`'${PROFILE_ATTRIBUTES[0]}'`)}
    UNION ALL
    SELECT "attribute", "value", "leads", "wins", "reachedOffer",
      ${averageDays('"daysToOfferMs"', '"reachedOffer"')} AS "averageDaysToOffer"
    FROM "profile"`;
}

/** Aggregations behind the data-derived ideal customer profile, all computed in SQL. */
export class IcpProfileStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly provider: DatabaseProvider,
  ) {}

  /** The ICP profile's figures for the leads created in [start, end) (see icpCohortQuery). */
  async cohortFigures(teamId: string, window: { start: Date; end: Date }): Promise<IcpFigures> {
    // Off the event loop on the embedded database (src/store/aggregates).
    const [rows = []] = (await readInOneSnapshot(this.prisma, this.provider, [
      icpCohortQuery(sqlDialect(this.provider), teamId, window),
    ])) as FigureRow[][];
    const counts = (row: FigureRow): CohortCounts => ({
      leads: toNumber(row.leads),
      wins: toNumber(row.wins),
      reachedOffer: toNumber(row.reachedOffer),
      averageDaysToOffer: toNullableNumber(row.averageDaysToOffer),
    });
    const totalsRow = rows.find((row) => row.attribute === TOTALS_ATTRIBUTE);
    const values: AttributeValueCounts[] = rows
      .filter((row) => row.attribute !== TOTALS_ATTRIBUTE)
      .map((row) => ({ attribute: row.attribute as ProfileAttribute, value: row.value, ...counts(row) }));
    return {
      totals: totalsRow
        ? counts(totalsRow)
        : { leads: 0, wins: 0, reachedOffer: 0, averageDaysToOffer: null },
      values,
    };
  }
}
