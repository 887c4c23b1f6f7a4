import type { DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatPeriod, type DigestFormat } from '../format';
import { labelOf, type DigestLabels } from '../labels';
import { CATEGORY_COLOURS, chartLabel } from './chartTheme';
import { chartLocale } from './chartLocale';
import { altText, textTable, type DigestChart } from './digestChart';

/** Bars drawn; smaller reasons are summed into "Other" so the chart stays legible. */
export const CHART_REASON_LIMIT = 6;

/** Deals lost in the period by reason, as horizontal bars (a few reasons compare best as lengths); undefined when nothing was lost. */
export function buildLostReasonsChart(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): DigestChart | undefined {
  const { t } = style;
  const reasons = [...figures.lostReasons].sort((a, b) => b.count - a.count || b.valueMinor - a.valueMinor);
  if (reasons.length === 0) return undefined;
  const shown = reasons.slice(0, CHART_REASON_LIMIT);
  const rest = reasons.slice(CHART_REASON_LIMIT);
  const slices = shown.map((reason) => ({
    label: labelOf(labels.lostReasons, reason.reason, t),
    count: reason.count,
  }));
  if (rest.length > 0) {
    slices.push({
      label: t.t('digest.chart.otherReasons'),
      count: rest.reduce((sum, reason) => sum + reason.count, 0),
    });
  }
  const total = reasons.reduce((sum, reason) => sum + reason.count, 0);
  const title = t.t('digest.chart.lostReasonsTitle', { period: formatPeriod(figures.period, t) });
  return {
    key: 'lost_reasons',
    title,
    config: {
      type: 'bar',
      data: {
        labels: slices.map((slice) => chartLabel(slice.label)),
        datasets: [
          {
            data: slices.map((slice) => slice.count),
            backgroundColor: CATEGORY_COLOURS.slice(0, slices.length),
          },
        ],
      },
      options: {
        ...chartLocale(t),
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    },
    altText: altText(
      t.t('digest.chart.lostReasonsDescribed', {
        title,
        count: total,
        reasons: slices.map((slice) => `${slice.label} ${t.number(slice.count)}`).join(', '),
      }),
    ),
    table: textTable(
      [t.t('digest.chart.reason'), t.t('digest.chart.deals'), t.t('digest.chart.value')],
      reasons.map((reason) => [
        labelOf(labels.lostReasons, reason.reason, t),
        t.number(reason.count),
        formatAmount(reason.valueMinor, style),
      ]),
    ),
  };
}
