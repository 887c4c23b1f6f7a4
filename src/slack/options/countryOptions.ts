import type { App } from '@slack/bolt';
import { countryName, SORTED_COUNTRY_CODES } from '../../domain/countries';
import { ActionIds } from '../ids';

const MAX_OPTIONS = 100;

/** Serves the country picker: matches on the English name or the two-letter code. */
export function registerCountryOptions(app: App): void {
  app.options(ActionIds.countrySelect, async ({ ack, options }) => {
    const query = options.value.trim().toLowerCase();
    const matches = SORTED_COUNTRY_CODES.filter(
      (code) => code.toLowerCase() === query || countryName(code).toLowerCase().includes(query),
    )
      .sort((left, right) => Number(right.toLowerCase() === query) - Number(left.toLowerCase() === query))
      .slice(0, MAX_OPTIONS);
    await ack({
      options: matches.map((code) => ({
        text: { type: 'plain_text', text: `${countryName(code)} (${code})` },
        value: code,
      })),
    });
  });
}
