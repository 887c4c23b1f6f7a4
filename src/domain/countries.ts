import { foldWord } from './inputAliases';

/** ISO 3166-1 alpha-2 codes (plus XK, Kosovo, which CRMs commonly use). */
const COUNTRY_CODES: ReadonlySet<string> = new Set(
  [
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE',
    'BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD',
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM',
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF',
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU',
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN',
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME',
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA',
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM',
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI',
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK',
    'TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI',
    'VN VU WF WS XK YE YT ZA ZM ZW',
  ]
    .join(' ')
    .split(' '),
);

const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EN: 'GB' };

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Codes in display order, for country pickers. */
export const SORTED_COUNTRY_CODES: readonly string[] = [...COUNTRY_CODES].sort((left, right) =>
  countryName(left).localeCompare(countryName(right), 'en'),
);

/** Every code under its English, Polish and Russian names, folded ("Polska", "Польша", "poland" → PL). */
const codeByName = new Map(
  ['en', 'pl', 'ru'].flatMap((locale) =>
    SORTED_COUNTRY_CODES.map((code) => [foldWord(countryName(code, locale)), code] as const),
  ),
);

export function countryName(code: string, locale = 'en'): string {
  if (locale === 'en') return englishNames.of(code) ?? code;
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Accepts a two-letter code in any case or a country's English, Polish or Russian name; undefined when unknown. */
export function normalizeCountry(input: string): string | undefined {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  const aliased = COUNTRY_ALIASES[upper] ?? upper;
  if (COUNTRY_CODES.has(aliased)) return aliased;
  return codeByName.get(foldWord(trimmed));
}
