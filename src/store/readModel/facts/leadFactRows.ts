import { PROFILE_ATTRIBUTES } from '../../../domain/icpProfile';
import { FUNNEL_STAGES } from '../../../domain/stages';
import { Prisma } from '../../../generated/postgresql/client';
import type { SqlDialect } from '../../db/sqlDialect';
import { type FactScope, inScope } from './factSql';

/**
 * A LeadFact row per lead in scope, from the lead, its deals' facts and their events: what the ICP
 * profile counts (a deal WON now and when it closed, the first stage change into OFFER or beyond,
 * each compared with the profile's cut-off by IcpProfileStore), when the lead first reached
 * each stage or a later one by a stage change (the funnel), and what the digest counts new leads
 * by. Its share of LeadDay is `leadDayShares` of the row.
 */

export const LEAD_FACT_COLUMNS = [
  'leadId',
  'teamId',
  'companyKey',
  'ownerId',
  'createdAt',
  'qualified',
  ...PROFILE_ATTRIBUTES,
  'won',
  'wonAt',
  'firstOfferAt',
  'qualifiedReachedAt',
  'discoveryReachedAt',
  'offerReachedAt',
  'negotiationReachedAt',
  'wonReachedAt',
  'lastReachedAt',
] as const;

/** LeadFact's column holding when a lead first reached each funnel stage after LEAD, or a later one. */
export const REACHED_COLUMNS = {
  QUALIFIED: 'qualifiedReachedAt',
  DISCOVERY: 'discoveryReachedAt',
  OFFER: 'offerReachedAt',
  NEGOTIATION: 'negotiationReachedAt',
  WON: 'wonReachedAt',
} as const;

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

/** The earlier of two instants, either of which may be null (the same on both databases). */
function earlier(first: string, second: string): string {
  return `CASE WHEN ${first} IS NULL OR ${second} < ${first} THEN ${second} ELSE ${first} END`;
}

/** The later of two instants, either of which may be null. */
function later(first: string, second: string): string {
  return `CASE WHEN ${first} IS NULL OR ${second} > ${first} THEN ${second} ELSE ${first} END`;
}

/** The columns of LEAD_FACT_COLUMNS, in order, for the leads in scope. */
export function leadFactRows(scope: FactScope): Prisma.Sql {
  const attributes = PROFILE_ATTRIBUTES.map((attribute) =>
    Prisma.raw(`${PROFILE_GROUPING[attribute]} AS "${attribute}"`),
  );
  // A lead qualified by itself has reached QUALIFIED too (the funnel's rules).
  const qualified = earlier('r."qualifiedByMoveAt"', 'r."qualifiedAt"');
  const profile = PROFILE_ATTRIBUTES.map((attribute) => `r."${attribute}"`).join(', ');
  const deepest = `COALESCE(r."wonReachedAt", r."negotiationReachedAt", r."offerReachedAt", r."discoveryReachedAt", ${qualified})`;
  // A lead is won when a deal of it is WON now (a reopen undoes a win); wonAt is its earliest
  // such closing, from DealFact (refreshed before LeadFact), so a profile "as of" a moment counts
  // only wins closed before it. The first offer is the funnel's OFFER reach (stage changes only).
  const wonAt = `(SELECT MIN(w."closedAt") FROM "DealFact" w WHERE w."leadId" = r."leadId" AND w."stage" = 'WON')`;
  return Prisma.sql`
    SELECT r."leadId", r."teamId", r."companyKey", r."ownerId", r."createdAt", r."qualified",
      ${Prisma.raw(profile)}, CASE WHEN ${Prisma.raw(wonAt)} IS NULL THEN 0 ELSE 1 END AS "won",
      ${Prisma.raw(wonAt)} AS "wonAt", r."offerReachedAt" AS "firstOfferAt",
      ${Prisma.raw(qualified)} AS "qualifiedReachedAt", r."discoveryReachedAt", r."offerReachedAt",
      r."negotiationReachedAt", r."wonReachedAt",
      ${Prisma.raw(later(deepest, wonAt))} AS "lastReachedAt"
    FROM (
      SELECT l."id" AS "leadId", l."teamId", l."companyKey", l."ownerId", l."createdAt",
        CASE WHEN l."status" = 'qualified' THEN 1 ELSE 0 END AS "qualified", l."qualifiedAt",
        ${Prisma.join(attributes, ', ')},
        ${reached('QUALIFIED')} AS "qualifiedByMoveAt", ${reached('DISCOVERY')} AS "discoveryReachedAt",
        ${reached('OFFER')} AS "offerReachedAt", ${reached('NEGOTIATION')} AS "negotiationReachedAt",
        ${reached('WON')} AS "wonReachedAt"
      FROM "Lead" l
        LEFT JOIN "Deal" d ON d."leadId" = l."id"
        LEFT JOIN "StageEvent" e ON e."dealId" = d."id"
      WHERE ${inScope(scope, 'l', 'id')}
      GROUP BY l."id"
    ) r`;
}

