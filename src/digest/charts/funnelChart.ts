import type { DigestFigures } from '../../domain/digestFigures';
import { STAGE_LABELS } from '../../domain/stages';
import { formatCount, formatPercent, formatPeriod, type DigestFormat } from '../format';
import { PALETTE } from './chartTheme';
import { altText, textTable, type DigestChart } from './digestChart';

function pct(value: number | null, style: DigestFormat): string {
  return value === null ? 'n/a' : formatPercent(Math.round(value), style.locale);
}

/** The cohort funnel as horizontal bars; each label carries the step and overall conversion. */
export function buildFunnelChart(figures: DigestFigures, style: DigestFormat): DigestChart {
  const { funnel } = figures;
  const cohort = formatPeriod(
    { start: funnel.cohortStart, end: funnel.cohortEnd, timeZone: figures.period.timeZone },
    style.locale,
  );
  const title = `Funnel of leads created ${cohort}`;
  const labels = funnel.stages.map((stage, index) => {
    const head = `${STAGE_LABELS[stage.stage]} ${formatCount(stage.reached, style.locale)}`;
    if (index === 0) return head;
    return [
      head,
      `${pct(stage.stepConversionPct, style)} step · ${pct(stage.overallConversionPct, style)} all`,
    ];
  });
  const described = funnel.stages.map((stage, index) => {
    const head = `${STAGE_LABELS[stage.stage]} ${stage.reached}`;
    if (index === 0) return head;
    return `${head} (${pct(stage.stepConversionPct, style)} of the step before, ${pct(stage.overallConversionPct, style)} overall)`;
  });
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
        indexAxis: 'y',
        plugins: { legend: { display: false }, title: { display: true, text: title } },
      },
    },
    altText: altText(`${title}: ${described.join('; ')}.`),
    table: textTable(
      ['Stage', 'Reached', 'Step', 'Overall'],
      funnel.stages.map((stage, index) => [
        STAGE_LABELS[stage.stage],
        formatCount(stage.reached, style.locale),
        index === 0 ? '' : pct(stage.stepConversionPct, style),
        index === 0 ? '' : pct(stage.overallConversionPct, style),
      ]),
    ),
  };
}
