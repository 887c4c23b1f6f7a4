import { parseRateSetting, RATE_EXAMPLE, type RateSetting } from './exchangeRates';
import { type QuickToken, tokenizeQuickText } from './quickText';
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
  /** The team's exchange rates, or one set from a date on. */
  | { kind: 'rate_list' }
  | { kind: 'rate_set'; setting: RateSetting };

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

/**
 * Parses `/tandem`: `team`, `team <name>`, `team create <name>`, `team bind [name]`,
 * `team unbind`, `settings`, `rate [<currency> <rate> [from:<date>]]`, `help`. Names may be quoted ("North America") or not.
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
    case 'settings':
      return nothingAfter('settings', rest, { kind: 'settings' }, '/tandem settings');
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
