import type { DigestFigures } from '../../domain/digestFigures';
import { formatAmount, formatPeriod, type DigestFormat } from '../format';
import { labelOf, type DigestLabels } from '../labels';
import { textTable } from './digestChart';

/**
 * Each channel's cohort (docs/METRICS.md → Channels): its leads created in the funnel's trailing
 * window, the share qualified and won (lead → win) by the period's end, their won value, the spend
 * over the window and the return (won value ÷ spend); the period's wins from leads older than the
 * window are listed apart, never divided by this spend. Undefined with no channels.
 */
export function buildChannelCohortTable(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): { title: string; table: string } | undefined {
  const { t } = style;
  if (figures.channels.length === 0) return undefined;
  const notAvailable = t.t('common.notAvailable');
  const percent = (value: number | null) => (value === null ? notAvailable : t.percent(value, 0));
  const window = {
    start: figures.funnel.cohortStart,
    end: figures.funnel.cohortEnd,
    timeZone: figures.period.timeZone,
  };
  const title = t.t('digest.chart.channelCohortTitle', { period: formatPeriod(window, t) });
  const channels = [...figures.channels].sort(
    (a, b) => b.cohort.leads - a.cohort.leads || b.cohort.wonValueMinor - a.cohort.wonValueMinor,
  );
  const table = textTable(
    [
      t.t('digest.chart.channel'),
      t.t('digest.chart.leads'),
      t.t('digest.chart.qualified'),
      t.t('digest.chart.leadToWin'),
      t.t('digest.kpi.wonValue'),
      t.t('digest.chart.spend'),
      t.t('digest.chart.return'),
      t.t('digest.chart.olderLeadWins'),
    ],
    channels.map((channel) => [
      labelOf(labels.channels, channel.channel, t),
      t.number(channel.cohort.leads),
      percent(channel.cohort.qualifiedPct),
      percent(channel.cohort.wonPct),
      formatAmount(channel.cohort.wonValueMinor, style),
      formatAmount(channel.cohort.spendMinor, style),
      channel.returnOnSpend === null ? notAvailable : `${t.number(channel.returnOnSpend)}×`,
      channel.olderLeadWins === 0
        ? '0'
        : `${t.number(channel.olderLeadWins)} (${formatAmount(channel.olderLeadWonValueMinor, style)})`,
    ]),
  );
  return { title, table };
}
