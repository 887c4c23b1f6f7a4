import type { DigestFigures } from '../../domain/digestFigures';
import {
  formatAmount,
  formatCount,
  formatPercent,
  formatPeriod,
  formatPeriodStart,
  toMajorUnits,
  type DigestFormat,
} from '../format';
import { PALETTE } from './chartTheme';
import { altText, textTable, type DigestChart } from './digestChart';

/** The last six periods: leads as bars, lead quality % and won value as lines on their own axes. */
export function buildTrendChart(figures: DigestFigures, style: DigestFormat): DigestChart | undefined {
  const points = figures.trend;
  if (points.length === 0) return undefined;
  const title = `Trend of the last ${points.length} periods`;
  const quality = (value: number | null) =>
    value === null ? 'n/a' : formatPercent(Math.round(value), style.locale);
  return {
    key: 'trend',
    title,
    config: {
      type: 'bar',
      data: {
        labels: points.map((point) => formatPeriodStart(point.period, style.locale)),
        datasets: [
          {
            label: 'Leads',
            data: points.map((point) => point.leads),
            backgroundColor: PALETTE.sky,
            yAxisID: 'y',
          },
          {
            type: 'line',
            label: 'Lead quality %',
            data: points.map((point) =>
              point.leadQualityPct === null ? null : Math.round(point.leadQualityPct),
            ),
            borderColor: PALETTE.green,
            backgroundColor: PALETTE.green,
            yAxisID: 'q',
          },
          {
            type: 'line',
            label: `Won value (${style.currency})`,
            data: points.map((point) => toMajorUnits(point.wonValueMinor, style.currency)),
            borderColor: PALETTE.vermillion,
            backgroundColor: PALETTE.vermillion,
            yAxisID: 'v',
          },
        ],
      },
      options: {
        plugins: { title: { display: true, text: title } },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'Leads' } },
          q: {
            min: 0,
            max: 100,
            position: 'right',
            grid: { drawOnChartArea: false },
            title: { display: true, text: '%' },
          },
          v: {
            beginAtZero: true,
            position: 'right',
            grid: { drawOnChartArea: false },
            title: { display: true, text: style.currency },
          },
        },
      },
    },
    altText: altText(
      `${title}: ${points
        .map(
          (point) =>
            `${formatPeriod(point.period, style.locale)} ${point.leads} leads, quality ${quality(point.leadQualityPct)}, won ${formatAmount(point.wonValueMinor, style)}`,
        )
        .join('; ')}.`,
    ),
    table: textTable(
      ['Period', 'Leads', 'Quality', 'Won value'],
      points.map((point) => [
        formatPeriod(point.period, style.locale),
        formatCount(point.leads, style.locale),
        quality(point.leadQualityPct),
        formatAmount(point.wonValueMinor, style),
      ]),
    ),
  };
}
