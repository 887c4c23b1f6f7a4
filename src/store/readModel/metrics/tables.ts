import { millisecondsInDay } from 'date-fns/constants';
import type { ReportingPeriod } from '../../../domain/digestFigures';
import { periodDates } from '../../../domain/periods';
import { Prisma } from '../../../generated/postgresql/client';
import type { SqlDialect } from '../../db/sqlDialect';
import { inTeamCurrency, leftOutMinor } from './teamMoney';

/**
 * The building blocks every metrics query shares: the periods (as a table, or one SELECT each),
 * the split of a window into whole UTC days (read from the day tables LeadDay and StageDay) and
 * partial ones (read from the rows), and the spend spread. The per-deal facts are in dealFacts.ts.
 * Tables are named common table expressions; `withTables` puts the ones a query needs in front.
 */

export type MetricsQueryContext = {
  dialect: SqlDialect;
  teamId: string;
  currency: string;
};

/** `"name" AS (…)`, for `withTables`. */
export type TableExpression = Prisma.Sql;

export function withTables(...tables: TableExpression[]): Prisma.Sql {
  return Prisma.sql`WITH ${Prisma.join(tables, ', ')}`;
}

/** Event `alias` is a stage change: a kind `update` row records new terms without a move (docs/METRICS.md). */
export function isStageChange(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."kind" <> 'update'`);
}

/**
 * One SELECT per period (`idx` 0 the oldest), joined with UNION ALL: each one reads its own range
 * of an index and aggregates it without grouping, so no row goes through a sort.
 */
export function eachPeriod(
  periods: readonly ReportingPeriod[],
  select: (period: ReportingPeriod, idx: Prisma.Sql) => Prisma.Sql,
): Prisma.Sql {
  return Prisma.join(
    periods.map((period, index) => select(period, Prisma.raw(String(index)))),
    ' UNION ALL ',
  );
}

/**
 * The whole UTC days inside a window, [start, end), for the tables kept per UTC day (StageDay,
 * LeadDay); the window's rows before and after them come from the rows themselves. With no
 * whole day inside, an empty range at the window's end, so the part before it is the whole window.
 */
export function wholeUtcDays(window: { start: Date; end: Date }): { start: Date; end: Date } {
  const start = new Date(Math.ceil(window.start.getTime() / millisecondsInDay) * millisecondsInDay);
  const end = new Date(Math.floor(window.end.getTime() / millisecondsInDay) * millisecondsInDay);
  return start < end ? { start, end } : { start: window.end, end: window.end };
}

/**
 * The rows of the window's partial UTC days, before and after its whole ones: `select` given the
 * condition that `column` (an instant) is in one of them, once for each, joined with UNION ALL so
 * each part reads one range of an index (either may be empty).
 */
export function inPartialDays(
  dialect: SqlDialect,
  window: { start: Date; end: Date },
  column: Prisma.Sql,
  select: (inRange: Prisma.Sql) => Prisma.Sql,
): Prisma.Sql {
  const whole = wholeUtcDays(window);
  const range = (from: Date, to: Date) =>
    Prisma.sql`${column} >= ${dialect.instant(from)} AND ${column} < ${dialect.instant(to)}`;
  return Prisma.sql`${select(range(window.start, whole.start))} UNION ALL ${select(range(whole.end, window.end))}`;
}

/** LeadDay `alias` rows of one attribute for the whole UTC days of the window. */
export function leadDaysOf(
  context: MetricsQueryContext,
  window: { start: Date; end: Date },
  attribute: string,
  alias = 'd',
): Prisma.Sql {
  const { dialect } = context;
  const whole = wholeUtcDays(window);
  const table = Prisma.raw(alias);
  return Prisma.sql`"LeadDay" ${table} WHERE ${table}."teamId" = ${context.teamId}
    AND ${table}."attribute" = ${Prisma.raw(`'${attribute}'`)}
    AND ${table}."day" >= ${dialect.instant(whole.start)} AND ${table}."day" < ${dialect.instant(whole.end)}`;
}

/**
 * `periods`(idx, startAt, endAt, firstDay, endDay, wholeStart, wholeEnd): one row per period, idx
 * 0 first. firstDay and endDay are the period's calendar dates as UTC midnights, the way spend rows
 * store dates; wholeStart and wholeEnd bound the whole UTC days inside it (`wholeUtcDays`).
 */
export function periodsTable(dialect: SqlDialect, periods: readonly ReportingPeriod[]): TableExpression {
  const rows = periods.map((period, index) => {
    const dates = periodDates(period);
    const whole = wholeUtcDays(period);
    const values = [
      dialect.integer(index),
      dialect.instant(period.start),
      dialect.instant(period.end),
      dialect.instant(dates.start),
      dialect.instant(dates.end),
      dialect.instant(whole.start),
      dialect.instant(whole.end),
    ];
    return Prisma.sql`(${Prisma.join(values, ', ')})`;
  });
  return Prisma.sql`"periods"("idx", "startAt", "endAt", "firstDay", "endDay", "wholeStart", "wholeEnd") AS (VALUES ${Prisma.join(rows, ', ')})`;
}

/**
 * The share of spend row `s` that falls in period row `p`, in whole minor units of the row's
 * currency: with amount A over N days and the period covering the row's days [from, to),
 * ⌊A·to/N⌋ − ⌊A·from/N⌋, the same exact spread as `spendShareMinor` (src/domain/spend.ts). Use with
 * `spendOverlaps`, and `spendInTeamCurrency` for the team's currency.
 */
export function spendShare(dialect: SqlDialect): Prisma.Sql {
  const days = dialect.calendarDays(Prisma.sql`s."periodEnd"`, Prisma.sql`s."periodStart"`);
  const offset = (day: Prisma.Sql) =>
    dialect.least(
      dialect.greatest(dialect.calendarDays(day, Prisma.sql`s."periodStart"`), Prisma.sql`0`),
      days,
    );
  const amount = dialect.wide(Prisma.sql`s."amountMinor"`);
  return Prisma.sql`(${amount} * ${offset(Prisma.sql`p."endDay"`)} / ${days} - ${amount} * ${offset(Prisma.sql`p."firstDay"`)} / ${days})`;
}

/** Spend row `s`'s share in period row `p`, in the team's currency at the rate of the row's first day (NULL without one). */
export function spendInTeamCurrency(context: MetricsQueryContext): Prisma.Sql {
  return inTeamCurrency(context, spendShare(context.dialect), 's."currency"', { on: 's."periodStart"' });
}

/** Spend row `s`'s share in period row `p` when it has no rate to the team's currency, else NULL. */
export function spendLeftOut(context: MetricsQueryContext): Prisma.Sql {
  return leftOutMinor(context, spendShare(context.dialect), 's."currency"', { on: 's."periodStart"' });
}

/** Spend rows `s` of the team, in any currency, overlapping period row `p`. */
export function spendOverlaps(context: MetricsQueryContext): Prisma.Sql {
  return Prisma.sql`s."teamId" = ${context.teamId}
    AND s."periodEnd" > s."periodStart" AND s."periodStart" < p."endDay" AND s."periodEnd" > p."firstDay"`;
}

/**
 * Per `group` (an expression over LeadFact `f`), the leads created in the window that were
 * qualified by its end (docs/METRICS.md → lead quality): rows ("group", "qualified") to add up.
 * The whole UTC days come from LeadDay's funnel count of `attribute` (`dayGroup` over its row
 * `d`), less the leads qualified only at or after the end (LeadFact's reached index: the few that
 * moved since); the partial days from LeadFact's cohort index.
 */
export function qualifiedByEnd(
  context: MetricsQueryContext,
  window: { start: Date; end: Date },
  attribute: string,
  group: { day: Prisma.Sql; fact: Prisma.Sql },
): Prisma.Sql {
  return reachedByEnd(context, window, attribute, group, {
    day: 'funnelQualified',
    at: 'qualifiedReachedAt',
  });
}

/**
 * The same for leads won by the window's end (a deal of theirs WON now and closed before the end,
 * as the ICP counts them): LeadDay's `wins` less the leads whose win closed at or after the end.
 */
export function wonByEnd(
  context: MetricsQueryContext,
  window: { start: Date; end: Date },
  attribute: string,
  group: { day: Prisma.Sql; fact: Prisma.Sql },
): Prisma.Sql {
  return reachedByEnd(context, window, attribute, group, { day: 'wins', at: 'wonAt' });
}

/** Rows ("group", "qualified"): LeadDay measure `day` counts the leads whose LeadFact `at` is set. */
function reachedByEnd(
  context: MetricsQueryContext,
  window: { start: Date; end: Date },
  attribute: string,
  group: { day: Prisma.Sql; fact: Prisma.Sql },
  measure: { day: string; at: string },
): Prisma.Sql {
  const { dialect, teamId } = context;
  const whole = wholeUtcDays(window);
  const end = dialect.instant(window.end);
  const at = Prisma.raw(`f."${measure.at}"`);
  return Prisma.sql`SELECT ${group.day} AS "group", d.${Prisma.raw(`"${measure.day}"`)} AS "qualified"
      FROM ${leadDaysOf(context, window, attribute)}
    UNION ALL
    SELECT ${group.fact}, -1 FROM "LeadFact" f
      WHERE f."teamId" = ${teamId} AND f."lastReachedAt" >= ${end} AND ${at} >= ${end}
        AND f."createdAt" >= ${dialect.instant(whole.start)} AND f."createdAt" < ${dialect.instant(whole.end)}
    UNION ALL
    ${inPartialDays(
      dialect,
      window,
      Prisma.sql`f."createdAt"`,
      (inRange) => Prisma.sql`SELECT ${group.fact}, 1 FROM "LeadFact" f
        WHERE f."teamId" = ${teamId} AND ${at} < ${end} AND ${inRange}`,
    )}`;
}
