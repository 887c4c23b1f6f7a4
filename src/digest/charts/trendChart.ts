import type { DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatPeriod, formatPeriodStart, type DigestFormat } from '../format';
import { BAR_ORDER, LINE_ORDER, PALETTE } from './chartTheme';
import { chartLocale, PERCENT_TICKS } from './chartLocale';
import { altText, textTable, type DigestChart } from './digestChart';

/**
 * The last six periods: leads as bars and lead quality % as a line, two axes at most (issue 19); won
 * value, a third unit, is in the alt text and the thread's table.
 */
export function buildTrendChart(figures: DigestFigures, style: DigestFormat): DigestChart | undefined {
  const { t } = style;
  const points = figures.trend;
  if (points.length === 0) return undefined;
  const title = t.t('digest.chart.trendTitle', { count: points.length });
  const quality = (value: number | null) =>
    value === null ? t.t('common.notAvailable') : t.percent(value, 0);
  const leadsLabel = t.t('digest.chart.leads');
  return {
    key: 'trend',
    title,
    config: {
      type: 'bar',
      data: {
        labels: points.map((point) => formatPeriodStart(point.period, t)),
        datasets: [
          {
            label: leadsLabel,
            data: points.map((point) => point.leads),
            backgroundColor: PALETTE.sky,
            yAxisID: 'y',
            order: BAR_ORDER,
          },
          {
            type: 'line',
            label: t.t('digest.chart.leadQualityPct'),
            data: points.map((point) =>
              point.leadQualityPct === null ? null : Math.round(point.leadQualityPct),
            ),
            borderColor: PALETTE.green,
            backgroundColor: PALETTE.green,
            yAxisID: 'q',
            order: LINE_ORDER,
          },
        ],
      },
      options: {
        ...chartLocale(t),
        scales: {
          y: { beginAtZero: true, title: { display: true, text: leadsLabel } },
          q: {
            min: 0,
            max: 100,
            position: 'right',
            grid: { drawOnChartArea: false },
            ticks: PERCENT_TICKS,
            title: { display: true, text: '%' },
          },
        },
      },
    },
    altText: altText(
      `${title}: ${points
        .map((point) =>
          t.t('digest.chart.trendDescribed', {
            period: formatPeriod(point.period, t),
            leads: t.t('digest.leads', { count: point.leads }),
            quality: quality(point.leadQualityPct),
            amount: formatAmount(point.wonValueMinor, style),
          }),
        )
        .join('; ')}.`,
    ),
    table: textTable(
      [t.t('digest.chart.period'), leadsLabel, t.t('digest.chart.quality'), t.t('digest.kpi.wonValue')],
      points.map((point) => [
        formatPeriod(point.period, t),
        t.number(point.leads),
        quality(point.leadQualityPct),
        formatAmount(point.wonValueMinor, style),
      ]),
    ),
  };
}
