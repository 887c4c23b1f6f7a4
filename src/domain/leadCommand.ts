import { type FieldProblem, type Parsed, problem } from './inputError';
import { LEAD_FIELD_BY_KEY, LEAD_FIELDS, type LeadDraft } from './lead';
import { type QuickToken, tokenizeQuickText } from './quickText';

/** What `/lead <text>` asks for. */
export type LeadCommand =
  | { kind: 'open_modal' }
  | { kind: 'help' }
  | { kind: 'list'; mine: boolean; source?: string }
  | { kind: 'show'; number: number }
  | { kind: 'add'; draft: LeadDraft };

const LEAD_ID_PATTERN = /^L-?(\d{1,9})$/i;

export function parseLeadNumber(text: string): number | undefined {
  const match = LEAD_ID_PATTERN.exec(text.trim());
  return match?.[1] ? Number.parseInt(match[1], 10) : undefined;
}

const knownKeys = [...LEAD_FIELD_BY_KEY.keys()].join(', ');

/** Parses the text of `/lead`; rejections name the key at fault and show a correct example. */
export function parseLeadCommand(text: string): Parsed<LeadCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'open_modal' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok) {
    return { ok: false, problems: [problem('text', tokenized.message, 'note:"met at the fair"')] };
  }
  const [first, ...rest] = tokenized.tokens;
  const verb =
    first?.kind === 'word' && rest.every((token) => token.kind === 'word') ? first.value.toLowerCase() : '';
  if (verb === 'help' && rest.length === 0) return { ok: true, value: { kind: 'help' } };
  if (verb === 'show' && rest.length === 1) {
    const number = parseLeadNumber(rest[0]?.value ?? '');
    if (number === undefined) {
      return {
        ok: false,
        problems: [problem('id', `“${rest[0]?.value}” is not a lead id`, '/lead show L-12')],
      };
    }
    return { ok: true, value: { kind: 'show', number } };
  }
  if (first?.kind === 'word' && first.value.toLowerCase() === 'list')
    return parseList(tokenized.tokens.slice(1));
  return parseAdd(tokenized.tokens);
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
            `“${shown}” is not a list filter; use mine and/or source:<channel>`,
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
        problem(token.rawKey, `“${token.rawKey}” is not a lead key; keys are ${knownKeys}`, 'source:seo'),
      );
      continue;
    }
    if (token.value === '') {
      problems.push(problem(field, `${token.rawKey}: has no value`, LEAD_FIELDS[field].example));
      continue;
    }
    if (draft[field] !== undefined) {
      problems.push(problem(field, `${token.rawKey}: is given twice`, LEAD_FIELDS[field].example));
      continue;
    }
    draft[field] = token.value;
  }
  if (companyWords.length > 0) draft.company = companyWords.join(' ');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { kind: 'add', draft } };
}
