import { type CalendarRange, daysBetween, parseCalendarRange } from './calendar';
import type { MessageKey } from '../i18n/catalog';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';
import { normalizeCurrency, parseMoney } from './money';
import { stripControlCharacters } from './text';

/**
 * The share of a spend that falls in a reporting window. Spend is spread evenly over the calendar
 * days of its period [periodStart, periodEnd); a window gets the days it overlaps. Minor units stay
 * whole and add up exactly: with amount A over N days, the first d days carry floor(A·d / N), so
 * windows that tile the period always sum to A. Window bounds are rounded to the nearest midnight.
 * The store's SQL aggregation computes the same formula.
 */
export function spendShareMinor(
  spend: { amountMinor: number; periodStart: Date; periodEnd: Date },
  window: CalendarRange,
): number {
  const days = daysBetween(spend.periodStart, spend.periodEnd);
  if (days <= 0) return 0;
  const clamp = (day: number) => Math.min(Math.max(day, 0), days);
  const from = clamp(daysBetween(spend.periodStart, window.start));
  const to = clamp(daysBetween(spend.periodStart, window.end));
  if (to <= from) return 0;
  return Math.floor((spend.amountMinor * to) / days) - Math.floor((spend.amountMinor * from) / days);
}

export const SPEND_FIELDS = {
  channel: {
    key: 'channel',
    label: 'Channel',
    example: '/spend paid_search 4500 PLN period:2026-11-01..2026-11-14',
  },
  amount: { key: 'amount', label: 'Amount', example: '/spend paid_search 4500 PLN period:2026-11' },
  currency: { key: 'currency', label: 'Currency', example: 'currency:PLN' },
  period: { key: 'period', label: 'Period', example: 'period:2026-11-01..2026-11-14' },
  note: { key: 'note', label: 'Note', example: 'note:"Black Friday campaign"', maxLength: 500 },
} as const;

export type SpendField = keyof typeof SPEND_FIELDS;

/** Each field's name at the start of a problem's sentence ("Amount is given twice"). */
export const SPEND_FIELD_LABELS: Record<SpendField, MessageKey> = {
  channel: 'field.channel',
  amount: 'field.amount',
  currency: 'field.currency',
  period: 'problem.label.period',
  note: 'field.note',
};

/** Spend as typed in the quick command or the form. */
export type SpendDraft = Partial<Record<SpendField, string>>;

export type SpendInput = {
  channel: string;
  amountMinor: number;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
  note?: string;
};

/** Validates spend against the team's channel list; the currency defaults to the team's. */
export function validateSpendDraft(
  draft: SpendDraft,
  context: { channelKeys: readonly string[]; defaultCurrency: string },
): Parsed<SpendInput> {
  const problems: FieldProblem[] = [];
  const channelText = draft.channel?.trim() ?? '';
  const channel = channelText.toLowerCase().replace(/[\s-]+/g, '_');
  if (channelText === '') {
    problems.push(problem('channel', 'problem.spend.channelRequired', SPEND_FIELDS.channel.example));
  } else if (!context.channelKeys.includes(channel)) {
    problems.push(
      problem(
        'channel',
        because('problem.unknownChannel', { typed: channelText, channels: context.channelKeys.join(', ') }),
        SPEND_FIELDS.channel.example,
      ),
    );
  }
  const currencyText = draft.currency?.trim() || context.defaultCurrency;
  const currency = normalizeCurrency(currencyText);
  if (!currency) {
    problems.push(
      problem(
        'currency',
        because('problem.notACurrency', { typed: currencyText }),
        SPEND_FIELDS.currency.example,
      ),
    );
  }
  let amountMinor: number | undefined;
  const amountText = draft.amount?.trim() ?? '';
  if (amountText === '')
    problems.push(problem('amount', 'problem.spend.amountRequired', SPEND_FIELDS.amount.example));
  else if (currency) {
    const money = parseMoney(amountText, currency);
    if (!money.ok) problems.push(problem('amount', money.reason, SPEND_FIELDS.amount.example));
    else if (money.minor === 0)
      problems.push(problem('amount', 'problem.spend.amountNotPositive', SPEND_FIELDS.amount.example));
    else amountMinor = money.minor;
  }
  let range: CalendarRange | undefined;
  const periodText = draft.period?.trim() ?? '';
  if (periodText === '') {
    problems.push(problem('period', 'problem.spend.periodRequired', SPEND_FIELDS.period.example));
  } else {
    const parsed = parseCalendarRange(periodText);
    if (parsed.ok) range = parsed.range;
    else problems.push(problem('period', parsed.reason, SPEND_FIELDS.period.example));
  }
  // Control characters (a pasted NUL) are dropped: PostgreSQL refuses NUL in text.
  const note = draft.note === undefined ? undefined : stripControlCharacters(draft.note).trim();
  if (note && note.length > SPEND_FIELDS.note.maxLength) {
    problems.push(
      problem(
        'note',
        because('problem.tooLong', {
          label: term('field.note'),
          count: note.length,
          max: SPEND_FIELDS.note.maxLength,
        }),
        SPEND_FIELDS.note.example,
      ),
    );
  }
  if (problems.length > 0 || !currency || amountMinor === undefined || !range) return { ok: false, problems };
  return {
    ok: true,
    value: {
      channel,
      amountMinor,
      currency,
      periodStart: range.start,
      periodEnd: range.end,
      ...(note ? { note } : {}),
    },
  };
}
