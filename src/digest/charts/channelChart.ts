import type { ChannelFigures, DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatPeriod, toMajorUnits, type DigestFormat } from '../format';
import { labelOf, type DigestLabels } from '../labels';
import { chartLocale, moneyTicks } from './chartLocale';
import { BAR_ORDER, chartLabel, LINE_ORDER, PALETTE } from './chartTheme';
import { altText, textTable, type DigestChart } from './digestChart';

/** Channels drawn in the chart; the table in the thread lists all of them. */
export const CHART_CHANNEL_LIMIT = 8;

/**
 * The channels the chart draws, in the figures' order (leads, then won value): past the limit the
 * ones with the most spend stay (what a marketer most wants to see), then those with most leads.
 */
function chartedChannels(channels: readonly ChannelFigures[]): ChannelFigures[] {
  if (channels.length <= CHART_CHANNEL_LIMIT) return [...channels];
  const kept = new Set(
    [...channels]
      .sort((a, b) => b.spendMinor - a.spendMinor || b.leads - a.leads || b.wonValueMinor - a.wonValueMinor)
      .slice(0, CHART_CHANNEL_LIMIT),
  );
  return channels.filter((channel) => kept.has(channel));
}

/**
 * Leads per source channel as bars, spend as bars and cost per lead as a line on the money axis:
 * every channel with leads, spend or wins (docs/METRICS.md), those past the limit counted;
 * undefined with none.
 */
export function buildChannelChart(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): DigestChart | undefined {
  const { t } = style;
  // As METRICS.md orders them: by leads, then won value (the sort is stable, so then by key).
  const channels = [...figures.channels].sort(
    (a, b) => b.leads - a.leads || b.wonValueMinor - a.wonValueMinor,
  );
  if (channels.length === 0) return undefined;
  const title = t.t('digest.chart.channelsTitle', { period: formatPeriod(figures.period, t) });
  const notAvailable = t.t('common.notAvailable');
  const cpl = (minor: number | null) => (minor === null ? notAvailable : formatAmount(minor, style));
  const channelLabel = (key: string) => labelOf(labels.channels, key, t);
  const charted = chartedChannels(channels);
  const leftOut = channels.length - charted.length;
  const more = leftOut > 0 ? t.t('digest.chart.moreChannels', { count: leftOut }) : undefined;
  const described = charted.map((channel) =>
    t.t('digest.chart.channelDescribed', {
      channel: channelLabel(channel.channel),
      leads: t.t('digest.leads', { count: channel.leads }),
      cpl: cpl(channel.costPerLeadMinor),
    }),
  );
  const leadsLabel = t.t('digest.chart.leads');
  const cplLabel = t.t('digest.chart.cplIn', { currency: style.currency });
  const spendLabel = t.t('digest.chart.spendIn', { currency: style.currency });
  return {
    key: 'channels',
    title,
    config: {
      type: 'bar',
      data: {
        labels: charted.map((channel) => chartLabel(channelLabel(channel.channel))),
        datasets: [
          {
            label: leadsLabel,
            data: charted.map((channel) => channel.leads),
            backgroundColor: PALETTE.blue,
            yAxisID: 'y',
            order: BAR_ORDER,
          },
          {
            label: spendLabel,
            data: charted.map((channel) => toMajorUnits(channel.spendMinor, style.currency)),
            backgroundColor: PALETTE.sky,
            yAxisID: 'y1',
            order: BAR_ORDER,
          },
          {
            type: 'line',
            label: cplLabel,
            data: charted.map((channel) =>
              channel.costPerLeadMinor === null
                ? null
                : toMajorUnits(channel.costPerLeadMinor, style.currency),
            ),
            borderColor: PALETTE.orange,
            backgroundColor: PALETTE.orange,
            yAxisID: 'y1',
            order: LINE_ORDER,
          },
        ],
      },
      options: {
        ...chartLocale(t),
        plugins: {
          ...(more ? { subtitle: { display: true, text: more } } : {}),
        },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: leadsLabel } },
          y1: {
            beginAtZero: true,
            position: 'right',
            grid: { drawOnChartArea: false },
            ticks: moneyTicks(t, style.currency),
            title: { display: true, text: style.currency },
          },
        },
      },
    },
    altText: altText(`${title}: ${described.join('; ')}${more ? `; ${more}` : ''}.`),
    table: textTable(
      [
        t.t('digest.chart.channel'),
        leadsLabel,
        t.t('digest.chart.spend'),
        t.t('digest.chart.cpl'),
        t.t('digest.chart.qualified'),
        t.t('digest.kpi.wins'),
        t.t('digest.kpi.wonValue'),
      ],
      channels.map((channel) => [
        channelLabel(channel.channel),
        t.number(channel.leads),
        formatAmount(channel.spendMinor, style),
        cpl(channel.costPerLeadMinor),
        channel.qualifiedPct === null ? notAvailable : t.percent(channel.qualifiedPct, 0),
        t.number(channel.wins),
        formatAmount(channel.wonValueMinor, style),
      ]),
    ),
  };
}
