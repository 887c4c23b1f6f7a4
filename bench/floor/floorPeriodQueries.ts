import { Prisma } from '../../src/generated/postgresql/client';
import {
  periodsTable,
  qualifiedByEnd,
  spendInTeamCurrency,
  spendOverlaps,
} from '../../src/store/readModel/metrics/tables';
import type { ReportingPeriod } from '../../src/domain/digestFigures';
import { STAGES } from '../../src/domain/stages';
import {
  closingRows,
  firstOfferRows,
  type FloorContext,
  inPartialDays,
  inWindow,
  leadDays,
} from './floorFragments';

/**
 * The floor's per-period groups (volume, stage entries, offers, outcomes), each one query over
 * the six trend periods at once, returning the same columns as the digest's query of that group.
 */

export function floorVolume(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect, teamId } = context;
  const qualifyDays = dialect.elapsedDays(Prisma.sql`q."qualifiedReachedAt"`, Prisma.sql`q."createdAt"`);
  return Prisma.sql`WITH ${periodsTable(dialect, periods)}
    ${perPeriod(
      context,
      periods,
      (period, idx) => Prisma.sql`
      SELECT ${Prisma.raw(String(idx))} AS "idx",
        (SELECT COALESCE(SUM(d."leads"), 0) FROM ${leadDays(period, 'all')})
          + (SELECT COUNT(*) FROM "Lead" l WHERE l."teamId" = ${teamId} AND ${inPartialDays(period, 'l."createdAt"')})
          AS "leadsCreated",
        (SELECT COALESCE(SUM("qualified"), 0) FROM (${qualifiedByEnd(context, period, 'all', {
          day: Prisma.sql`0`,
          fact: Prisma.sql`0`,
        })}) q) AS "leadsCreatedQualified",
        (SELECT ${dialect.real(Prisma.sql`AVG(${qualifyDays})`)} FROM "LeadFact" q
          WHERE q."teamId" = ${teamId} AND ${inWindow(period, 'q."qualifiedReachedAt"')}) AS "averageDaysToQualify",
        (SELECT COUNT(*) FROM "Feedback" f WHERE f."teamId" = ${teamId} AND f."sentiment" = 'positive'
          AND ${inWindow(period, 'f."createdAt"')}) AS "positiveFeedback",
        (SELECT SUM(${spendInTeamCurrency(context)}) FROM "periods" p CROSS JOIN "Spend" s
          WHERE p."idx" = ${Prisma.raw(String(idx))} AND ${spendOverlaps(context)}) AS "spendMinor"`,
    )}`;
}

/** Per period and stage: the whole UTC days from StageDay, the partial ones from the event index. */
export function floorStageEntries(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const stages = Prisma.raw(STAGES.map((stage) => `('${stage}')`).join(', '));
  const events = (from: string, to: string) => Prisma.sql`(SELECT COUNT(*) FROM "StageEvent" e
    WHERE e."teamId" = ${context.teamId} AND e."toStage" = s."stage" AND e."kind" <> 'update'
      AND e."at" >= p.${Prisma.raw(`"${from}"`)} AND e."at" < p.${Prisma.raw(`"${to}"`)})`;
  return Prisma.sql`WITH ${periodsTable(context.dialect, periods)}, "stages"("stage") AS (VALUES ${stages})
    SELECT p."idx", s."stage",
      COALESCE((SELECT SUM(d."entries") FROM "StageDay" d WHERE d."teamId" = ${context.teamId}
        AND d."toStage" = s."stage" AND d."day" >= p."wholeStart" AND d."day" < p."wholeEnd"), 0)
      + ${events('startAt', 'wholeStart')} + ${events('wholeEnd', 'endAt')} AS "entries"
    FROM "periods" p CROSS JOIN "stages" s`;
}

/** Each period's own SELECT (its window as a FloorContext), joined with UNION ALL. */
function perPeriod(
  context: FloorContext,
  periods: readonly ReportingPeriod[],
  select: (period: FloorContext, idx: number) => Prisma.Sql,
): Prisma.Sql {
  return Prisma.join(
    periods.map((period, idx) => select({ ...context, start: period.start, end: period.end }, idx)),
    ' UNION ALL ',
  );
}

