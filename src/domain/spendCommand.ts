import { SPEND_KEYS, withEnglishKeys } from './inputAliases';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';
import { type QuickToken, tokenizeQuickText } from './quickText';
import { SPEND_FIELD_LABELS, SPEND_FIELDS, type SpendDraft, type SpendField } from './spend';

/** What `/spend <text>` asks for. */
export type SpendCommand =
  | { kind: 'open_modal' }
  | { kind: 'help' }
  | { kind: 'channels' }
  | { kind: 'list'; period?: string }
  | { kind: 'add'; draft: SpendDraft };

const PAIR_FIELDS: ReadonlyMap<string, SpendField> = new Map([
  ['period', 'period'],
  ['note', 'note'],
  ['currency', 'currency'],
  ['amount', 'amount'],
  ['channel', 'channel'],
]);

function shown(token: QuickToken): string {
  return token.kind === 'word' ? token.value : `${token.rawKey}:${token.value}`;
}

/** Parses `/spend`; the quick form is `<channel> <amount> [currency] period:<days> [note:"…"]`. */
export function parseSpendCommand(text: string): Parsed<SpendCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'open_modal' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok)
    return { ok: false, problems: [problem('text', tokenized.reason, 'note:"Black Friday"')] };
  const tokens = withEnglishKeys(tokenized.tokens, SPEND_KEYS);
  const [first, ...rest] = tokens;
  const verb = first?.kind === 'word' ? first.value.toLowerCase() : '';
  if ((verb === 'help' || verb === 'channels') && rest.length === 0)
    return { ok: true, value: { kind: verb } };
  if (verb === 'list') return parseList(rest);
  return parseAdd(tokens);
}

function parseList(tokens: QuickToken[]): Parsed<SpendCommand> {
  if (tokens.length === 0) return { ok: true, value: { kind: 'list' } };
  const [only] = tokens;
  if (tokens.length === 1 && only) {
    const period = only.kind === 'word' ? only.value : only.key === 'period' ? only.value : undefined;
    if (period) return { ok: true, value: { kind: 'list', period } };
  }
  return {
    ok: false,
    problems: [
      problem(
        'list',
        because('problem.spend.listNotAPeriod', { typed: tokens.map(shown).join(' ') }),
        '/spend list 2026-11',
      ),
    ],
  };
}

function parseAdd(tokens: QuickToken[]): Parsed<SpendCommand> {
  const problems: FieldProblem[] = [];
  const draft: SpendDraft = {};
  const words = tokens.filter((token) => token.kind === 'word').map((token) => token.value);
  const [channel, ...afterChannel] = words;
  if (channel !== undefined) draft.channel = channel;
  // The amount may be written with spaces (4 500); it runs up to a currency code or the end.
  const currencyIndex = afterChannel.findIndex((word) => /^[A-Za-z]{3}$/.test(word));
  const amountWords = currencyIndex === -1 ? afterChannel : afterChannel.slice(0, currencyIndex);
  if (amountWords.length > 0) draft.amount = amountWords.join(' ');
  if (currencyIndex !== -1) {
    draft.currency = afterChannel[currencyIndex] ?? '';
    const extra = afterChannel.slice(currencyIndex + 1);
    if (extra.length > 0) {
      problems.push(
        problem(
          'text',
          because('problem.spend.afterCurrency', { typed: extra.join(' ') }),
          SPEND_FIELDS.channel.example,
        ),
      );
    }
  }
  for (const token of tokens) {
    if (token.kind === 'word') continue;
    const field = PAIR_FIELDS.get(token.key);
    if (!field) {
      problems.push(
        problem(
          token.rawKey,
          because('problem.spend.unknownKey', { key: token.rawKey, keys: term('problem.keys.spend') }),
          SPEND_FIELDS.period.example,
        ),
      );
    } else if (token.value === '') {
      problems.push(
        problem(field, because('problem.key.noValue', { key: token.rawKey }), SPEND_FIELDS[field].example),
      );
    } else if (draft[field] !== undefined) {
      problems.push(
        problem(
          field,
          because('problem.labelGivenTwice', { label: term(SPEND_FIELD_LABELS[field]) }),
          SPEND_FIELDS[field].example,
        ),
      );
    } else {
      draft[field] = token.value;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { kind: 'add', draft } };
}
