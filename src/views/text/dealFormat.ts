import { formatCalendarDay } from '../../domain/dates';
import { STAGES, type Stage } from '../../domain/stages';
import { stageLabel as catalogStageLabel } from '../../i18n/stageLabel';
import type { Translator } from '../../i18n/translator';
import type { DealRecord } from '../../store/repos/dealStore';
import { escapeTruncated } from '../../blockKit/text';

export function dealReference(deal: Pick<DealRecord, 'number'>): string {
  return `D-${deal.number}`;
}

/** A stage's name in the reader's language; a value that is not a stage shows as stored. */
export function stageLabel(t: Translator, stage: string): string {
  return (STAGES as readonly string[]).includes(stage) ? catalogStageLabel(t, stage as Stage) : stage;
}

/** "`D-7` *Acme Corp*": the id to type and the client, safe for mrkdwn. */
export function dealTitle(deal: Pick<DealRecord, 'number'>, company: string): string {
  return `\`${dealReference(deal)}\` *${escapeTruncated(company, 150)}*`;
}

export function moneyText(
  t: Translator,
  valueMinor: number | null,
  currency: string | null,
): string | undefined {
  return valueMinor === null || currency === null ? undefined : t.money(valueMinor, currency);
}

/** "discount 7.5 %", undefined without a discount. */
export function discountText(t: Translator, discountPct: number | null): string | undefined {
  return discountPct === null ? undefined : t.t('deals.discount', { percent: t.percent(discountPct, 2) });
}

/** "PLN 12,000 · discount 10 %": the terms a deal carries now. */
export function dealTermsText(
  t: Translator,
  deal: Pick<DealRecord, 'valueMinor' | 'currency' | 'discountPct' | 'expectedCloseDate'>,
): string {
  return [
    moneyText(t, deal.valueMinor, deal.currency),
    discountText(t, deal.discountPct),
    deal.expectedCloseDate
      ? t.t('deals.expectedClose', { date: formatCalendarDay(deal.expectedCloseDate, t) })
      : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}

/**
 * "Offer → Negotiation (back)": a stage change with what kind of move it was. `emphasis` wraps
 * the stage entered (bold in timelines).
 */
export function moveText(
  t: Translator,
  move: { fromStage: string | null; toStage: string; kind: string; skipped: readonly string[] },
  emphasis: (label: string) => string = (label) => label,
): string {
  const to = emphasis(stageLabel(t, move.toStage));
  if (move.fromStage === null) return t.t('deals.createdIn', { stage: to });
  const step = `${stageLabel(t, move.fromStage)} → ${to}`;
  if (move.skipped.length > 0)
    return t.t('deals.moveSkipped', {
      move: step,
      stages: move.skipped.map((stage) => stageLabel(t, stage)).join(', '),
    });
  if (move.kind === 'backward') return t.t('deals.moveBack', { move: step });
  if (move.kind === 'reopen') return t.t('deals.moveReopened', { move: step });
  return step;
}
