import { DEFAULT_LOST_REASONS } from '../src/domain/lostReasons';
import {
  isClosedStage,
  planReopen,
  planStageMove,
  type StageMoveCheck,
  stageQualifiesLead,
} from '../src/domain/stageMove';
import { FUNNEL_STAGES, type Stage, stageOrder } from '../src/domain/stages';
import type { BulkDealRow, BulkStageEventRow } from '../src/store/db/bulk';
import type { SeededRandom } from './random';

/**
 * One deal's life as a sequence of stage moves, classified by the app's own rules
 * (`planStageMove`, `planReopen`), so every generated StageEvent is one the app could have written
 * (docs/CONVENTIONS.md → Pipeline data): create, forward, skip (with the stages passed over),
 * backward, LOST from any open stage, and reopen as the only way out of WON or LOST.
 */

export type DealJourneyInput = {
  teamId: string;
  leadId: string;
  number: number;
  ownerId: string;
  /** When the deal is created; moves stop at `end` (the data's "now"). */
  start: Date;
  end: Date;
  currency: string;
};

export type DealJourney = {
  dealId: string;
  deal: BulkDealRow;
  events: BulkStageEventRow[];
  /** When a move first put the deal in QUALIFIED or beyond, which qualifies a `new` lead. */
  qualifiedLeadAt: Date | undefined;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAX_MOVES = 14;
const OTHER_LOST_REASONS = ['Went with an in-house build', 'Project cancelled after a merger'];

/** UTC midnight of the instant's UTC date: deal calendar dates are stored this way. */
function calendarDate(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

/**
 * The next move of a deal at `stage` (closed from `closedFrom`), or undefined when it stays: open
 * deals are lost, moved back, skip ahead, stall or move forward; closed deals are seldom reopened.
 */
function chooseMove(
  random: SeededRandom,
  stage: Stage,
  closedFrom: Stage | null,
): StageMoveCheck | undefined {
  if (isClosedStage(stage)) return random.chance(0.05) ? planReopen(stage, closedFrom) : undefined;
  const rank = stageOrder(stage) ?? 0;
  const roll = random.next();
  let target: Stage | undefined;
  if (roll < 0.12) target = 'LOST';
  else if (roll < 0.16 && rank >= 2) target = FUNNEL_STAGES[rank - 1];
  else if (roll < 0.26 && rank <= 3) target = FUNNEL_STAGES[Math.min(rank + 2, FUNNEL_STAGES.length - 1)];
  else if (roll < 0.31) target = undefined;
  else target = FUNNEL_STAGES[rank + 1];
  return target === undefined ? undefined : planStageMove(stage, target);
}

export function generateDealJourney(random: SeededRandom, input: DealJourneyInput): DealJourney {
  const id = random.rowId();
  const currency = random.chance(0.05) ? 'USD' : input.currency;
  const events: BulkStageEventRow[] = [];
  let stage: Stage | null = null;
  let closedFrom: Stage | null = null;
  let valueMinor: number | null = random.chance(0.3) ? offerValue(random) : null;
  let discountPct: number | null = null;
  let lostReason: string | null = null;
  let lostReasonText: string | null = null;
  let negotiationRounds = 0;
  let qualifiedLeadAt: Date | undefined;
  const firstEntry = new Map<Stage, Date>();

  const apply = (check: StageMoveCheck, at: Date) => {
    if (!check.ok) throw new Error(`generator chose a refused move: ${JSON.stringify(check.refusal)}`);
    const { plan } = check;
    let reason: string | null = null;
    if (plan.toStage === 'OFFER' && valueMinor === null) valueMinor = offerValue(random);
    if (plan.toStage === 'NEGOTIATION') {
      negotiationRounds += 1;
      if (valueMinor !== null && random.chance(0.5)) valueMinor = Math.round(valueMinor * 0.95);
    }
    if (plan.toStage === 'WON') discountPct = random.chance(0.6) ? random.integer(0, 40) / 2 : null;
    if (plan.toStage === 'LOST') {
      const listed = random.chance(0.9);
      lostReason = listed ? random.pick(DEFAULT_LOST_REASONS).key : 'other';
      lostReasonText = listed ? null : random.pick(OTHER_LOST_REASONS);
      reason = lostReasonText ?? lostReason;
    }
    if (plan.kind === 'reopen' && plan.fromStage === 'LOST') {
      lostReason = null;
      lostReasonText = null;
    }
    if (isClosedStage(plan.toStage)) closedFrom = plan.fromStage;
    if (!qualifiedLeadAt && stageQualifiesLead(plan.toStage)) qualifiedLeadAt = at;
    if (!firstEntry.has(plan.toStage)) firstEntry.set(plan.toStage, at);
    events.push({
      id: random.rowId(),
      teamId: input.teamId,
      dealId: id,
      fromStage: plan.fromStage,
      toStage: plan.toStage,
      kind: plan.kind,
      skipped: plan.skipped.length > 0 ? plan.skipped.join(',') : null,
      at,
      byUserId: input.ownerId,
      valueMinor,
      currency,
      discountPct,
      reason,
    });
    stage = plan.toStage;
  };

  let at = input.start;
  apply(
    planStageMove(
      null,
      random.weighted<Stage>([
        ['LEAD', 5],
        ['QUALIFIED', 4],
        ['DISCOVERY', 1],
      ]),
    ),
    at,
  );
  while (events.length < MAX_MOVES) {
    const move = chooseMove(random, stage ?? 'LEAD', closedFrom);
    if (move === undefined) break;
    at = new Date(at.getTime() + HOUR_MS + random.exponential(6 * DAY_MS));
    if (at >= input.end) break;
    apply(move, at);
  }

  const last = events.at(-1);
  const finalStage: Stage = stage ?? 'LEAD';
  const lastAt = last?.at ?? input.start;
  const discoveryAt = firstEntry.get('DISCOVERY');
  const offerAt = firstEntry.get('OFFER');
  const deal: BulkDealRow = {
    id,
    teamId: input.teamId,
    number: input.number,
    leadId: input.leadId,
    stage: finalStage,
    valueMinor,
    currency,
    discountPct,
    expectedCloseDate:
      valueMinor !== null && !isClosedStage(finalStage)
        ? calendarDate(new Date(lastAt.getTime() + random.integer(7, 60) * DAY_MS))
        : null,
    problems: random.chance(0.4) ? 'Manual reporting takes two days a month' : null,
    desiredOutcomes: random.chance(0.3) ? 'Month-end close in one day' : null,
    offerRequestedAt: discoveryAt && random.chance(0.4) ? calendarDate(discoveryAt) : null,
    offerSentAt: offerAt && random.chance(0.4) ? calendarDate(offerAt) : null,
    negotiationRounds,
    negotiationNotes: negotiationRounds > 0 && random.chance(0.3) ? 'Asked for a multi-year price' : null,
    lostReason,
    lostReasonText,
    ownerId: input.ownerId,
    createdById: input.ownerId,
    createdAt: input.start,
    updatedAt: lastAt,
    stageEnteredAt: lastAt,
    closedAt: isClosedStage(finalStage) ? lastAt : null,
    version: events.length,
  };
  return { dealId: id, deal, events, qualifiedLeadAt };
}

/** A deal value in minor units: mostly 2 k–60 k, a long tail up to a few hundred thousand. */
function offerValue(random: SeededRandom): number {
  return Math.round(Math.exp(7.6 + random.next() * 2 + random.next() * 1.6)) * 100;
}
