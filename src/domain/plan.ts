import type { KpiId } from './kpiPolarity';
import { type FieldProblem, type Parsed, type ProblemReason, because, problem } from './inputError';
import { parseMoney } from './money';
import { type QuickToken, tokenizeQuickText } from './quickText';

/**
 * The figures a team can plan, by the word typed in `/plan` (`/plan leads 60`, `/plan cpl 400`).
 * Per channel only the source material's per-channel plan is kept: requests (leads), spend, CPL.
 */
export const PLAN_FIGURES = {
  leads: 'leadsCreated',
  qualified: 'leadsQualified',
  offers: 'offersSent',
  wins: 'wins',
  won: 'wonValueMinor',
  spend: 'spendMinor',
  cpl: 'costPerLeadMinor',
  cac: 'customerAcquisitionCostMinor',
  quality: 'leadQualityPct',
  win_rate: 'winRatePct',
} as const satisfies Record<string, KpiId>;
export type PlanFigureName = keyof typeof PLAN_FIGURES;
export type PlanFigure = (typeof PLAN_FIGURES)[PlanFigureName];

export const CHANNEL_PLAN_FIGURES: readonly PlanFigureName[] = ['leads', 'spend', 'cpl'];
const MONEY_FIGURES: ReadonlySet<PlanFigure> = new Set([
  'wonValueMinor',
  'spendMinor',
  'costPerLeadMinor',
  'customerAcquisitionCostMinor',
]);
const PERCENT_FIGURES: ReadonlySet<PlanFigure> = new Set(['leadQualityPct', 'winRatePct']);

export const PLAN_EXAMPLE = '/plan leads 60';
export const PLAN_CHANNEL_EXAMPLE = '/plan channel:paid_search leads:20 spend:5000';

/** What `/plan <text>` asks for: the current plan, or new values (for the team or one channel). */
export type PlanCommand =
  | { kind: 'show' }
  | { kind: 'help' }
  | { kind: 'set'; channel?: string; entries: { name: PlanFigureName; value: string }[] };

/** One plan value ready to store: money in minor units, percentages 0–100, counts whole. */
export type PlanValue = { figure: PlanFigure; channel: string; value: number };

export function planFigureName(figure: string): PlanFigureName | undefined {
  return (Object.keys(PLAN_FIGURES) as PlanFigureName[]).find((name) => PLAN_FIGURES[name] === figure);
}

export function isMoneyFigure(figure: string): boolean {
  return MONEY_FIGURES.has(figure as PlanFigure);
}

function isPlanFigureName(word: string): word is PlanFigureName {
  return Object.hasOwn(PLAN_FIGURES, word);
}

function unknownFigure(typed: string): FieldProblem {
  return problem(
    'figure',
    because('problem.plan.unknownFigure', { typed, figures: Object.keys(PLAN_FIGURES).join(', ') }),
    PLAN_EXAMPLE,
  );
}

/** Parses `/plan`: nothing shows the plan; `<figure> <value>` or `key:value` pairs (with `channel:`) set it. */
export function parsePlanCommand(text: string): Parsed<PlanCommand> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: { kind: 'show' } };
  if (trimmed.toLowerCase() === 'help') return { ok: true, value: { kind: 'help' } };
  const tokenized = tokenizeQuickText(trimmed);
  if (!tokenized.ok) return { ok: false, problems: [problem('text', tokenized.reason, PLAN_EXAMPLE)] };
  const problems: FieldProblem[] = [];
  const entries: { name: PlanFigureName; value: string }[] = [];
  let channel: string | undefined;
  const words = tokenized.tokens.filter(
    (token): token is Extract<QuickToken, { kind: 'word' }> => token.kind === 'word',
  );
  for (const token of tokenized.tokens) {
    if (token.kind !== 'pair') continue;
    const key = token.key.toLowerCase();
    if (key === 'channel') channel = token.value;
    else if (isPlanFigureName(key)) entries.push({ name: key, value: token.value });
    else problems.push(unknownFigure(token.rawKey));
  }
  if (words.length > 0) {
    const [figure, ...value] = words.map((word) => word.value);
    const name = (figure ?? '').toLowerCase();
    if (!isPlanFigureName(name)) problems.push(unknownFigure(figure ?? ''));
    else if (value.length === 0)
      problems.push(problem(name, because('problem.plan.missingValue', { figure: name }), PLAN_EXAMPLE));
    else entries.push({ name, value: value.join(' ') });
  }
  if (problems.length === 0 && entries.length === 0)
    problems.push(
      problem('figure', because('problem.plan.nothingPlanned', { typed: trimmed }), PLAN_CHANNEL_EXAMPLE),
    );
  if (channel !== undefined)
    for (const entry of entries)
      if (!CHANNEL_PLAN_FIGURES.includes(entry.name))
        problems.push(
          problem(
            entry.name,
            because('problem.plan.notPerChannel', {
              figure: entry.name,
              figures: CHANNEL_PLAN_FIGURES.join(', '),
            }),
            PLAN_CHANNEL_EXAMPLE,
          ),
        );
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { kind: 'set', ...(channel === undefined ? {} : { channel }), entries } };
}

/** A typed plan value in the figure's unit: money in `currency` minor units, a percentage, or a count. */
export function readPlanValue(
  name: PlanFigureName,
  typed: string,
  currency: string,
): { ok: true; value: number } | { ok: false; problem: FieldProblem } {
  const figure = PLAN_FIGURES[name];
  const refuse = (reason: ProblemReason, example: string) => ({
    ok: false as const,
    problem: problem(name, reason, example),
  });
  if (MONEY_FIGURES.has(figure)) {
    const money = parseMoney(typed, currency);
    return money.ok ? { ok: true, value: money.minor } : refuse(money.reason, `/plan ${name} 400`);
  }
  const number = Number(typed.replace(',', '.'));
  if (PERCENT_FIGURES.has(figure)) {
    if (!/^\d+([.,]\d+)?$/.test(typed.trim()) || number > 100)
      return refuse(because('problem.plan.notAPercent', { typed }), `/plan ${name} 35`);
    return { ok: true, value: number };
  }
  if (!/^\d+$/.test(typed.trim()) || !Number.isSafeInteger(number))
    return refuse(because('problem.plan.notACount', { typed }), `/plan ${name} 60`);
  return { ok: true, value: number };
}
