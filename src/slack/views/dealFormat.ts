import { formatCalendarDate } from '../../domain/calendar';
import { formatMoney } from '../../domain/money';
import { STAGE_LABELS, type Stage } from '../../domain/stages';
import type { DealRecord } from '../../store/dealStore';
import { escapeMrkdwn, truncate } from './text';

export function dealReference(deal: Pick<DealRecord, 'number'>): string {
  return `D-${deal.number}`;
}

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as Stage] ?? stage;
}

/** "`D-7` *Acme Corp*": the id to type and the client, safe for mrkdwn. */
export function dealTitle(deal: Pick<DealRecord, 'number'>, company: string): string {
  return `\`${dealReference(deal)}\` *${escapeMrkdwn(truncate(company, 150))}*`;
}

export function moneyText(valueMinor: number | null, currency: string | null): string | undefined {
  return valueMinor === null || currency === null ? undefined : formatMoney(valueMinor, currency);
}

export function percentText(percent: number | null): string | undefined {
  return percent === null ? undefined : `${percent} %`;
}

/** "PLN 12,000 · discount 10 %": the terms a deal carries now. */
export function dealTermsText(
  deal: Pick<DealRecord, 'valueMinor' | 'currency' | 'discountPct' | 'expectedCloseDate'>,
): string {
  return [
    moneyText(deal.valueMinor, deal.currency),
    deal.discountPct === null ? undefined : `discount ${percentText(deal.discountPct)}`,
    deal.expectedCloseDate ? `expected close ${formatCalendarDate(deal.expectedCloseDate)}` : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}
