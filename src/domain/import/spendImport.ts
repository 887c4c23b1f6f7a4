import { formatCalendarRange } from '../calendar';
import { englishProblem, importProblem } from './importProblem';
import { formatMoney } from '../money';
import { type SpendDraft, type SpendInput, validateSpendDraft } from '../spend';
import type { RowValues } from './columnMapping';
import type { PlanLine, ReadRow } from './importPlan';
import { calendarDateText, splitAmountAndCurrency } from './importValues';

/** The stored spend fields an import matches on. */
export type StoredSpend = {
  channel: string;
  amountMinor: number;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
};

export type SpendPlanLine = PlanLine<SpendInput, never>;

export function spendSubject(spend: StoredSpend): string {
  return `${spend.channel} ${formatMoney(spend.amountMinor, spend.currency)} over ${formatCalendarRange({
    start: spend.periodStart,
    end: spend.periodEnd,
  })}`;
}

/**
 * Reads a spend row with the rules of `/spend`: a period as `2026-11` or `first..last`, or the
 * first and last day in From and To columns; an amount may carry its currency ("4 500 zł").
 */
export function readSpendRow(
  line: number,
  values: RowValues,
  context: { channelKeys: readonly string[]; defaultCurrency: string },
): ReadRow<SpendInput> {
  const from = values.get('from');
  const to = values.get('to');
  const period =
    values.get('period') ??
    (from || to ? `${calendarDateText(from ?? '')}..${calendarDateText(to ?? from ?? '')}` : undefined);
  const split = splitAmountAndCurrency(values.get('amount') ?? '');
  const currencyText = values.get('currency');
  const draft: SpendDraft = {
    ...(values.has('channel') ? { channel: values.get('channel') } : {}),
    ...(split.amount ? { amount: split.amount } : {}),
    ...(currencyText || split.currency ? { currency: currencyText ?? split.currency } : {}),
    ...(period ? { period } : {}),
    ...(values.has('note') ? { note: values.get('note') } : {}),
  };
  const subject = [draft.channel ?? '(no channel)', values.get('amount') ?? '', period ?? '']
    .join(' ')
    .trim();
  if (split.currency && currencyText && split.currency !== currencyText.toUpperCase()) {
    return {
      line,
      subject,
      ok: false,
      problems: [
        importProblem('amount', `is in ${split.currency} but the currency column says ${currencyText}`),
      ],
    };
  }
  const validated = validateSpendDraft(draft, context);
  if (!validated.ok) {
    const problems = validated.problems.map((each) => englishProblem(each));
    return { line, subject, ok: false, problems };
  }
  return { line, subject: spendSubject(validated.value), ok: true, row: validated.value };
}

function spendKey(spend: StoredSpend): string {
  return [
    spend.channel,
    spend.currency,
    spend.amountMinor,
    spend.periodStart.getTime(),
    spend.periodEnd.getTime(),
  ].join('|');
}

/**
 * Spend matches on channel, period and amount. Identical rows are allowed (two invoices of the same
 * size): the file's n-th copy matches the n-th stored copy, so a re-run creates none of them again.
 */
export function planSpendImport(
  rows: readonly ReadRow<SpendInput>[],
  stored: readonly StoredSpend[],
): SpendPlanLine[] {
  const unmatched = new Map<string, number>();
  for (const spend of stored) unmatched.set(spendKey(spend), (unmatched.get(spendKey(spend)) ?? 0) + 1);
  return rows.map((read): SpendPlanLine => {
    if (!read.ok)
      return { line: read.line, action: 'reject', subject: read.subject, problems: read.problems };
    const key = spendKey(read.row);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      return { line: read.line, action: 'unchanged', subject: read.subject };
    }
    return { line: read.line, action: 'create', subject: read.subject, create: read.row };
  });
}
