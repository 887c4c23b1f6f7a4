import type {
  AttributeValueCounts,
  CohortCounts,
  IcpFigures,
  ProfileAttribute,
} from '../../src/domain/icpProfile';
import { PROFILE_ATTRIBUTES } from '../../src/domain/icpProfile';
import { Prisma } from '../../src/generated/postgresql/client';
import { toNullableNumber, toNumber } from '../../src/store/db/sqlDialect';
import { wholeUtcDays } from '../../src/store/readModel/metrics/tables';
import { type FloorContext, inPartialDays } from './floorFragments';

/**
 * The floor of the ICP data profile (IcpProfileStore.cohortFigures), as of the window's end: the
 * window's whole UTC days added up from LeadDay and corrected by the leads whose wins or offers
 * came at or after the end (LeadFact's reached index), and the leads of its partial first and
 * last days from LeadFact, grouped per attribute ("all" for the totals).
 */

const DAY_MS = 86_400_000;

export function floorIcpCohort(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const whole = wholeUtcDays(context);
  const end = dialect.instant(context.end);
  const attributes = ['all', ...PROFILE_ATTRIBUTES];
  const wonBy = Prisma.sql`CASE WHEN f."wonAt" < ${end} THEN 1 ELSE 0 END`;
  const offeredBy = Prisma.sql`CASE WHEN f."firstOfferAt" < ${end} THEN 1 ELSE 0 END`;
  const msBy = Prisma.sql`CASE WHEN f."firstOfferAt" < ${end} THEN ${dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`)} ELSE 0 END`;
  const rowsOf = (table: string, leads: Prisma.Sql, wins: Prisma.Sql, offers: Prisma.Sql, ms: Prisma.Sql) =>
    attributes.map((attribute) => {
      const value = attribute === 'all' ? 'CAST(NULL AS TEXT)' : `f."${attribute}"`;
      return Prisma.sql`SELECT ${Prisma.raw(`'${attribute}'`)} AS "attribute", ${Prisma.raw(value)} AS "value",
        ${leads} AS "leads", ${wins} AS "wins", ${offers} AS "reachedOffer", ${ms} AS "daysToOfferMs"
      FROM ${Prisma.raw(`"${table}"`)} f`;
    });
  const partial = rowsOf('partialDays', Prisma.sql`1`, wonBy, offeredBy, msBy);
  // Leads of whole days that LeadDay counts as they are now: their wins and offers since the end come off.
  const since = rowsOf(
    'changedSince',
    Prisma.sql`0`,
    Prisma.sql`${wonBy} - f."won"`,
    Prisma.sql`${offeredBy} - CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END`,
    Prisma.sql`${msBy} - COALESCE(${dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`)}, 0)`,
  );
  const average = (ms: string, count: string) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(count)} > 0 THEN ${dialect.real(Prisma.raw(ms))} / ${Prisma.raw(count)} / ${Prisma.raw(`${DAY_MS}.0`)} END`;
  return Prisma.sql`WITH "partialDays" AS MATERIALIZED (
      SELECT * FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND ${inPartialDays(context, 'f."createdAt"')}
    ),
    "changedSince" AS MATERIALIZED (
      SELECT * FROM "LeadFact" f WHERE f."teamId" = ${teamId} AND f."lastReachedAt" >= ${end}
        AND f."createdAt" >= ${dialect.instant(whole.start)} AND f."createdAt" < ${dialect.instant(whole.end)}
    ),
    "profile" AS MATERIALIZED (
      SELECT "attribute", "value", SUM("leads") AS "leads", SUM("wins") AS "wins",
        SUM("reachedOffer") AS "reachedOffer", SUM("daysToOfferMs") AS "ms"
      FROM (
        SELECT "attribute", "value", "leads", "wins", "reachedOffer", "daysToOfferMs" FROM "LeadDay"
        WHERE "teamId" = ${teamId} AND "attribute" IN (${Prisma.join(attributes)})
          AND "day" >= ${dialect.instant(whole.start)} AND "day" < ${dialect.instant(whole.end)}
        UNION ALL ${Prisma.join([...partial, ...since], ' UNION ALL ')}
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
