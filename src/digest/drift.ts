import type { DigestFigures } from '../domain/digestFigures';
import { FLOW_KPIS, PACE_KPIS, RATE_KPIS, type KpiLine } from './blocks/kpiBlocks';
import { formatCount, formatFigure, formatPercent, type DigestFormat } from './format';

/** One KPI of a posted period whose value is different now. */
export type FigureDrift = { line: KpiLine; posted: number | null; now: number | null };

/** A value change smaller than this is rounding, not drift. */
const EPSILON = 1e-9;

/** The KPIs of the period whose current value differs from what the digest posted. */
export function figuresDrift(posted: DigestFigures, now: DigestFigures): FigureDrift[] {
  return [...FLOW_KPIS, ...RATE_KPIS, ...PACE_KPIS].flatMap((line) => {
    const before = line.pick(posted).current;
    const after = line.pick(now).current;
    const same =
      before === after || (before !== null && after !== null && Math.abs(before - after) < EPSILON);
    return same ? [] : [{ line, posted: before, now: after }];
  });
}

/** "won value by +12 %" or, from or to nothing, "won value from n/a to EUR 4,000". */
export function describeFigureDrift(drift: FigureDrift, style: DigestFormat): string {
  const name = drift.line.label.toLowerCase();
  const { posted, now } = drift;
  if (posted === null || now === null || posted === 0) {
    return `${name} from ${formatFigure(posted, drift.line.kind, style)} to ${formatFigure(now, drift.line.kind, style)}`;
  }
  if (drift.line.kind === 'percent') {
    const points = now - posted;
    return `${name} by ${points > 0 ? '+' : '−'}${formatCount(Math.abs(points), style.locale)} pp`;
  }
  const relative = ((now - posted) / Math.abs(posted)) * 100;
  return `${name} by ${relative > 0 ? '+' : '−'}${formatPercent(Math.abs(Math.round(relative * 10) / 10), style.locale)}`;
}

/** "3 late entries change won value by +12 %, leads created by +4.2 %" (the first `shown` changes). */
export function describeDrift(
  lateEntries: number,
  drifts: FigureDrift[],
  style: DigestFormat,
  shown = 3,
): string {
  const entries = `${lateEntries} late ${lateEntries === 1 ? 'entry' : 'entries'}`;
  if (drifts.length === 0) return `${entries}, no figure changed`;
  const listed = drifts.slice(0, shown).map((drift) => describeFigureDrift(drift, style));
  const hidden = drifts.length - shown;
  const more = hidden > 0 ? ` and ${hidden} more ${hidden === 1 ? 'figure' : 'figures'}` : '';
  const subject =
    lateEntries === 0
      ? 'Changes since posting move'
      : `${entries} ${lateEntries === 1 ? 'changes' : 'change'}`;
  return `${subject} ${listed.join(', ')}${more}`;
}
