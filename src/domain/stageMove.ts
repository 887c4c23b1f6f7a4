import { stageOfWord } from './inputAliases';
import { FUNNEL_STAGES, type FunnelStage, STAGES, type Stage, stageOrder } from './stages';

/** How a StageEvent moved its deal (docs/CONVENTIONS.md → Pipeline data). */
export const MOVE_KINDS = ['create', 'forward', 'skip', 'backward', 'reopen'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** A stage as people type it, case-insensitive, in English, Polish or Russian ("offer", "oferta", "кп"). */
export function parseStageName(text: string): Stage | undefined {
  return stageOfWord(text);
}

/** The aliases help texts mention; the others are forgiving spellings. */
const SHOWN_ALIASES: Partial<Record<Stage, string>> = { DISCOVERY: 'needs', OFFER: 'proposal' };

/** "lead, qualified, discovery (needs), offer (proposal), negotiation, won, lost" for help and errors. */
export function stageNamesHint(): string {
  return STAGES.map((stage) => {
    const alias = SHOWN_ALIASES[stage];
    return alias ? `${stage.toLowerCase()} (${alias})` : stage.toLowerCase();
  }).join(', ');
}

export function isClosedStage(stage: Stage): stage is 'WON' | 'LOST' {
  return stage === 'WON' || stage === 'LOST';
}

/** A deal in QUALIFIED or any later funnel stage means its lead is qualified; LOST says nothing about it. */
export function stageQualifiesLead(stage: Stage): boolean {
  return (stageOrder(stage) ?? -1) >= (stageOrder('QUALIFIED') ?? 0);
}

export type StageMovePlan = {
  kind: MoveKind;
  fromStage: Stage | null;
  toStage: Stage;
  /** Funnel stages passed over, in order; empty unless kind is skip. */
  skipped: FunnelStage[];
};

export type StageMoveRefusal =
  | { reason: 'closed'; stage: 'WON' | 'LOST' }
  | { reason: 'same_stage'; stage: Stage }
  | { reason: 'not_closed'; stage: Stage }
  | { reason: 'reopen_to_closed'; stage: Stage };

export type StageMoveCheck = { ok: true; plan: StageMovePlan } | { ok: false; refusal: StageMoveRefusal };

/**
 * Classifies a move to `toStage`: forward to the next stage, skip over stages, or backward; LOST is
 * reachable from any open stage as a plain forward move. Closed deals move only by reopening.
 */
export function planStageMove(fromStage: Stage | null, toStage: Stage): StageMoveCheck {
  if (fromStage === null) return { ok: true, plan: { kind: 'create', fromStage, toStage, skipped: [] } };
  if (isClosedStage(fromStage)) return { ok: false, refusal: { reason: 'closed', stage: fromStage } };
  if (fromStage === toStage) return { ok: false, refusal: { reason: 'same_stage', stage: fromStage } };
  if (toStage === 'LOST') return { ok: true, plan: { kind: 'forward', fromStage, toStage, skipped: [] } };
  const from = stageOrder(fromStage) ?? 0;
  const to = stageOrder(toStage) ?? 0;
  if (to < from) return { ok: true, plan: { kind: 'backward', fromStage, toStage, skipped: [] } };
  const skipped = FUNNEL_STAGES.slice(from + 1, to);
  return { ok: true, plan: { kind: skipped.length > 0 ? 'skip' : 'forward', fromStage, toStage, skipped } };
}

/**
 * Reopens a WON or LOST deal into `target`, by default the stage it was closed from
 * (`closedFrom`, the closing event's fromStage; LEAD when it was created closed).
 */
export function planReopen(current: Stage, closedFrom: Stage | null, target?: Stage): StageMoveCheck {
  if (!isClosedStage(current)) return { ok: false, refusal: { reason: 'not_closed', stage: current } };
  const toStage = target ?? (closedFrom && !isClosedStage(closedFrom) ? closedFrom : 'LEAD');
  if (isClosedStage(toStage)) return { ok: false, refusal: { reason: 'reopen_to_closed', stage: toStage } };
  return { ok: true, plan: { kind: 'reopen', fromStage: current, toStage, skipped: [] } };
}