export function floorOffers(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const preparation = dialect.elapsedDays(Prisma.sql`o."offerAt"`, Prisma.sql`o."discoveryAt"`);
  return perPeriod(
    context,
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${Prisma.raw(String(idx))} AS "idx", COUNT(*) AS "offersSent",
      ${dialect.real(Prisma.sql`AVG(o."offerValueMinor")`)} AS "averageOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN o."discoveryAt" <= o."offerAt" THEN ${preparation} END)`)}
        AS "averageOfferPreparationDays",
      (SELECT COUNT(*) FROM "DealFact" g WHERE g."teamId" = ${context.teamId}
        AND ${inWindow(period, 'g."firstDiscoveryAt"')}) AS "discoveryDeals",
      (SELECT COUNT(*) FROM "DealFact" g WHERE g."teamId" = ${context.teamId}
        AND ${inWindow(period, 'g."firstDiscoveryAt"')}
        AND ((g."firstOfferAt" >= g."firstDiscoveryAt" AND g."firstOfferAt" < ${dialect.instant(period.end)})
          OR (g."firstNegotiationAt" >= g."firstDiscoveryAt" AND g."firstNegotiationAt" < ${dialect.instant(period.end)})))
        AS "discoveryDealsWithOffer"
    FROM (${firstOfferRows(period)}) o`,
  );
}

export function floorOutcomes(context: FloorContext, periods: readonly ReportingPeriod[]): Prisma.Sql {
  const { dialect } = context;
  const won = Prisma.sql`f."outcome" = 'WON'`;
  const kept = Prisma.sql`${won} AND f."closeValueMinor" IS NOT NULL AND f."firstOfferValueMinor" > 0`;
  // Deals that made an offer (entered OFFER or NEGOTIATION); one created as WON made none.
  const reachedOffer = Prisma.sql`f."reachedOffer"`;
  const daysToClose = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."openedAt"`);
  const leadToCustomer = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."leadCreatedAt"`);
  const negotiationDays = dialect.elapsedDays(Prisma.sql`f."closedAt"`, Prisma.sql`f."firstNegotiationAt"`);
  return perPeriod(
    context,
    periods,
    (period, idx) => Prisma.sql`
    SELECT ${Prisma.raw(String(idx))} AS "idx",
      SUM(CASE WHEN ${won} THEN 1 ELSE 0 END) AS "wins",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN 1 ELSE 0 END) AS "losses",
      SUM(CASE WHEN ${won} THEN f."closeValueMinor" END) AS "wonValueMinor",
      SUM(CASE WHEN f."outcome" = 'LOST' THEN f."closeValueMinor" END) AS "lostValueMinor",
      SUM(${reachedOffer}) AS "decidedAfterOffer",
      SUM(CASE WHEN ${won} THEN ${reachedOffer} ELSE 0 END) AS "wonAfterOffer",
      SUM(f."negotiated") AS "decidedAfterNegotiation",
      SUM(CASE WHEN ${won} THEN f."negotiated" ELSE 0 END) AS "wonAfterNegotiation",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN f."closeDiscountPct" END)`)} AS "averageDiscountPct",
      SUM(CASE WHEN ${won} AND f."closeDiscountPct" IS NULL THEN 1 ELSE 0 END) AS "winsWithoutDiscount",
      -- A win of unknown value (an import's) has no value at all, in any currency.
      SUM(CASE WHEN ${won} AND f."closeValueMinor" IS NULL AND f."closeLeftOutMinor" IS NULL THEN 1 ELSE 0 END)
        AS "winsWithoutValue",
      SUM(CASE WHEN ${kept} THEN f."closeValueMinor" END) AS "keptWonValueMinor",
      SUM(CASE WHEN ${kept} THEN f."firstOfferValueMinor" END) AS "keptOfferValueMinor",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${daysToClose} END)`)} AS "averageDaysToClose",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN ${won} THEN ${leadToCustomer} END)`)} AS "averageDaysLeadToCustomer",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN f."negotiationRounds" END)`)}
        AS "averageNegotiationRounds",
      ${dialect.real(Prisma.sql`AVG(CASE WHEN f."negotiated" = 1 THEN ${negotiationDays} END)`)}
        AS "averageNegotiationDays",
      SUM(CASE WHEN ${won} AND f."previousClientWinAt" IS NULL THEN 1 ELSE 0 END) AS "newCustomers",
      SUM(CASE WHEN ${won} AND f."previousClientWinAt" < ${dialect.instant(period.start)} THEN 1 ELSE 0 END)
        AS "repeatCustomers"
    FROM (${closingRows(period)}) f`,
  );
}
