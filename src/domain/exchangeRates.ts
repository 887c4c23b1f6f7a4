import { parseIsoDate } from './calendar';
import { currencyMinorDigits, normalizeCurrency } from './money';
import type { QuickToken } from './quickText';
import type { TeamsProblem } from './teamSettings';

/**
 * A team's exchange rates (docs/METRICS.md → Money): how many units of the team's currency one
 * unit of another currency is worth, from a calendar date on. Digests convert each amount with the
 * rate in force on its day; an amount with no rate is left out of totals and named beside them.
 */

/** What `/tandem rate EUR 4.31 [from:]2026-11-01` asks for; the date defaults to today. */
export type RateSetting = { currency: string; rate: number; from?: Date };

export const RATE_EXAMPLE = '/tandem rate EUR 4.31 from:2026-11-01';

/** The largest rate accepted: a typo guard far above any real currency pair. */
const MAX_RATE = 1_000_000;

export type RateParse = { ok: true; value: RateSetting } | { ok: false; problem: TeamsProblem };

/** A positive decimal written with a point or a comma ("4.31", "4,31"). */
function parseRate(text: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  const rate = Number(text.replace(',', '.'));
  return rate > 0 && rate <= MAX_RATE ? rate : undefined;
}

/** Reads the words after `/tandem rate`: a currency code, a rate, and optionally the date it applies from. */
export function parseRateSetting(tokens: readonly QuickToken[]): RateParse {
  const refuse = (problem: TeamsProblem): RateParse => ({ ok: false, problem });
  // The date may be written as `from:2026-11-01` or on its own; any other key:value is unknown.
  const words = tokens.map((token) =>
    token.kind === 'word' || token.key === 'from' ? token.value : `${token.rawKey}:${token.value}`,
  );
  const [currencyText, rateText, dateText, ...extra] = words;
  if (!currencyText || !rateText || extra.length > 0) return refuse({ code: 'teams.problem.rateMissing' });
  const currency = normalizeCurrency(currencyText);
  if (!currency) return refuse({ code: 'teams.problem.currencyInvalid', params: { value: currencyText } });
  const rate = parseRate(rateText);
  if (rate === undefined) return refuse({ code: 'teams.problem.rateInvalid', params: { value: rateText } });
  if (dateText === undefined) return { ok: true, value: { currency, rate } };
  const from = parseIsoDate(dateText);
  if (!from) return refuse({ code: 'teams.problem.rateDateInvalid', params: { value: dateText } });
  return { ok: true, value: { currency, rate, from } };
}

/**
 * Minor units of `to` per minor unit of `from` at `rate` (units of `to` per unit of `from`):
 * EUR → PLN at 4.31 is 4.31 (both have 2 decimals), JPY → PLN at 0.027 is 2.7.
 */
export function minorFactor(rate: number, from: string, to: string): number {
  return rate * 10 ** (currencyMinorDigits(to) - currencyMinorDigits(from));
}
