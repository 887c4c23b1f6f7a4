import type { DigestFigures } from '../../domain/digestFigures';
import { stageLabel } from '../../i18n/stageLabel';
import { formatPeriod, type DigestFormat } from '../format';
import { PALETTE } from './chartTheme';
import { chartLocale } from './chartLocale';
import { altText, textTable, type DigestChart } from './digestChart';

function pct(value: number | null, style: DigestFormat): string {
  return value === null ? style.t.t('common.notAvailable') : style.t.percent(value, 0);
}

/** The cohort funnel as horizontal bars; each label carries the step and overall conversion. */
export function buildFunnelChart(figures: DigestFigures, style: DigestFormat): DigestChart {
  const { t } = style;
  const { funnel } = figures;
  const cohort = formatPeriod(
    { start: funnel.cohortStart, end: funnel.cohortEnd, timeZone: figures.period.timeZone },
    t,
  );
  const title = t.t('digest.chart.funnelTitle', { cohort });
  const heads = funnel.stages.map((stage) => `${stageLabel(t, stage.stage)} ${t.number(stage.reached)}`);
  const conversion = (index: number) => {
    const stage = funnel.stages[index];
    return {
      step: pct(stage?.stepConversionPct ?? null, style),
      overall: pct(stage?.overallConversionPct ?? null, style),
    };
  };
  const labels = heads.map((head, index) =>
    index === 0 ? head : [head, t.t('digest.chart.funnelConversion', conversion(index))],
  );
  const described = heads.map((head, index) =>
    index === 0 ? head : t.t('digest.chart.funnelDescribed', { stage: head, ...conversion(index) }),
  );
  return {
    key: 'funnel',
    title,
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [{ data: funnel.stages.map((stage) => stage.reached), backgroundColor: PALETTE.blue }],
      },
      options: {
        ...chartLocale(t),
        indexAxis: 'y',
        plugins: { legend: { display: false } },
      },
    },
    altText: altText(`${title}: ${described.join('; ')}.`),
    table: textTable(
      [
        t.t('digest.chart.stage'),
        t.t('digest.chart.reached'),
        t.t('digest.chart.step'),
        t.t('digest.chart.overall'),
      ],
      funnel.stages.map((stage, index) => [
        stageLabel(t, stage.stage),
        t.number(stage.reached),
        index === 0 ? '' : conversion(index).step,
        index === 0 ? '' : conversion(index).overall,
      ]),
    ),
  };
}
