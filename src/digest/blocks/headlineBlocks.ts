import { chooseHeadline, type HeadlineDriver, type HeadlineItem } from '../../domain/headline';
import { KPI_POLARITY, type KpiId } from '../../domain/kpiPolarity';
import type { DigestFigures } from '../../domain/digestFigures';
import type { PlanProgress } from '../../domain/planProgress';
import type { KnownBlock } from '../../blockKit/message';
import { mrkdwnSection } from '../../blockKit/blockKit';
import { formatFigure, signed, verdictMark, type DigestFormat } from '../format';
import { ALL_KPIS, kpiLabel, type KpiLine } from './kpiBlocks';

function lineOf(figure: KpiId): KpiLine {
  const line = ALL_KPIS.find((each) => each.figure === figure);
  if (!line) throw new Error(`no digest KPI for ${figure}`);
  return line;
}

function relativePercent(current: number, previous: number): number {
  return Math.round(((current - previous) / Math.abs(previous)) * 100);
}

/** "Customer acquisition cost up 99 %", "Win rate down 12 pp", "Wins from 0 to 3". */
function moveText(item: HeadlineItem, style: DigestFormat): string {
  const { t } = style;
  const line = lineOf(item.figure);
  const figure = kpiLabel(line, t);
  const { current, previous } = item;
  const key = current > previous ? 'digest.story.up' : 'digest.story.down';
  if (line.kind === 'percent') {
    const points = t.t('common.percentagePoints', { value: t.number(Math.abs(current - previous)) });
    return t.t(key, { figure, change: points });
  }
  if (previous === 0) {
    return t.t('digest.story.fromTo', {
      figure,
      from: formatFigure(previous, line.kind, style),
      to: formatFigure(current, line.kind, style),
    });
  }
  return t.t(key, { figure, change: t.percent(Math.abs(relativePercent(current, previous)), 0) });
}

/** "spend +42 %" for money, "new customers from 7 to 5" for the rest. */
function driverText(driver: HeadlineDriver, style: DigestFormat): string {
  const { t } = style;
  const line = lineOf(driver.figure);
  const figure = kpiLabel(line, t).toLocaleLowerCase(t.locale);
  if (line.kind === 'money' && driver.previous !== 0) {
    const percent = relativePercent(driver.current, driver.previous);
    return `${figure} ${signed(t.percent(Math.abs(percent), 0), percent)}`;
  }
  return t.t('digest.story.partFromTo', {
    figure,
    from: formatFigure(driver.previous, line.kind, style),
    to: formatFigure(driver.current, line.kind, style),
  });
}

/** One headline sentence: whether it is good news, the move, then what drove it. */
export function headlineSentence(item: HeadlineItem, style: DigestFormat): string {
  const { t } = style;
  if (item.plan) return planGapSentence(item, item.plan, style);
  const move = moveText(item, style);
  const drivers = item.drivers.map((driver) => driverText(driver, style));
  const sentence = drivers.length === 0 ? `${move}.` : `${move}: ${t.list(drivers)}.`;
  const mark = verdictMark({ current: item.current, previous: item.previous }, KPI_POLARITY[item.figure], t);
  return mark ? `${mark} · ${sentence}` : sentence;
}

/** ":red_circle: off track · Leads created: 75 % of plan (45 against 60): marketing spend −20 %." */
function planGapSentence(item: HeadlineItem, progress: PlanProgress, style: DigestFormat): string {
  const { t } = style;
  const line = lineOf(item.figure);
  const gap = t.t('plan.digest.gap', {
    figure: kpiLabel(line, t),
    percent: t.percent(Math.round(progress.percentOfPlan), 0),
    actual: formatFigure(progress.actual, line.kind, style),
    plan: formatFigure(progress.plan, line.kind, style),
  });
  const drivers = item.drivers.map((driver) => driverText(driver, style));
  const sentence = drivers.length === 0 ? `${gap}.` : `${gap}: ${t.list(drivers)}.`;
  return `:red_circle: ${t.t('plan.digest.offTrack')} · ${sentence}`;
}

/** The headline sentences of a period (docs/METRICS.md → Headline), at most three, plan gaps first. */
export function headlineSentences(figures: DigestFigures, style: DigestFormat): string[] {
  return chooseHeadline(figures.history ?? [], undefined, figures.plan ?? []).map((item) =>
    headlineSentence(item, style),
  );
}

/** The parent's opening: the headline sentences, or that nothing moved more than usual. */
export function buildHeadlineBlocks(figures: DigestFigures, style: DigestFormat): KnownBlock[] {
  if (!figures.history) return [];
  const sentences = headlineSentences(figures, style);
  return [mrkdwnSection(sentences.length > 0 ? sentences.join('\n') : style.t.t('digest.story.quiet'))];
}
