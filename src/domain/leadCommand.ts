import { LEAD_KEYS, withEnglishKeys } from './inputAliases';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';
import { LEAD_FIELD_BY_KEY, LEAD_FIELDS, type LeadDraft } from './lead';
import { type DidYouMean, verbNearMiss } from './nearMiss';
import { type QuickToken, tokenizeQuickText } from './quickText';
import { withTrailingText } from './quickTokens';

/** What `/lead <text>` asks for. */
export type LeadCommand =
  | { kind: 'open_modal' }
  | { kind: 'help' }
  | { kind: 'list'; mine: boolean; source?: string }
  | { kind: 'show'; number: number }
  | { kind: 'edit'; number: number }
  | { kind: 'qualify'; number: number; reason?: string }
  | { kind: 'disqualify'; number: number; reason: string }
  | { kind: 'add'; draft: LeadDraft }
  | DidYouMean;

export type { DidYouMean } from './nearMiss';

const STATUS_VERBS = ['edit', 'qualify', 'disqualify'] as const;
type StatusVerb = (typeof STATUS_VERBS)[number];
const REASON_MAX_LENGTH = 500;
const WHICH_LEAD = {
  edit: 'problem.lead.whichToEdit',
  qualify: 'problem.lead.whichToQualify',
  disqualify: 'problem.lead.whichToDisqualify',
} as const;

const LEAD_ID_PATTERN = /^L-?(\d{1,9})$/i;
/** After a lead verb the `L-` may be left out: `/lead show 2` is L-2. */
const LEAD_REFERENCE_PATTERN = /^(?:L-?)?(\d{1,9})$/i;
const LEAD_VERBS = ['help', 'list', 'show', ...STATUS_VERBS] as const;

export function parseLeadNumber(text: string): number | undefined {
  const match = LEAD_ID_PATTERN.exec(text.trim());
  return match?.[1] ? Number.parseInt(match[1], 10) : undefined;
}

/** A lead named after a verb: `L-12`, `l12` or just `12`. */
export function parseLeadReference(text: string): number | undefined {
  const match = LEAD_REFERENCE_PATTERN.exec(text.trim());
  return match?.[1] ? Number.parseInt(match[1], 10) : undefined;
}

/** Whether what follows a verb fits that verb, so a near miss of it is worth asking about. */
function fitsVerb(verb: (typeof LEAD_VERBS)[number], rest: QuickToken[]): boolean {
  const words = rest.filter((token) => token.kind === 'word');
  if (verb === 'help') return rest.length === 0;
  if (verb === 'list') {
    return rest.every((token) =>
      token.kind === 'word' ? token.value.toLowerCase() === 'mine' : token.key === 'source',
    );
  }
  return words.length === 1 && parseLeadReference(words[0]?.value ?? '') !== undefined;
}

/** `shwo L-1` → did you mean show; undefined when the first word is no near miss of a verb. */
function leadNearMiss(text: string, tokens: QuickToken[]): DidYouMean | undefined {
  return verbNearMiss(text, tokens, LEAD_VERBS, fitsVerb);
}

/** Parses the text of `/lead`; rejections name the key at fault and show a correct example. */
export function parseLeadCommand(text: string): Parsed<LeadCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'open_modal' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok) {
    return { ok: false, problems: [problem('text', tokenized.reason, 'note:"met at the fair"')] };
  }
  const tokens = withTrailingText(withEnglishKeys(tokenized.tokens, LEAD_KEYS), ['note', 'reason']);
  const nearMiss = leadNearMiss(trimmed, tokens);
  if (nearMiss) return { ok: true, value: nearMiss };
  const [first, ...rest] = tokens;
  const verb =
    first?.kind === 'word' && rest.every((token) => token.kind === 'word') ? first.value.toLowerCase() : '';
  if (verb === 'help' && rest.length === 0) return { ok: true, value: { kind: 'help' } };
  if (verb === 'show' && rest.length === 1) {
    const number = parseLeadReference(rest[0]?.value ?? '');
    if (number === undefined) {
      return {
        ok: false,
        problems: [
          problem('id', because('problem.lead.notAnId', { typed: rest[0]?.value ?? '' }), '/lead show L-12'),
        ],
      };
    }
    return { ok: true, value: { kind: 'show', number } };
  }
  const statusVerb = STATUS_VERBS.find(
    (each) => first?.kind === 'word' && first.value.toLowerCase() === each,
  );
  if (statusVerb) return parseStatusVerb(statusVerb, rest);
  if (first?.kind === 'word' && first.value.toLowerCase() === 'list') return parseList(tokens.slice(1));
  return parseAdd(tokens);
}

