import type { DigestFigures } from '../../domain/digestFigures';
import {
  formatAmount,
  formatCount,
  formatPercent,
  formatPeriod,
  toMajorUnits,
  type DigestFormat,
} from '../format';
import { labelOf, type DigestLabels } from '../labels';
import { chartLabel, PALETTE } from './chartTheme';
import { altText, textTable, type DigestChart } from './digestChart';

/** Channels drawn in the chart; the table in the thread lists all of them. */
export const CHART_CHANNEL_LIMIT = 8;

/** Leads per source channel as bars, cost per lead as a line on a second axis; undefined without leads or spend. */
export function buildChannelChart(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): DigestChart | undefined {
  const channels = [...figures.channels]
    .filter((channel) => channel.leads > 0 || channel.spendMinor > 0)
    .sort((a, b) => b.leads - a.leads || b.spendMinor - a.spendMinor);
  if (channels.length === 0) return undefined;
  const title = `Leads and cost per lead by channel, ${formatPeriod(figures.period, style.locale)}`;
  const cpl = (minor: number | null) => (minor === null ? 'n/a' : formatAmount(minor, style));
  const charted = channels.slice(0, CHART_CHANNEL_LIMIT);
  const described = charted.map(
    (channel) =>
      `${labelOf(labels.channels, channel.channel)} ${channel.leads} leads, CPL ${cpl(channel.costPerLeadMinor)}`,
  );
  return {
    key: 'channels',
    title,
    config: {
      type: 'bar',
      data: {
        labels: charted.map((channel) => chartLabel(labelOf(labels.channels, channel.channel))),
        datasets: [
          {
            label: 'Leads',
            data: charted.map((channel) => channel.leads),
            backgroundColor: PALETTE.blue,
            yAxisID: 'y',
          },
          {
            type: 'line',
            label: `CPL (${style.currency})`,
            data: charted.map((channel) =>
              channel.costPerLeadMinor === null
                ? null
                : toMajorUnits(channel.costPerLeadMinor, style.currency),
            ),
            borderColor: PALETTE.orange,
            backgroundColor: PALETTE.orange,
            yAxisID: 'y1',
          },
        ],
      },
      options: {
        plugins: { title: { display: true, text: title } },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'Leads' } },
          y1: {
            beginAtZero: true,
            position: 'right',
            grid: { drawOnChartArea: false },
            title: { display: true, text: `CPL (${style.currency})` },
          },
        },
      },
    },
    altText: altText(`${title}: ${described.join('; ')}.`),
    table: textTable(
      ['Channel', 'Leads', 'Spend', 'CPL', 'Qualified', 'Wins', 'Won value', 'Return'],
      channels.map((channel) => [
        labelOf(labels.channels, channel.channel),
        formatCount(channel.leads, style.locale),
        formatAmount(channel.spendMinor, style),
        cpl(channel.costPerLeadMinor),
        channel.qualifiedPct === null ? 'n/a' : formatPercent(Math.round(channel.qualifiedPct), style.locale),
        formatCount(channel.wins, style.locale),
        formatAmount(channel.wonValueMinor, style),
        channel.returnOnSpend === null ? 'n/a' : `${formatCount(channel.returnOnSpend, style.locale)}×`,
      ]),
    ),
  };
}
