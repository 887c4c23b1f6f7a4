import { parseRateSetting, RATE_EXAMPLE, type RateSetting } from './exchangeRates';
import { type QuickToken, tokenizeQuickText } from './quickText';
import { type Language, parseLanguage } from '../i18n/locales';
import { checkTeamName, type TeamsProblem } from './teamSettings';

/** What `/tandem <text>` asks for. */
export type TandemCommand =
  | { kind: 'help' }
  /** The user's team here, its channels, their role, and the workspace's teams. */
  | { kind: 'team_show' }
  /** Makes a team the user's default (used outside bound channels). */
  | { kind: 'team_switch'; name: string }
  | { kind: 'team_create'; name: string }
  /** Binds the current channel to the named team, or to the team the request acts on. */
  | { kind: 'team_bind'; name?: string }
  | { kind: 'team_unbind' }
  | { kind: 'settings' }
  /** Opens the CSV import form (admins). */
  | { kind: 'import' }
  /** Shows the user's language (no `choice`), sets it, or with `auto` goes back to Slack's or the team's. */
  | { kind: 'language'; choice?: PersonalLanguage }
  /** The team's exchange rates, or one set from a date on. */
  | { kind: 'rate_list' }
  | { kind: 'rate_set'; setting: RateSetting };

/** What `/tandem language` takes: a language Tandem speaks, or `auto` to drop one's own choice. */
export type PersonalLanguage = Language | 'auto';

export type TandemCommandParse =
  { ok: true; value: TandemCommand } | { ok: false; problem: TeamsProblem; example: string };

const HELP_EXAMPLE = '/tandem help';

function rejected(problem: TeamsProblem, example: string): TandemCommandParse {
  return { ok: false, problem, example };
}

/** The words of a name as typed; `key:value` pieces are put back together (and refused by the name check). */
function textOf(tokens: QuickToken[]): string {
  return tokens
    .map((token) => (token.kind === 'word' ? token.value : `${token.rawKey}:${token.value}`))
    .join(' ');
}

function named(
  tokens: QuickToken[],
  example: string,
  build: (name: string) => TandemCommand,
): TandemCommandParse {
  const checked = checkTeamName(textOf(tokens));
  return checked.ok ? { ok: true, value: build(checked.name) } : rejected(checked.problem, example);
}

function nothingAfter(
  word: string,
  rest: QuickToken[],
  command: TandemCommand,
  example: string,
): TandemCommandParse {
  if (rest.length === 0) return { ok: true, value: command };
  return rejected({ code: 'teams.problem.takesNothing', params: { word } }, example);
}

function parseTeam(tokens: QuickToken[]): TandemCommandParse {
  const [first, ...rest] = tokens;
  if (!first) return { ok: true, value: { kind: 'team_show' } };
  const word = first.kind === 'word' ? first.value.toLowerCase() : '';
  if (word === 'create') {
    return named(rest, '/tandem team create EMEA', (name) => ({ kind: 'team_create', name }));
  }
  if (word === 'bind') {
    if (rest.length === 0) return { ok: true, value: { kind: 'team_bind' } };
    return named(rest, '/tandem team bind EMEA', (name) => ({ kind: 'team_bind', name }));
  }
  if (word === 'unbind') return nothingAfter('unbind', rest, { kind: 'team_unbind' }, '/tandem team unbind');
  return named(tokens, '/tandem team EMEA', (name) => ({ kind: 'team_switch', name }));
}

function parseLanguageChoice(tokens: QuickToken[]): TandemCommandParse {
  const [first, ...rest] = tokens;
  if (!first) return { ok: true, value: { kind: 'language' } };
  const word = textOf([first]);
  const choice = word.toLowerCase() === 'auto' ? 'auto' : parseLanguage(word);
  if (!choice || rest.length > 0)
    return rejected(
      { code: 'teams.problem.unknownLanguage', params: { word: textOf(tokens) } },
      '/tandem language pl',
    );
  return { ok: true, value: { kind: 'language', choice } };
}

/**
 * Parses `/tandem`: `team`, `team <name>`, `team create <name>`, `team bind [name]`,
 * `team unbind`, `settings`, `import`, `language [pl|ru|en|auto]`, `rate [<currency> <rate> [from:<date>]]`, `help`. Names may be quoted ("North America") or not.
 */
export function parseTandemCommand(text: string): TandemCommandParse {
  const tokenized = tokenizeQuickText(text);
  if (!tokenized.ok)
    return rejected({ code: 'teams.problem.unclosedQuote' }, '/tandem team create "North America"');
  const [verb, ...rest] = tokenized.tokens;
  if (!verb) return { ok: true, value: { kind: 'help' } };
  const word = verb.kind === 'word' ? verb.value.toLowerCase() : '';
  switch (word) {
    case 'help':
      return { ok: true, value: { kind: 'help' } };
    case 'team':
    case 'teams':
      return parseTeam(rest);
    case 'language':
      return parseLanguageChoice(rest);
    case 'settings':
      return nothingAfter('settings', rest, { kind: 'settings' }, '/tandem settings');
    case 'import':
      return nothingAfter('import', rest, { kind: 'import' }, '/tandem import');
    case 'rate':
    case 'rates': {
      if (rest.length === 0) return { ok: true, value: { kind: 'rate_list' } };
      const parsed = parseRateSetting(rest);
      return parsed.ok
        ? { ok: true, value: { kind: 'rate_set', setting: parsed.value } }
        : rejected(parsed.problem, RATE_EXAMPLE);
    }
    default:
      return rejected({ code: 'teams.problem.unknownVerb', params: { word: textOf([verb]) } }, HELP_EXAMPLE);
  }
}
