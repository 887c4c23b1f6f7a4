import {
  type AttributeValueCounts,
  type CohortCounts,
  type IcpFigures,
  PROFILE_ATTRIBUTES,
  type ProfileAttribute,
} from '../../domain/icpProfile';
import { millisecondsInDay } from 'date-fns/constants';
import { Prisma } from '../../generated/postgresql/client';
import { readInOneSnapshot } from './offThreadReads';
import type { SnapshotSource } from '../db/database';
import { leadDayShares, REACHED_COLUMNS } from './facts/leadFactRows';
import { inPartialDays, wholeUtcDays } from './metrics/tables';
import { type SqlDialect, sqlDialect, toNullableNumber, toNumber } from '../db/sqlDialect';

const TOTALS_ATTRIBUTE = 'all';

type FigureRow = {
  attribute: string;
  value: string | null;
  leads: unknown;
  wins: unknown;
  reachedOffer: unknown;
  averageDaysToOffer: unknown;
};

/**
 * LeadFact-shaped rows of `facts` as they stood at `cutoff`: won only by a win closed before it,
 * the first offer and the funnel's reaches only when before it (docs/METRICS.md → ICP).
 */
function asOf(dialect: SqlDialect, facts: Prisma.Sql, cutoff: Date): Prisma.Sql {
  const before = (column: string) => {
    const name = Prisma.raw(`"${column}"`);
    return Prisma.sql`CASE WHEN f.${name} < ${dialect.instant(cutoff)} THEN f.${name} END AS ${name}`;
  };
  const attributes = PROFILE_ATTRIBUTES.map((attribute) => `f."${attribute}"`).join(', ');
  return Prisma.sql`(SELECT f."teamId", f."createdAt", f."ownerId", f."qualified", ${Prisma.raw(attributes)},
      CASE WHEN f."wonAt" < ${dialect.instant(cutoff)} THEN 1 ELSE 0 END AS "won",
      ${Prisma.join(['firstOfferAt', ...Object.values(REACHED_COLUMNS)].map(before), ', ')}
    FROM ${facts} f)`;
}

/**
 * For the leads created in [start, end), as they stood at `end`: per value of each attribute, how
 * many leads, how many were won (a deal of the lead is WON now and closed before `end`), how many
 * reached OFFER before `end` (a stage change into OFFER, NEGOTIATION or WON, so skips count) and
 * the average days from lead creation to first reaching it; plus totals (attribute "all").
 * Whole UTC days of the window are added up from LeadDay, less the leads that changed at or after
 * `end` (LeadFact's reached index: few) counted as they are and plus those counted as they were;
 * the leads of the partial days at its ends from LeadFact (src/store/readModel/facts), so the cost follows
 * the days, not the leads.
 */
export function icpCohortQuery(
  dialect: SqlDialect,
  teamId: string,
  window: { start: Date; end: Date },
): Prisma.Sql {
  const instant = (value: Date) => dialect.instant(value);
  const whole = wholeUtcDays(window);
  const attributes = [TOTALS_ATTRIBUTE, ...PROFILE_ATTRIBUTES] as const;
  const columns = Prisma.sql`"attribute", "valueKey", "value", "leads", "wins", "reachedOffer", "daysToOfferMs"`;
  const averageDays = (ms: string, count: string) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(count)} > 0
      THEN ${dialect.real(Prisma.raw(ms))} / ${Prisma.raw(count)} / ${Prisma.raw(`${millisecondsInDay}.0`)} END`;
  const shares = (facts: Prisma.Sql, sign: 1 | -1 = 1) =>
    Prisma.sql`SELECT ${columns} FROM (${leadDayShares(dialect, facts, { attributes, sign })}) AS "shares"`;
  return Prisma.sql`
    WITH "partialDays" AS MATERIALIZED (${inPartialDays(
      dialect,
      window,
      Prisma.sql`"createdAt"`,
      (inRange) => Prisma.sql`SELECT * FROM "LeadFact" WHERE "teamId" = ${teamId} AND ${inRange}`,
    )}),
    "changedSince" AS MATERIALIZED (
      SELECT * FROM "LeadFact" WHERE "teamId" = ${teamId} AND "lastReachedAt" >= ${instant(window.end)}
        AND "createdAt" >= ${instant(whole.start)} AND "createdAt" < ${instant(whole.end)}
    ),
    "profile" AS MATERIALIZED (
      SELECT "attribute", MIN("value") AS "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
        SUM("reachedOffer") AS "reachedOffer", SUM("daysToOfferMs") AS "daysToOfferMs"
      FROM (
        SELECT ${columns} FROM "LeadDay"
        WHERE "teamId" = ${teamId} AND "attribute" IN (${Prisma.join(attributes)})
          AND "day" >= ${instant(whole.start)} AND "day" < ${instant(whole.end)}
        UNION ALL ${shares(Prisma.sql`"changedSince"`, -1)}
        UNION ALL ${shares(asOf(dialect, Prisma.sql`"changedSince"`, window.end))}
        UNION ALL ${shares(asOf(dialect, Prisma.sql`"partialDays"`, window.end))}
      ) AS "days"
      GROUP BY "attribute", "valueKey"
      HAVING SUM("leads") > 0
    )
    SELECT "attribute", "value", "leads", "wins", "reachedOffer",
      ${averageDays('"daysToOfferMs"', '"reachedOffer"')} AS "averageDaysToOffer"
    FROM "profile"`;
}

/** Aggregations behind the data-derived ideal customer profile, all computed in SQL. */
export class IcpProfileStore {
  constructor(private readonly database: SnapshotSource) {}

  /** The ICP profile's figures for the leads created in [start, end) (see icpCohortQuery). */
  async cohortFigures(teamId: string, window: { start: Date; end: Date }): Promise<IcpFigures> {
    // Off the event loop on the embedded database (src/store/readModel).
    const [rows = []] = (await readInOneSnapshot(this.database, [
      icpCohortQuery(sqlDialect(this.database.provider), teamId, window),
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
