import type { DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatPeriod, formatPeriodStart, toMajorUnits, type DigestFormat } from '../format';
import { PALETTE } from './chartTheme';
import { chartLocale, moneyTicks, PERCENT_TICKS } from './chartLocale';
import { altText, textTable, type DigestChart } from './digestChart';

/** The last six periods: leads as bars, lead quality % and won value as lines on their own axes. */
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
          },
          {
            type: 'line',
            label: t.t('digest.chart.wonValueIn', { currency: style.currency }),
            data: points.map((point) => toMajorUnits(point.wonValueMinor, style.currency)),
            borderColor: PALETTE.vermillion,
            backgroundColor: PALETTE.vermillion,
            yAxisID: 'v',
          },
        ],
      },
      options: {
        ...chartLocale(t),
        plugins: { title: { display: true, text: title } },
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
          v: {
            beginAtZero: true,
            position: 'right',
            grid: { drawOnChartArea: false },
            ticks: moneyTicks(t, style.currency),
            title: { display: true, text: style.currency },
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
