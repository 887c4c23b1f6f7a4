import type {
  AttributeValueCounts,
  CohortCounts,
  IcpFigures,
  ProfileAttribute,
} from '../../src/domain/icpProfile';
import { PROFILE_ATTRIBUTES } from '../../src/domain/icpProfile';
import { Prisma } from '../../src/generated/postgresql/client';
import { toNullableNumber, toNumber } from '../../src/store/sqlDialect';
import { wholeUtcDays } from '../../src/store/metrics/tables';
import { type FloorContext, inPartialDays } from './floorFragments';

/**
 * The floor of the ICP data profile (IcpProfileStore.cohortFigures): the window's whole UTC days
 * added up from LeadDay, and the leads of its partial first and last days from LeadFact, grouped
 * per attribute ("all" for the totals).
 */

const DAY_MS = 86_400_000;

export function floorIcpCohort(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const whole = wholeUtcDays(context);
  const attributes = ['all', ...PROFILE_ATTRIBUTES];
  const leadRows = attributes.map((attribute) => {
    const value = attribute === 'all' ? 'CAST(NULL AS TEXT)' : `f."${attribute}"`;
    return Prisma.sql`SELECT ${Prisma.raw(`'${attribute}'`)} AS "attribute", ${Prisma.raw(value)} AS "value",
      1 AS "leads", f."won" AS "wins", CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END AS "reachedOffer",
      COALESCE(${dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`)}, 0) AS "daysToOfferMs"
    FROM "partialDays" f`;
  });
  const average = (ms: string, count: string) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(count)} > 0 THEN ${dialect.real(Prisma.raw(ms))} / ${Prisma.raw(count)} / ${Prisma.raw(`${DAY_MS}.0`)} END`;
  return Prisma.sql`WITH "partialDays" AS MATERIALIZED (
      SELECT * FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND ${inPartialDays(context, 'f."createdAt"')}
    ),
    "profile" AS MATERIALIZED (
      SELECT "attribute", "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
        SUM("reachedOffer") AS "reachedOffer", SUM("daysToOfferMs") AS "ms"
      FROM (
        SELECT "attribute", "value", "leads", "wins", "reachedOffer", "daysToOfferMs" FROM "LeadDay"
        WHERE "teamId" = ${teamId} AND "attribute" IN (${Prisma.join(attributes)})
          AND "day" >= ${dialect.instant(whole.start)} AND "day" < ${dialect.instant(whole.end)}
        UNION ALL ${Prisma.join(leadRows, ' UNION ALL ')}
      ) AS "rows"
      GROUP BY "attribute", "value" HAVING SUM("leads") > 0
    )
    SELECT "attribute", "value", "leads", "wins", "reachedOffer", ${average('"ms"', '"reachedOffer"')} AS "averageDaysToOffer"
    FROM "profile"`;
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
