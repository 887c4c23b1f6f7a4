import type {
  AttributeValueCounts,
  CohortCounts,
  IcpFigures,
  ProfileAttribute,
} from '../../src/domain/icpProfile';
import { PROFILE_ATTRIBUTES } from '../../src/domain/icpProfile';
import { Prisma } from '../../src/generated/postgresql/client';
import { toNullableNumber, toNumber } from '../../src/store/sqlDialect';
import { type FloorContext, inWindow } from './floorFragments';

/**
 * The floor of the ICP data profile (IcpProfileStore.cohortFigures): the window's whole UTC days
 * added up from LeadProfileDay, and the leads of its partial first and last days from LeadFact,
 * grouped per attribute.
 */

const DAY_MS = 86_400_000;

export function floorIcpCohort(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const firstDay = new Date(Math.ceil(context.start.getTime() / DAY_MS) * DAY_MS);
  const endDay = new Date(Math.floor(context.end.getTime() / DAY_MS) * DAY_MS);
  const whole = firstDay < endDay;
  const partial = whole
    ? Prisma.sql`(f."createdAt" >= ${dialect.instant(context.start)} AND f."createdAt" < ${dialect.instant(firstDay)}
        OR f."createdAt" >= ${dialect.instant(endDay)} AND f."createdAt" < ${dialect.instant(context.end)})`
    : inWindow(context, 'f."createdAt"');
  const leadRows = PROFILE_ATTRIBUTES.map(
    (attribute) => Prisma.sql`SELECT ${Prisma.raw(`'${attribute}'`)} AS "attribute", f.${Prisma.raw(`"${attribute}"`)} AS "value",
      1 AS "leads", f."won" AS "wins", CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
      COALESCE(${dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`)}, 0) AS "daysToOfferMs"
    FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND ${partial}`,
  );
  const dayRows = whole
    ? Prisma.sql`SELECT "attribute", "value", "leads", "wins", "reachedOffer", "daysToOfferMs" FROM "LeadProfileDay"
        WHERE "teamId" = ${teamId} AND "day" >= ${dialect.instant(firstDay)} AND "day" < ${dialect.instant(endDay)}
        UNION ALL `
    : Prisma.empty;
  const average = (ms: string, count: string) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(count)} > 0 THEN ${dialect.real(Prisma.raw(ms))} / ${Prisma.raw(count)} / ${Prisma.raw(`${DAY_MS}.0`)} END`;
  return Prisma.sql`WITH "profile" AS MATERIALIZED (
      SELECT "attribute", "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
        SUM("reachedOffer") AS "reachedOffer", SUM("daysToOfferMs") AS "ms"
      FROM (${dayRows}${Prisma.join(leadRows, ' UNION ALL ')}) AS "rows"
      GROUP BY "attribute", "value" HAVING SUM("leads") > 0
    )
    SELECT 'all' AS "attribute", CAST(NULL AS TEXT) AS "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
      SUM("reachedOffer") AS "reachedOffer", ${average('SUM("ms")', 'SUM("reachedOffer")')} AS "averageDaysToOffer"
    FROM "profile" WHERE "attribute" = 'segment'
    UNION ALL
    SELECT "attribute", "value", "leads", "wins", "reachedOffer", ${average('"ms"', '"reachedOffer"')} FROM "profile"`;
}

type FigureRow = Record<string, unknown>;

/** The rows as IcpFigures, read the way IcpProfileStore reads its own. */
export function readIcpCohort(rows: FigureRow[]): IcpFigures {
  const counts = (row: FigureRow): CohortCounts => ({
    leads: toNumber(row.leads),
    wins: toNumber(row.wins),
    reachedOffer: toNumber(row.reachedOffer),
    averageDaysToOffer: toNullableNumber(row.averageDaysToOffer),
  });
  const totals = rows.find((row) => row.attribute === 'all');
  const values: AttributeValueCounts[] = rows
    .filter((row) => row.attribute !== 'all')
    .map((row) => ({
      attribute: row.attribute as ProfileAttribute,
      value: row.value === null ? null : String(row.value),
      ...counts(row),
    }));
  return {
    totals: totals ? counts(totals) : { leads: 0, wins: 0, reachedOffer: 0, averageDaysToOffer: null },
    values,
  };
}
