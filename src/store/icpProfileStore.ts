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
      Prisma.sql`f."firstOfferAt"`,
      Prisma.sql`l."createdAt"`,
    );
    const inWindow = (alias: string) =>
      Prisma.sql`${Prisma.raw(alias)}."teamId" = ${teamId} AND ${Prisma.raw(alias)}."createdAt" >= ${window.start}
        AND ${Prisma.raw(alias)}."createdAt" < ${window.end}`;
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
    // Off the event loop on the embedded database (src/store/aggregates). The cohort is
    // materialised once; SQLite would otherwise recompute it in each of the seven groupings.
    const [rows = []] = (await readInOneSnapshot(this.prisma, this.provider, [
      Prisma.sql`
      WITH "cohort" AS MATERIALIZED (
        SELECT l."industry", l."segment", l."companySize", l."country", l."source", l."product",
          COALESCE(f."won", 0) AS "won", ${daysToOffer} AS "daysToOffer"
        FROM "Lead" l LEFT JOIN (
          -- The cohort's deal events, read once and folded per lead (not two lookups per lead).
          SELECT d."leadId", MAX(CASE WHEN e."toStage" = 'WON' THEN 1 ELSE 0 END) AS "won",
            MIN(CASE WHEN e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "firstOfferAt"
          FROM "Lead" cl JOIN "Deal" d ON d."leadId" = cl."id" JOIN "StageEvent" e ON e."dealId" = d."id"
          WHERE ${inWindow('cl')}
          GROUP BY d."leadId"
        ) f ON f."leadId" = l."id"
        WHERE ${inWindow('l')}
      )
      SELECT ${Prisma.raw(`'${TOTALS_ATTRIBUTE}'`)} AS "attribute", CAST(NULL AS TEXT) AS "value", ${aggregates} FROM "cohort"
      UNION ALL ${Prisma.join(perAttribute, ' UNION ALL ')}`,
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