function parseList(tokens: QuickToken[]): Parsed<LeadCommand> {
  let mine = false;
  let source: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'word' && token.value.toLowerCase() === 'mine') mine = true;
    else if (token.kind === 'pair' && token.key === 'source' && token.value !== '')
      source = token.value.toLowerCase();
    else {
      const shown = token.kind === 'word' ? token.value : `${token.rawKey}:${token.value}`;
      return {
        ok: false,
        problems: [
          problem(
            'list',
            because('problem.lead.notAListFilter', { typed: shown }),
            '/lead list mine source:seo',
          ),
        ],
      };
    }
  }
  return { ok: true, value: source === undefined ? { kind: 'list', mine } : { kind: 'list', mine, source } };
}

function parseAdd(tokens: QuickToken[]): Parsed<LeadCommand> {
  const problems: FieldProblem[] = [];
  const draft: LeadDraft = {};
  const companyWords: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') {
      companyWords.push(token.value);
      continue;
    }
    const field = LEAD_FIELD_BY_KEY.get(token.key);
    if (!field) {
      problems.push(
        problem(
          token.rawKey,
          because('problem.lead.unknownKey', { key: token.rawKey, keys: term('problem.keys.lead') }),
          'source:seo',
        ),
      );
      continue;
    }
    if (token.value === '') {
      problems.push(
        problem(field, because('problem.key.noValue', { key: token.rawKey }), LEAD_FIELDS[field].example),
      );
      continue;
    }
    if (draft[field] !== undefined) {
      problems.push(
        problem(field, because('problem.key.givenTwice', { key: token.rawKey }), LEAD_FIELDS[field].example),
      );
      continue;
    }
    draft[field] = token.value;
  }
  if (companyWords.length > 0) draft.company = companyWords.join(' ');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { kind: 'add', draft } };
}

/** `edit L-3`, `qualify L-3 [reason:"…"]`, `disqualify L-3 reason:"no budget"` (the reason is required there). */
function parseStatusVerb(verb: StatusVerb, tokens: QuickToken[]): Parsed<LeadCommand> {
  const example = verb === 'disqualify' ? '/lead disqualify L-3 reason:"no budget"' : `/lead ${verb} L-3`;
  const words = tokens.filter((token) => token.kind === 'word');
  const pairs = tokens.filter((token) => token.kind === 'pair');
  const number = words.length === 1 ? parseLeadReference(words[0]?.value ?? '') : undefined;
  if (number === undefined) {
    const typed = words.map((token) => token.value).join(' ');
    const why = typed === '' ? WHICH_LEAD[verb] : because('problem.lead.notAnId', { typed });
    return { ok: false, problems: [problem('id', why, example)] };
  }
  const problems: FieldProblem[] = [];
  let reason: string | undefined;
  for (const pair of pairs) {
    if (pair.key !== 'reason' || verb === 'edit') {
      const code = verb === 'edit' ? 'problem.lead.keyNotUnderstood' : 'problem.lead.onlyReasonKey';
      problems.push(problem(pair.rawKey, because(code, { key: pair.rawKey }), example));
    } else if (pair.value.length > REASON_MAX_LENGTH) {
      problems.push(
        problem(
          'reason',
          because('problem.tooLong', {
            label: term('field.reason'),
            count: pair.value.length,
            max: REASON_MAX_LENGTH,
          }),
          example,
        ),
      );
    } else if (pair.value !== '') reason = pair.value;
  }
  if (verb === 'disqualify' && reason === undefined && problems.length === 0) {
    problems.push(problem('reason', 'problem.lead.disqualifyNeedsReason', example));
  }
  if (problems.length > 0) return { ok: false, problems };
  if (verb === 'edit') return { ok: true, value: { kind: 'edit', number } };
  if (verb === 'disqualify') return { ok: true, value: { kind: 'disqualify', number, reason: reason ?? '' } };
  return {
    ok: true,
    value: reason === undefined ? { kind: 'qualify', number } : { kind: 'qualify', number, reason },
  };
}
