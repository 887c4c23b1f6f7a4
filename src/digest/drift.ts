import type { Comparison, DigestFigures, FlowFigures } from '../domain/digestFigures';
import { FLOW_KPIS, kpiLabel, PACE_KPIS, RATE_KPIS, type KpiLine } from './blocks/kpiBlocks';
import { formatFigure, type DigestFormat } from './format';

/** One KPI of a posted period whose value is different now. */
export type FigureDrift = { line: KpiLine; posted: number | null; now: number | null };

/** A value change smaller than this is rounding, not drift. */
const EPSILON = 1e-9;

/**
 * The KPIs of the period whose current value differs from what the digest posted. A KPI the
 * posted snapshot does not hold (it was posted before the figure existed) is not drift.
 */
export function figuresDrift(posted: DigestFigures, now: DigestFigures): FigureDrift[] {
  return [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS].flatMap((line) => {
    const held = line.pick(posted) as DigestFigures['kpis'][keyof DigestFigures['kpis']] | undefined;
    if (!held) return [];
    const before = held.current;
    const after = line.pick(now).current;
    const same =
      before === after || (before !== null && after !== null && Math.abs(before - after) < EPSILON);
    return same ? [] : [{ line, posted: before, now: after }];
  });
}

function withoutStageEntries(flow: FlowFigures): Omit<FlowFigures, 'stageEntries'> {
  const { stageEntries: _entries, ...counts } = flow;
  return counts;
}

/** The figures' previous period as if it were their reported one: its values as they stand now. */
function previousAsCurrent(figures: DigestFigures): DigestFigures {
  const shift = <K extends string>(comparisons: Record<K, Comparison>) =>
    Object.fromEntries(
      Object.entries<Comparison>(comparisons).map(([key, each]) => [
        key,
        { current: each.previous, previous: null },
      ]),
    ) as Record<K, Comparison>;
  return {
    ...figures,
    period: figures.previousPeriod,
    flow: { ...shift(withoutStageEntries(figures.flow)), stageEntries: shift(figures.flow.stageEntries) },
    kpis: shift(figures.kpis),
  };
}

/**
 * The KPIs of the previous period whose value now (against which this digest compares) differs
 * from what its own digest posted (`posted`, that run's snapshot).
 */
export function previousPeriodDrift(posted: DigestFigures, now: DigestFigures): FigureDrift[] {
  return figuresDrift(posted, previousAsCurrent(now));
}

/** "won value by +12 %" or, from or to nothing, "won value from n/a to EUR 4,000". */
export function describeFigureDrift(drift: FigureDrift, style: DigestFormat): string {
  const { t } = style;
  const name = kpiLabel(drift.line, t).toLocaleLowerCase(t.locale);
  const { posted, now } = drift;
  if (posted === null || now === null || posted === 0) {
    return t.t('digest.drift.fromTo', {
      name,
      before: formatFigure(posted, drift.line.kind, style),
      after: formatFigure(now, drift.line.kind, style),
    });
  }
  const sign = (value: number) => (value > 0 ? '+' : '−');
  if (drift.line.kind === 'percent') {
    const points = now - posted;
    const change = `${sign(points)}${t.t('common.percentagePoints', { value: t.number(Math.abs(points)) })}`;
    return t.t('digest.drift.by', { name, change });
  }
  const relative = ((now - posted) / Math.abs(posted)) * 100;
  const change = `${sign(relative)}${t.percent(Math.abs(Math.round(relative * 10) / 10))}`;
  return t.t('digest.drift.by', { name, change });
}

/** "won value by +12 %, leads created by +4.2 % and 2 more figures": the first `shown` changes. */
export function describeDriftList(drifts: FigureDrift[], style: DigestFormat, shown = 3): string {
  const listed = drifts
    .slice(0, shown)
    .map((drift) => describeFigureDrift(drift, style))
    .join(', ');
  const hidden = drifts.length - shown;
  return hidden > 0 ? style.t.t('digest.drift.andMore', { figures: listed, count: hidden }) : listed;
}

/** "3 late entries change won value by +12 %, leads created by +4.2 %" (the first `shown` changes). */
export function describeDrift(
  lateEntries: number,
  drifts: FigureDrift[],
  style: DigestFormat,
  shown = 3,
): string {
  const { t } = style;
  if (drifts.length === 0) return t.t('digest.drift.unchanged', { count: lateEntries });
  const figures = describeDriftList(drifts, style, shown);
  return lateEntries === 0
    ? t.t('digest.drift.sincePosting', { figures })
    : t.t('digest.drift.changed', { count: lateEntries, figures });
}
