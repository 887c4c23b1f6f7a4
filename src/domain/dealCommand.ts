import { DEAL_FIELD_BY_KEY, DEAL_FIELDS, type DealDraft } from './deal';
import { DEAL_KEYS, leadingStage, withEnglishKeys } from './inputAliases';
import { type FieldProblem, type Parsed, type ProblemReason, problem, because, term } from './inputError';
import { parseLeadNumber } from './leadCommand';
import { type DidYouMean, quoteWord, verbNearMiss } from './nearMiss';
import { type QuickToken, tokenizeQuickText } from './quickText';
import { withSpacedAmounts, withTrailingText } from './quickTokens';
import { parseStageName } from './stageMove';
import type { Stage } from './stages';

/** What `/deal <text>` asks for. */
export type DealCommand =
  | { kind: 'open_modal'; leadNumber?: number; dealNumber?: number }
  | { kind: 'help' }
  | { kind: 'list'; mine: boolean; stage?: Stage }
  | { kind: 'show'; number: number }
  | { kind: 'create'; leadNumber: number; stage: Stage; draft: DealDraft }
  /** `/deal Acme won`: the lead whose company is `company`, then as `create` (its open deal when it has one). */
  | { kind: 'company'; company: string; stage: Stage; draft: DealDraft }
  | DidYouMean
  | { kind: 'move'; number: number; stage: Stage; draft: DealDraft }
  | { kind: 'reopen'; number: number; stage?: Stage; draft: DealDraft }
  | { kind: 'update'; number: number; draft: DealDraft };

const DEAL_ID_PATTERN = /^D-?(\d{1,9})$/i;
const DEAL_VERBS = ['help', 'list', 'show'] as const;
const FREE_TEXT_KEYS = ['reason', 'notes', 'problems', 'outcomes'];
const MOVE_EXAMPLE = '/deal D-7 negotiation discount:10%';
const CREATE_EXAMPLE = '/deal L-12 offer value:12000 currency:PLN';
/** The stage words listed back in the reader's language. */
const STAGE_WORDS = term('problem.stageWords');

export function parseDealNumber(text: string): number | undefined {
  const match = DEAL_ID_PATTERN.exec(text.trim());
  return match?.[1] ? Number.parseInt(match[1], 10) : undefined;
}

function shown(token: QuickToken): string {
  return token.kind === 'word' ? token.value : `${token.rawKey}:${token.value}`;
}

function rejected(field: string, why: ProblemReason, example: string): Parsed<DealCommand> {
  return { ok: false, problems: [problem(field, why, example)] };
}

/** Parses the text of `/deal`; rejections name the part at fault and show a correct example. */
export function parseDealCommand(text: string): Parsed<DealCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'open_modal' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok) return rejected('text', tokenized.reason, '/deal D-7 lost reason:"price too high"');
  const tokens = withSpacedAmounts(
    withTrailingText(withEnglishKeys(tokenized.tokens, DEAL_KEYS), FREE_TEXT_KEYS),
    'value',
  );
  const nearMiss = dealNearMiss(trimmed, tokens);
  if (nearMiss) return { ok: true, value: nearMiss };
  const [first, ...rest] = tokens;
  const head = first?.kind === 'word' ? first.value : '';
  const verb = head.toLowerCase();
  if (verb === 'help' && rest.length === 0) return { ok: true, value: { kind: 'help' } };
  if (verb === 'list') return parseList(rest);
  if (verb === 'show') {
    const number = rest.length === 1 && rest[0]?.kind === 'word' ? parseDealNumber(rest[0].value) : undefined;
    if (number === undefined) {
      return rejected(
        'id',
        because('problem.deal.notAnId', { typed: rest.map(shown).join(' ') }),
        '/deal show D-7',
      );
    }
    return { ok: true, value: { kind: 'show', number } };
  }
  const dealNumber = parseDealNumber(head);
  if (dealNumber !== undefined) return parseDealMove(dealNumber, rest);
  const leadNumber = parseLeadNumber(head);
  if (leadNumber !== undefined) return parseDealCreate(leadNumber, rest);
  const byCompany = parseCompanyMove(tokens);
  if (byCompany) return byCompany;
  return rejected(
    'id',
    because('problem.deal.notAnIdOrVerb', { typed: first ? shown(first) : trimmed }),
    CREATE_EXAMPLE,
  );
}

/** `lsit offer` → did you mean list; `Acme won` is no near miss (its rest does not fit `list`). */
function dealNearMiss(text: string, tokens: QuickToken[]): DidYouMean | undefined {
  return verbNearMiss(text, tokens, DEAL_VERBS, (verb, rest) => {
    if (verb === 'help') return rest.length === 0;
    if (verb === 'show') {
      return rest.length === 1 && rest[0]?.kind === 'word' && parseDealNumber(rest[0].value) !== undefined;
    }
    return parseList(rest).ok;
  });
}

/**
 * `Acme Corp won value:8000`: the words before the first stage word name the lead's company.
 * Undefined when no stage word follows them (the text is then no company move at all).
 */
function parseCompanyMove(tokens: QuickToken[]): Parsed<DealCommand> | undefined {
  const stageAt = tokens.findIndex((token) => token.kind === 'word' && parseStageName(token.value));
  const named = tokens.slice(0, stageAt);
  if (stageAt < 1 || named.some((token) => token.kind !== 'word')) return undefined;
  const company = named.map((token) => token.value).join(' ');
  const created = parseDealCreate(0, tokens.slice(stageAt));
  if (!created.ok) return created;
  if (created.value.kind !== 'create') return undefined;
  const { stage, draft } = created.value;
  return { ok: true, value: { kind: 'company', company, stage, draft } };
}

