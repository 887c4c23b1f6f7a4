import {
  FEEDBACK_FIELD_LABELS,
  FEEDBACK_FIELDS,
  FEEDBACK_KINDS,
  type FeedbackDraft,
  type FeedbackKind,
  normalizeFeedbackKind,
  parseClientReference,
} from './feedback';
import { FEEDBACK_KEYS, withEnglishKeys } from './inputAliases';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';
import { type LookbackSpec, looksLikePeriod, parseLookbackPeriod } from './lookbackPeriod';
import { type QuickToken, tokenizeQuickText } from './quickText';

/** What `/feedback <text>` asks for. */
export type FeedbackCommand =
  | { kind: 'open_modal' }
  | { kind: 'help' }
  | { kind: 'list'; feedbackKind?: FeedbackKind; period: LookbackSpec }
  | { kind: 'add'; draft: FeedbackDraft };

export const DEFAULT_LIST_PERIOD: LookbackSpec = { kind: 'days', days: 30, count: 30, unit: 'day' };

const PAIR_FIELDS = ['product', 'source', 'sentiment', 'client'] as const;
type PairField = (typeof PAIR_FIELDS)[number];

function shown(token: QuickToken): string {
  return token.kind === 'word' ? token.value : `${token.rawKey}:${token.value}`;
}

/** Parses `/feedback`; the quick form is `<kind> [L-12|D-7] "<text>" [product:] [source:] [sentiment:]`. */
export function parseFeedbackCommand(text: string): Parsed<FeedbackCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'open_modal' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok) {
    return { ok: false, problems: [problem('text', tokenized.reason, FEEDBACK_FIELDS.kind.example)] };
  }
  const tokens = withEnglishKeys(tokenized.tokens, FEEDBACK_KEYS);
  const [first, ...rest] = tokens;
  const verb = first?.kind === 'word' ? first.value.toLowerCase() : '';
  if (verb === 'help' && rest.length === 0) return { ok: true, value: { kind: 'help' } };
  if (verb === 'list') return parseList(rest);
  return parseAdd(tokens);
}

function parseList(tokens: QuickToken[]): Parsed<FeedbackCommand> {
  let feedbackKind: FeedbackKind | undefined;
  let period: LookbackSpec | undefined;
  for (const token of tokens) {
    const word = token.kind === 'word' ? token.value : undefined;
    const kind = word === undefined ? undefined : normalizeFeedbackKind(word);
    if (kind && !feedbackKind) {
      feedbackKind = kind;
      continue;
    }
    if (word !== undefined && looksLikePeriod(word) && !period) {
      const parsed = parseLookbackPeriod(word);
      if (!parsed.ok)
        return { ok: false, problems: [problem('period', parsed.reason, '/feedback list wish 6w')] };
      period = parsed.spec;
      continue;
    }
    return {
      ok: false,
      problems: [
        problem(
          'list',
          because('problem.feedback.notAListFilter', {
            typed: shown(token),
            kinds: FEEDBACK_KINDS.join(', '),
          }),
          '/feedback list wish 6w',
        ),
      ],
    };
  }
  return {
    ok: true,
    value: { kind: 'list', period: period ?? DEFAULT_LIST_PERIOD, ...(feedbackKind ? { feedbackKind } : {}) },
  };
}

function parseAdd(tokens: QuickToken[]): Parsed<FeedbackCommand> {
  const problems: FieldProblem[] = [];
  const draft: FeedbackDraft = {};
  const words = tokens.filter((token) => token.kind === 'word').map((token) => token.value);
  const [kindWord, ...afterKind] = words;
  if (kindWord !== undefined) draft.kind = kindWord;
  const [maybeClient, ...afterClient] = afterKind;
  // A client id right after the kind is the client; everything else positional is the text.
  const clientGiven = maybeClient !== undefined && parseClientReference(maybeClient) !== undefined;
  if (clientGiven) draft.client = maybeClient;
  const textWords = clientGiven ? afterClient : afterKind;
  if (textWords.length > 0) draft.text = textWords.join(' ');
  for (const token of tokens) {
    if (token.kind === 'word') continue;
    const field = (PAIR_FIELDS as readonly string[]).includes(token.key)
      ? (token.key as PairField)
      : undefined;
    if (!field) {
      problems.push(
        problem(
          token.rawKey,
          because('problem.feedback.unknownKey', { key: token.rawKey, keys: term('problem.keys.feedback') }),
          FEEDBACK_FIELDS.kind.example,
        ),
      );
    } else if (token.value === '') {
      problems.push(
        problem(field, because('problem.key.noValue', { key: token.rawKey }), FEEDBACK_FIELDS[field].example),
      );
    } else if (draft[field] !== undefined) {
      problems.push(
        problem(
          field,
          because('problem.labelGivenTwice', { label: term(FEEDBACK_FIELD_LABELS[field]) }),
          FEEDBACK_FIELDS[field].example,
        ),
      );
    } else {
      draft[field] = token.value;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { kind: 'add', draft } };
}
