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
 * The floor of the ICP data profile (IcpProfileStore.cohortFigures): the window's leads joined
 * once to their deals' events and grouped per attribute, instead of two lookups per lead.
 */

const GROUPING: Record<ProfileAttribute, string> = {
  industry: `NULLIF(LOWER(TRIM("industry")), '')`,
  segment: `"segment"`,
  companySize: `"companySize"`,
  country: `"country"`,
  source: `"source"`,
  product: `NULLIF(LOWER(TRIM("product")), '')`,
};

export function floorIcpCohort(context: FloorContext): Prisma.Sql {
  const { dialect, teamId } = context;
  const daysToOffer = dialect.elapsedDays(Prisma.sql`f."firstOfferAt"`, Prisma.sql`l."createdAt"`);
  const average =
    dialect.provider === 'sqlite' ? 'AVG("daysToOffer")' : 'CAST(AVG("daysToOffer") AS double precision)';
  const aggregates = `COUNT(*) AS "leads", COALESCE(SUM("won"), 0) AS "wins",
    COUNT("daysToOffer") AS "reachedOffer", ${average} AS "averageDaysToOffer"`;
  const perAttribute = PROFILE_ATTRIBUTES.map((attribute) =>
    Prisma.raw(`SELECT '${attribute}' AS "attribute", ${GROUPING[attribute]} AS "value", ${aggregates}
      FROM "cohort" GROUP BY ${GROUPING[attribute]}`),
  );
  return Prisma.sql`WITH "cohort" AS MATERIALIZED (
      SELECT l."industry", l."segment", l."companySize", l."country", l."source", l."product",
        COALESCE(f."won", 0) AS "won", ${daysToOffer} AS "daysToOffer"
      FROM "Lead" l LEFT JOIN (
        SELECT d."leadId", MAX(CASE WHEN e."toStage" = 'WON' THEN 1 ELSE 0 END) AS "won",
          MIN(CASE WHEN e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "firstOfferAt"
        FROM "Lead" cl JOIN "Deal" d ON d."leadId" = cl."id" JOIN "StageEvent" e ON e."dealId" = d."id"
        WHERE cl."teamId" = ${teamId} AND ${inWindow(context, 'cl."createdAt"')}
        GROUP BY d."leadId"
      ) f ON f."leadId" = l."id"
      WHERE l."teamId" = ${teamId} AND ${inWindow(context, 'l."createdAt"')}
    )
    SELECT 'all' AS "attribute", CAST(NULL AS TEXT) AS "value", ${Prisma.raw(aggregates)} FROM "cohort"
    UNION ALL ${Prisma.join(perAttribute, ' UNION ALL ')}`;
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