/** What LeadDay sums leads by: everyone ("all", no value), their owner, and the ICP attributes. */
export const LEAD_DAY_ATTRIBUTES = ['all', 'ownerId', ...PROFILE_ATTRIBUTES] as const;
export type LeadDayAttribute = (typeof LEAD_DAY_ATTRIBUTES)[number];

export const LEAD_DAY_KEY = ['teamId', 'attribute', 'day', 'valueKey'] as const;
export const LEAD_DAY_MEASURES = [
  'leads',
  'qualifiedLeads',
  'wins',
  'reachedOffer',
  'daysToOfferMs',
  'funnelQualified',
  'funnelDiscovery',
  'funnelOffer',
  'funnelNegotiation',
  'funnelWon',
] as const;
export const LEAD_DAY_COLUMNS = [...LEAD_DAY_KEY, 'value', ...LEAD_DAY_MEASURES] as const;

/** The key of a value: "=" and the value, or "" for none. */
export function leadDayValueKey(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE('=' || ${value}, '')`;
}

/**
 * Each lead's share of LeadDay, one row per attribute of `attributes`, times `sign` (-1 takes a
 * lead's old facts out): the columns of LEAD_DAY_COLUMNS from the LeadFact-shaped relation `facts`.
 */
export function leadDayShares(
  dialect: SqlDialect,
  facts: Prisma.Sql,
  options: { sign?: 1 | -1; attributes?: readonly LeadDayAttribute[] } = {},
): Prisma.Sql {
  const signed = (value: Prisma.Sql) => (options.sign === -1 ? Prisma.sql`-(${value})` : value);
  const funnel = Object.entries(REACHED_COLUMNS).map(([stage, column]) => {
    const name = `funnel${stage.charAt(0)}${stage.slice(1).toLowerCase()}`;
    return Prisma.sql`${signed(Prisma.raw(`CASE WHEN f."${column}" IS NOT NULL THEN 1 ELSE 0 END`))} AS ${Prisma.raw(`"${name}"`)}`;
  });
  const perAttribute = (options.attributes ?? LEAD_DAY_ATTRIBUTES).map((attribute) => {
    const value = attribute === 'all' ? Prisma.sql`CAST(NULL AS TEXT)` : Prisma.raw(`f."${attribute}"`);
    const daysToOffer = dialect.elapsedMs(Prisma.sql`f."firstOfferAt"`, Prisma.sql`f."createdAt"`);
    return Prisma.sql`
      SELECT f."teamId", ${Prisma.raw(`'${attribute}'`)} AS "attribute",
        ${dialect.utcDay(Prisma.sql`f."createdAt"`)} AS "day", ${leadDayValueKey(value)} AS "valueKey",
        ${value} AS "value", ${signed(Prisma.sql`1`)} AS "leads", ${signed(Prisma.sql`f."qualified"`)} AS "qualifiedLeads",
        ${signed(Prisma.sql`f."won"`)} AS "wins",
        ${signed(Prisma.sql`CASE WHEN f."firstOfferAt" IS NOT NULL THEN 1 ELSE 0 END`)} AS "reachedOffer",
        ${signed(Prisma.sql`COALESCE(${daysToOffer}, 0)`)} AS "daysToOfferMs",
        ${Prisma.join(funnel, ', ')}
      FROM ${facts} f`;
  });
  return Prisma.join(perAttribute, ' UNION ALL ');
}
