import type { DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatCount, formatPeriod, type DigestFormat } from '../format';
import { labelOf, type DigestLabels } from '../labels';
import { CATEGORY_COLOURS, chartLabel } from './chartTheme';
import { altText, textTable, type DigestChart } from './digestChart';

/** Slices drawn; smaller reasons are summed into "Other" so the doughnut stays legible. */
export const CHART_REASON_LIMIT = 6;

/** Deals lost in the period by reason, as a doughnut; undefined when nothing was lost. */
export function buildLostReasonsChart(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): DigestChart | undefined {
  const reasons = [...figures.lostReasons].sort((a, b) => b.count - a.count || b.valueMinor - a.valueMinor);
  if (reasons.length === 0) return undefined;
  const shown = reasons.slice(0, CHART_REASON_LIMIT);
  const rest = reasons.slice(CHART_REASON_LIMIT);
  const slices = shown.map((reason) => ({
    label: labelOf(labels.lostReasons, reason.reason),
    count: reason.count,
  }));
  if (rest.length > 0) {
    slices.push({ label: 'Other', count: rest.reduce((sum, reason) => sum + reason.count, 0) });
  }
  const total = reasons.reduce((sum, reason) => sum + reason.count, 0);
  const title = `Lost deals by reason, ${formatPeriod(figures.period, style.locale)}`;
  return {
    key: 'lost_reasons',
    title,
    config: {
      type: 'doughnut',
      data: {
        labels: slices.map((slice) => `${chartLabel(slice.label)} (${slice.count})`),
        datasets: [
          {
            data: slices.map((slice) => slice.count),
            backgroundColor: CATEGORY_COLOURS.slice(0, slices.length),
          },
        ],
      },
      options: { plugins: { title: { display: true, text: title }, legend: { position: 'right' } } },
    },
    altText: altText(
      `${title}: ${total} deals; ${slices.map((slice) => `${slice.label} ${slice.count}`).join(', ')}.`,
    ),
    table: textTable(
      ['Reason', 'Deals', 'Value'],
      reasons.map((reason) => [
        labelOf(labels.lostReasons, reason.reason),
        formatCount(reason.count, style.locale),
        formatAmount(reason.valueMinor, style),
      ]),
    ),
  };
}
