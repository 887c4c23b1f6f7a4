import type { Translator } from '../../i18n/translator';
import type { ExchangeRateRecord } from '../../store/repos/exchangeRateStore';
import { section, type SlackMessage } from '../../blockKit/message';

/** Rates are shown as typed, up to six decimals. */
const RATE_DIGITS = 6;

function rateLine(t: Translator, rate: ExchangeRateRecord): string {
  return t.t('teams.rate.line', {
    currency: rate.currency,
    rate: t.number(rate.rate, RATE_DIGITS),
    teamCurrency: rate.toCurrency,
    date: t.date(rate.validFrom, 'd MMM yyyy', 'UTC'),
  });
}

/** `/tandem rate`: the team's rates to its currency, each from its date; `saved` first when one was just set. */
export function buildExchangeRatesMessage(
  t: Translator,
  teamCurrency: string,
  rates: readonly ExchangeRateRecord[],
  saved?: ExchangeRateRecord,
): SlackMessage {
  const lines = [
    ...(saved
      ? [
          `:white_check_mark: ${t.t('teams.rate.saved', {
            currency: saved.currency,
            rate: t.number(saved.rate, RATE_DIGITS),
            teamCurrency,
            date: t.date(saved.validFrom, 'd MMM yyyy', 'UTC'),
          })}`,
        ]
      : []),
    rates.length === 0
      ? t.t('teams.rate.none')
      : [t.t('teams.rate.title', { teamCurrency }), ...rates.map((rate) => `• ${rateLine(t, rate)}`)].join(
          '\n',
        ),
  ];
  const text = lines.join('\n\n');
  return { text, blocks: [section(text)] };
}
