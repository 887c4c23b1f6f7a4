import { KPI_POLARITY, type KpiId, type KpiValues } from './kpiPolarity';

/** One planned figure for the whole team ('' channel) or one channel, in the figure's unit. */
export type PlanTarget = { figure: KpiId; channel: string; value: number };

/**
 * How a figure stands against its plan: actual as a share of plan (%), and whether that is on
 * track by the figure's polarity (at or above plan for leads and wins, at or below for CPL and
 * CAC); null for a neutral figure such as spend, where neither side is good news by itself.
 */
export type PlanProgress = {
  figure: KpiId;
  actual: number;
  plan: number;
  percentOfPlan: number;
  onTrack: boolean | null;
  /** How far off plan, as a share of plan (0.25 = a quarter off); 0 when on track or neutral. */
  gap: number;
};

export function planProgress(figure: KpiId, actual: number, plan: number): PlanProgress {
  const percentOfPlan = plan === 0 ? 100 : (actual / plan) * 100;
  const polarity = KPI_POLARITY[figure];
  const onTrack =
    polarity === 'neutral' ? null : polarity === 'higher_better' ? actual >= plan : actual <= plan;
  const gap = onTrack === false && plan !== 0 ? Math.abs(actual - plan) / plan : onTrack === false ? 1 : 0;
  return { figure, actual, plan, percentOfPlan, onTrack, gap };
}

/** The team-wide plan targets (other than 0) that have an actual value this period, in plan order. */
export function teamPlanProgress(values: KpiValues, plan: readonly PlanTarget[]): PlanProgress[] {
  return plan.flatMap((target) => {
    const actual = values[target.figure];
    return target.channel !== '' || target.value === 0 || actual === null || actual === undefined
      ? []
      : [planProgress(target.figure, actual, target.value)];
  });
}
