import type { Comparison } from './digestFigures';
import {
  changeVerdict,
  KPI_IDS,
  KPI_POLARITY,
  type ChangeVerdict,
  type KpiId,
  type KpiValues,
} from './kpiPolarity';
import { type PlanProgress, type PlanTarget, teamPlanProgress } from './planProgress';

/**
 * The digest's headline: the few figures that moved most against the previous period, each with the
 * figures that drove it. Chosen by a fixed rule (docs/METRICS.md → Headline), never by a model:
 *
 * 1. A figure is a candidate when it has a value in both periods and changed.
 * 2. Its usual move is the mean absolute change between consecutive periods of the trend before the
 *    reported one, but at least a floor: 5 % of the previous value, and 1.
 * 3. Its score is |change| ÷ usual move; a figure is news when the score is at least `NEWS_SCORE`.
 * 4. The news figures are ranked by score, largest first (ties: the order of `KPI_IDS`), and the
 *    first `HEADLINE_SIZE` make the headline.
 * 5. Plan gaps come first: a figure off its plan (by its polarity) leads the headline, largest gap
 *    (as a share of plan) first; it is not repeated among the movers.
 */
export const HEADLINE_SIZE = 3;
export const NEWS_SCORE = 1.5;
const FLOOR_SHARE = 0.05;

/**
 * What each figure is made of: the figures that explain its move (a ratio's numerator and
 * denominator, spend behind a cost). Only drivers that moved themselves are said.
 */
export const KPI_DRIVERS: Partial<Record<KpiId, KpiId[]>> = {
  costPerLeadMinor: ['spendMinor', 'leadsCreated'],
  customerAcquisitionCostMinor: ['spendMinor', 'newCustomers'],
  leadQualityPct: ['leadsQualified', 'leadsCreated'],
  winRatePct: ['wins', 'losses'],
  wonValueMinor: ['wins', 'averageOfferValueMinor'],
  lostValueMinor: ['losses'],
  wins: ['offersSent'],
  newCustomers: ['wins'],
  leadsCreated: ['spendMinor'],
};

export type HeadlineDriver = { figure: KpiId; current: number; previous: number };

export type HeadlineItem = {
  figure: KpiId;
  current: number;
  previous: number;
  verdict: ChangeVerdict;
  score: number;
  drivers: HeadlineDriver[];
  /** Set when the item is a plan gap: how the figure stands against its plan. */
  plan?: PlanProgress;
};

function usualMove(series: (number | null)[], previous: number): number {
  const moves: number[] = [];
  for (let index = 1; index < series.length; index += 1) {
    const before = series[index - 1];
    const after = series[index];
    if (before !== null && before !== undefined && after !== null && after !== undefined) {
      moves.push(Math.abs(after - before));
    }
  }
  const mean = moves.length === 0 ? 0 : moves.reduce((sum, move) => sum + move, 0) / moves.length;
  return Math.max(mean, FLOOR_SHARE * Math.abs(previous), 1);
}

function movedDrivers(figure: KpiId, current: KpiValues, previous: KpiValues): HeadlineDriver[] {
  return (KPI_DRIVERS[figure] ?? []).flatMap((driver) => {
    const now = current[driver];
    const before = previous[driver];
    return now === null || before === null || now === before
      ? []
      : [{ figure: driver, current: now, previous: before }];
  });
}

/**
 * The headline of a period from the KPI history (oldest first, ending with the reported period).
 * Fewer than two periods: nothing to compare, no headline.
 */
export function chooseHeadline(
  history: readonly KpiValues[],
  size = HEADLINE_SIZE,
  plan: readonly PlanTarget[] = [],
): HeadlineItem[] {
  const current = history.at(-1);
  const previous = history.at(-2);
  const gaps = current ? planGaps(current, previous, plan) : [];
  if (!current || !previous) return gaps.slice(0, size);
  const earlier = history.slice(0, -1);
  const items = KPI_IDS.flatMap((figure): HeadlineItem[] => {
    const now = current[figure];
    const before = previous[figure];
    if (now === null || before === null || now === before) return [];
    const score =
      Math.abs(now - before) /
      usualMove(
        earlier.map((values) => values[figure]),
        before,
      );
    if (score < NEWS_SCORE) return [];
    const comparison: Comparison = { current: now, previous: before };
    return [
      {
        figure,
        current: now,
        previous: before,
        verdict: changeVerdict(comparison, KPI_POLARITY[figure]),
        score,
        drivers: movedDrivers(figure, current, previous),
      },
    ];
  });
  // A stable sort keeps KPI_IDS order among equal scores.
  const movers = items.filter((item) => !gaps.some((gap) => gap.figure === item.figure));
  return [...gaps, ...movers.sort((a, b) => b.score - a.score)].slice(0, size);
}

/** The figures off their plan this period, largest gap first (rule 5). */
function planGaps(
  current: KpiValues,
  previous: KpiValues | undefined,
  plan: readonly PlanTarget[],
): HeadlineItem[] {
  return teamPlanProgress(current, plan)
    .filter((progress) => progress.onTrack === false)
    .sort((a, b) => b.gap - a.gap)
    .map((progress) => {
      const before = previous?.[progress.figure] ?? progress.actual;
      return {
        figure: progress.figure,
        current: progress.actual,
        previous: before,
        verdict: 'worse' as const,
        score: progress.gap,
        drivers: previous ? movedDrivers(progress.figure, current, previous) : [],
        plan: progress,
      };
    });
}
