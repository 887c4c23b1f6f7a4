import { PROFILE_ATTRIBUTES } from '../../domain/icpProfile';
import { FUNNEL_STAGES } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import type { SqlDialect } from '../sqlDialect';
import { type FactScope, inScope } from './factSql';

/**
 * A LeadFact row per lead in scope, from the lead and all its deals' events: what the ICP profile
 * counts (any event: a win, the first event into OFFER or beyond) and, for the funnel, when the
 * lead first reached each stage or a later one by a stage change. Its LeadProfileDay share is
 * `profileShares` of the row.
 */

export const LEAD_FACT_COLUMNS = [
  'leadId',
  'teamId',
  'createdAt',
  'qualifiedAt',
  ...PROFILE_ATTRIBUTES,
  'won',
  'firstOfferAt',
  'qualifiedReachedAt',
  'discoveryReachedAt',
  'offerReachedAt',
  'negotiationReachedAt',
  'wonReachedAt',
] as const;

/** How the ICP profile groups each attribute: free text lower-cased and trimmed, empty as none. */
const PROFILE_GROUPING: Record<(typeof PROFILE_ATTRIBUTES)[number], string> = {
  industry: `NULLIF(LOWER(TRIM(l."industry")), '')`,
  segment: `l."segment"`,
  companySize: `l."companySize"`,
  country: `l."country"`,
  source: `l."source"`,
  product: `NULLIF(LOWER(TRIM(l."product")), '')`,
};

/** The first stage change into `stage` or any later funnel stage (LOST ranks nowhere). */
function reached(stage: (typeof FUNNEL_STAGES)[number]): Prisma.Sql {
  const later = FUNNEL_STAGES.slice(FUNNEL_STAGES.indexOf(stage))
    .map((each) => `'${each}'`)
    .join(', ');
  return Prisma.raw(`MIN(CASE WHEN e."kind" <> 'update' AND e."toStage" IN (${later}) THEN e."at" END)`);
}

/** The columns of LEAD_FACT_COLUMNS, in order, for the leads in scope. */
export function leadFactRows(scope: FactScope): Prisma.Sql {
  const attributes = PROFILE_ATTRIBUTES.map((attribute) =>
    Prisma.raw(`${PROFILE_GROUPING[attribute]} AS "${attribute}"`),
  );
  return Prisma.sql`
    SELECT l."id" AS "leadId", l."teamId", l."createdAt", l."qualifiedAt", ${Prisma.join(attributes, ', ')},
      COALESCE(MAX(CASE WHEN e."toStage" = 'WON' THEN 1 ELSE 0 END), 0) AS "won",
      MIN(CASE WHEN e."toStage" IN ('OFFER', 'NEGOTIATION', 'WON') THEN e."at" END) AS "firstOfferAt",
      ${reached('QUALIFIED')} AS "qualifiedReachedAt", ${reached('DISCOVERY')} AS "discoveryReachedAt",
      ${reached('OFFER')} AS "offerReachedAt", ${reached('NEGOTIATION')} AS "negotiationReachedAt",
      ${reached('WON')} AS "wonReachedAt"
    FROM "Lead" l
      LEFT JOIN "Deal" d ON d."leadId" = l."id"
      LEFT JOIN "StageEvent" e ON e."dealId" = d."id"
    WHERE ${inScope(scope, 'l', 'id')}
    GROUP BY l."id"`;
}

export const PROFILE_DAY_COLUMNS = [
  'teamId',
  'day',
  'attribute',
  'valueKey',
  'value',
  'leads',
  'wins',
  'reachedOffer',
  'daysToOfferMs',
] as const;

/** The key of a value: "=" and the value, or "" for none. */
export function profileValueKey(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE('=' || ${value}, '')`;
}

/**
 * Each lead's share of LeadProfileDay, one row per attribute, times `sign` (-1 takes a lead's old
 * facts out): the columns of PROFILE_DAY_COLUMNS from the LeadFact-shaped relation `facts`.
 */
export function profileShares(dialect: SqlDialect, facts: Prisma.Sql, sign: 1 | -1 = 1): Prisma.Sql {
  const signed = (value: Prisma.Sql) => (sign === 1 ? value : Prisma.sql`-(${value})`);
  const perAttribute = PROFILE_ATTRIBUTES.map((attribute) => {
    const value = Prisma.raw(`f."${attribute}"`);
    return Prisma.sql`
      SELECT f."teamId", ${dialect.utcDay(Prisma.sql`f."createdAt"`)} AS "day",
        ${Prisma.raw(`'${attribute}'`)} AS "attribute", ${profileValueKey(value)} AS "valueKey",
        ${value} AS "value", ${signed(Prisma.sql`1`)} AS "leads", ${signed(Prisma.sql`f."won"`)} AS "wins",
        ${signed(Prisma.sql`CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END`)} AS "reachedOffer",
        ${signed(Prisma.sql`COALESCE(${dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`)}, 0)`)}
          AS "daysToOfferMs"
      FROM ${facts} f`;
  });
  return Prisma.join(perAttribute, ' UNION ALL ');
}
