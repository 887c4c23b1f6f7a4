import {
  type AttributeValueCounts,
  type CohortCounts,
  type IcpFigures,
  PROFILE_ATTRIBUTES,
  type ProfileAttribute,
} from '../domain/icpProfile';
import { Prisma } from '../generated/postgresql/client';
import type { PrismaDatabase } from './database';
import type { DatabaseProvider } from './databaseUrl';
import { sqlDialect, toNullableNumber, toNumber } from './sqlDialect';

/** How each attribute is grouped: free-text columns case-insensitively, empty text as unknown. */
const ATTRIBUTE_EXPRESSIONS: Record<ProfileAttribute, Prisma.Sql> = {
  industry: Prisma.sql`NULLIF(LOWER(TRIM("industry")), '')`,
  segment: Prisma.sql`"segment"`,
  companySize: Prisma.sql`"companySize"`,
  country: Prisma.sql`"country"`,
  source: Prisma.sql`"source"`,
  product: Prisma.sql`NULLIF(LOWER(TRIM("product")), '')`,
};

const TOTALS_ATTRIBUTE = 'all';

type FigureRow = {
  attribute: string;
  value: string | null;
  leads: unknown;
  wins: unknown;
  reachedOffer: unknown;
  averageDaysToOffer: unknown;
};

/** Aggregations behind the data-derived ideal customer profile, all computed in SQL. */
export class IcpProfileStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly provider: DatabaseProvider,
  ) {}

  /**
   * For the leads created in [start, end): per value of each attribute, how many leads, how many
   * won (a deal entered WON), how many reached OFFER (a deal entered OFFER, NEGOTIATION or WON,
   * so skips count) and the average days from lead creation to first reaching it; plus totals.
   */
  async cohortFigures(teamId: string, window: { start: Date; end: Date }): Promise<IcpFigures> {
    const daysToOffer = sqlDialect(this.provider).elapsedDays(
      Prisma.sql`MIN(e."at")`,
      Prisma.sql`l."createdAt"`,
    );
    const aggregates = Prisma.sql`
      CAST(COUNT(*) AS INTEGER) AS "leads",
      CAST(COALESCE(SUM("won"), 0) AS INTEGER) AS "wins",
      CAST(COUNT("daysToOffer") AS INTEGER) AS "reachedOffer",
      CAST(AVG("daysToOffer") AS DOUBLE PRECISION) AS "averageDaysToOffer"`;
    // Attribute names are constants of this module, so they are inlined as SQL literals.
    const perAttribute = PROFILE_ATTRIBUTES.map(
      (attribute) => Prisma.sql`
        SELECT ${Prisma.raw(`'${attribute}'`)} AS "attribute", ${ATTRIBUTE_EXPRESSIONS[attribute]} AS "value", ${aggregates}
        FROM "cohort" GROUP BY ${ATTRIBUTE_EXPRESSIONS[attribute]}`,
    );
    const rows = await this.prisma.$queryRaw<FigureRow[]>(Prisma.sql`
      WITH "cohort" AS (
        SELECT l."industry", l."segment", l."companySize", l."country", l."source", l."product",
          CASE WHEN EXISTS (
            SELECT 1 FROM "Deal" d JOIN "StageEvent" e ON e."dealId" = d."id"
            WHERE d."leadId" = l."id" AND e."toStage" = 'WON'
          ) THEN 1 ELSE 0 END AS "won",
          (
            SELECT ${daysToOffer} FROM "Deal" d JOIN "StageEvent" e ON e."dealId" = d."id"
            WHERE d."leadId" = l."id" AND e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON')
          ) AS "daysToOffer"
        FROM "Lead" l
        WHERE l."teamId" = ${teamId} AND l."createdAt" >= ${window.start} AND l."createdAt" < ${window.end}
      )
      SELECT ${Prisma.raw(`'${TOTALS_ATTRIBUTE}'`)} AS "attribute", CAST(NULL AS TEXT) AS "value", ${aggregates} FROM "cohort"
      UNION ALL ${Prisma.join(perAttribute, ' UNION ALL ')}`);
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
