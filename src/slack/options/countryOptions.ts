import type { App } from '@slack/bolt';
import { countryName, SORTED_COUNTRY_CODES } from '../../domain/countries';
import type { SlackDependencies } from '../dependencies';
import { requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { payloadOrigin } from '../teamContext';
import { option } from '../../blockKit/elements';

const MAX_OPTIONS = 100;

/**
 * Serves the country picker in the user's language: matches on the two-letter code, the English
 * name or the name in the user's language ("Niemcy", "Германия"), and shows the latter.
 */
export function registerCountryOptions(app: App, deps: SlackDependencies): void {
  app.options(ActionIds.countrySelect, async ({ ack, body, options, client }) => {
    const t = await requesterTranslator(deps, payloadOrigin(body, client));
    const query = options.value.trim().toLocaleLowerCase(t.locale);
    const named = (code: string) => countryName(code, t.language);
    const matches = SORTED_COUNTRY_CODES.filter(
      (code) =>
        code.toLowerCase() === query ||
        countryName(code).toLowerCase().includes(query) ||
        named(code).toLocaleLowerCase(t.locale).includes(query),
    )
      .sort(
        (left, right) =>
          Number(right.toLowerCase() === query) - Number(left.toLowerCase() === query) ||
          named(left).localeCompare(named(right), t.locale),
      )
      .slice(0, MAX_OPTIONS);
    await ack({
      options: matches.map((code) => option(code, `${named(code)} (${code})`)),
    });
  });
}
