import { Prisma } from '../../../generated/postgresql/client';
import type { SqlDialect } from '../../db/sqlDialect';

/**
 * Money in the team's currency (docs/METRICS.md → Money). A value in another currency is converted
 * with the team's rate in force on its day — the latest ExchangeRate of that currency starting at
 * or before it — and rounded to whole minor units. Without such a rate it is NULL, so sums and
 * averages leave it out, and `leftOutMinor` keeps it for the "excludes … (no rate)" notes.
 */

export type MoneyContext = { dialect: SqlDialect; teamId: string; currency: string };

/**
 * When an amount is dated: `at` an instant (a stage event), compared with the rate's local
 * midnight; or `on` a calendar date stored as a UTC midnight (a spend row's first day).
 */
export type AmountDate = { at: string } | { on: string };

/** The minor-unit factor of the team's rate for `currency` in force at the amount's date, or NULL. */
function rateFactor(context: MoneyContext, currency: string, date: AmountDate): Prisma.Sql {
  const [column, moment] = 'at' in date ? ['startsAt', date.at] : ['validFrom', date.on];
  return Prisma.sql`(SELECT r."minorFactor" FROM "ExchangeRate" r
    WHERE r."teamId" = ${context.teamId} AND r."currency" = ${Prisma.raw(currency)}
      AND r."toCurrency" = ${context.currency} AND r.${Prisma.raw(`"${column}"`)} <= ${Prisma.raw(moment)}
    ORDER BY r.${Prisma.raw(`"${column}"`)} DESC LIMIT 1)`;
}

function sqlOf(value: string | Prisma.Sql): Prisma.Sql {
  return typeof value === 'string' ? Prisma.raw(value) : value;
}

/** `value` (minor units in `currency`) in the team's currency, or NULL without a rate. */
export function inTeamCurrency(
  context: MoneyContext,
  value: string | Prisma.Sql,
  currency: string,
  date: AmountDate,
): Prisma.Sql {
  const amount = sqlOf(value);
  return Prisma.sql`CASE WHEN ${Prisma.raw(currency)} = ${context.currency} THEN ${amount}
    ELSE ROUND(${amount} * ${rateFactor(context, currency, date)}) END`;
}

/** `value` as it is when it could not be converted (another currency, no rate), else NULL. */
export function leftOutMinor(
  context: MoneyContext,
  value: string | Prisma.Sql,
  currency: string,
  date: AmountDate,
): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${Prisma.raw(currency)} <> ${context.currency}
    AND ${rateFactor(context, currency, date)} IS NULL THEN ${sqlOf(value)} END`;
}