/** `/deal Initech won` named a company no lead of the team has. */
export function noLeadNamed(company: string): FieldProblem {
  return problem('company', because('problem.flow.noLeadNamed', { typed: company }), '/deal L-12 won');
}

/** A move written back as `/deal` text for `target` (`D-4`, `L-3`), for a button that runs it. */
export function dealMoveText(target: string, stage: Stage, draft: DealDraft): string {
  const pairs = (Object.entries(draft) as [keyof DealDraft, string][]).map(([field, value]) => {
    const key = field === 'reasonOther' ? 'reason' : DEAL_FIELDS[field].key;
    return `${key}:${/[\s"]/.test(value) || value === '' ? quoteWord(value) : value}`;
  });
  return [target, stage.toLowerCase(), ...pairs].join(' ');
}

function parseList(tokens: QuickToken[]): Parsed<DealCommand> {
  let mine = false;
  let stage: Stage | undefined;
  for (const token of tokens) {
    const word = token.kind === 'word' ? token.value : '';
    const named = parseStageName(word);
    if (word.toLowerCase() === 'mine') mine = true;
    else if (named && stage === undefined) stage = named;
    else {
      return rejected(
        'list',
        because('problem.deal.notAListFilter', { typed: shown(token), stages: STAGE_WORDS }),
        '/deal list offer mine',
      );
    }
  }
  return { ok: true, value: stage ? { kind: 'list', mine, stage } : { kind: 'list', mine } };
}

/** Splits the words (stage, reopen) from the key:value pairs, which become the draft. */
function readMoveTokens(tokens: QuickToken[]): {
  words: string[];
  draft: DealDraft;
  problems: FieldProblem[];
} {
  const words: string[] = [];
  const draft: DealDraft = {};
  const problems: FieldProblem[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') {
      words.push(token.value);
      continue;
    }
    const field = DEAL_FIELD_BY_KEY.get(token.key);
    if (!field)
      problems.push(
        problem(
          token.rawKey,
          because('problem.deal.unknownKey', { key: token.rawKey, keys: term('problem.keys.deal') }),
          'value:12000',
        ),
      );
    else if (token.value === '')
      problems.push(
        problem(field, because('problem.key.noValue', { key: token.rawKey }), DEAL_FIELDS[field].example),
      );
    else if (draft[field] !== undefined)
      problems.push(
        problem(field, because('problem.key.givenTwice', { key: token.rawKey }), DEAL_FIELDS[field].example),
      );
    else draft[field] = token.value;
  }
  return { words, draft, problems };
}

function unknownStage(word: string, example: string): FieldProblem {
  return problem('stage', because('problem.deal.notAStage', { typed: word, stages: STAGE_WORDS }), example);
}

function parseDealMove(number: number, tokens: QuickToken[]): Parsed<DealCommand> {
  if (tokens.length === 0) return { ok: true, value: { kind: 'open_modal', dealNumber: number } };
  const { words, draft, problems } = readMoveTokens(tokens);
  const [stageWord] = words;
  if (stageWord?.toLowerCase() === 'reopen') {
    const named = leadingStage(words.slice(1));
    const target = named?.stage;
    const [targetWord] = words.slice(1);
    const beyond = named ? named.rest : words.slice(2);
    if (targetWord !== undefined && !target)
      problems.push(unknownStage(targetWord, `/deal D-${number} reopen offer`));
    if (beyond.length > 0)
      problems.push(
        problem(
          'text',
          because('problem.deal.notUnderstoodAfterStage', { typed: beyond.join(' ') }),
          `/deal D-${number} reopen offer`,
        ),
      );
    if (problems.length > 0) return { ok: false, problems };
    return {
      ok: true,
      value: target ? { kind: 'reopen', number, stage: target, draft } : { kind: 'reopen', number, draft },
    };
  }
  const named = leadingStage(words);
  const stage = named?.stage;
  const extra = named ? named.rest : words.slice(1);
  if (stageWord !== undefined && !stage) problems.push(unknownStage(stageWord, MOVE_EXAMPLE));
  if (extra.length > 0) {
    problems.push(
      problem(
        'text',
        because('problem.notUnderstood', { typed: extra.join(' ') }),
        'reason:"price too high"',
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: stage ? { kind: 'move', number, stage, draft } : { kind: 'update', number, draft },
  };
}

function parseDealCreate(leadNumber: number, tokens: QuickToken[]): Parsed<DealCommand> {
  if (tokens.length === 0) return { ok: true, value: { kind: 'open_modal', leadNumber } };
  const { words, draft, problems } = readMoveTokens(tokens);
  const [stageWord] = words;
  const named = leadingStage(words);
  const stage = named?.stage;
  const extra = named ? named.rest : words.slice(1);
  if (stageWord === undefined) {
    problems.push(problem('stage', 'problem.deal.stageMissing', CREATE_EXAMPLE));
  } else if (!stage) problems.push(unknownStage(stageWord, CREATE_EXAMPLE));
  if (extra.length > 0) {
    problems.push(
      problem('text', because('problem.notUnderstood', { typed: extra.join(' ') }), CREATE_EXAMPLE),
    );
  }
  if (problems.length > 0 || !stage) return { ok: false, problems };
  return { ok: true, value: { kind: 'create', leadNumber, stage, draft } };
}
