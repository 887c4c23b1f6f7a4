import { parseIsoDate } from './calendar';
import type { MessageKey } from '../i18n/catalog';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';
import { normalizeCurrency, parseMoney, parsePercent } from './money';
import type { Stage } from './stages';

/** Every deal field a move can set, with its quick-command key, label and example. */
export const DEAL_FIELDS = {
  value: { key: 'value', label: 'Value', example: 'value:12000' },
  currency: { key: 'currency', label: 'Currency', example: 'currency:PLN' },
  discount: { key: 'discount', label: 'Discount', example: 'discount:10%' },
  expectedClose: { key: 'close', label: 'Expected close date', example: 'close:2026-12-15' },
  problems: {
    key: 'problems',
    label: 'Problems / challenges',
    example: 'problems:"manual month-end reports"',
  },
  desiredOutcomes: { key: 'outcomes', label: 'Desired outcomes', example: 'outcomes:"reports in one click"' },
  offerRequested: { key: 'requested', label: 'Offer requested on', example: 'requested:2026-11-10' },
  offerSent: { key: 'sent', label: 'Offer sent on', example: 'sent:2026-11-20' },
  negotiationNotes: { key: 'notes', label: 'Negotiation notes', example: 'notes:"wants annual billing"' },
  reason: { key: 'reason', label: 'Reason', example: 'reason:"price too high"' },
  reasonOther: { key: 'other', label: 'Other reason', example: 'reason:"chose to build in-house"' },
} as const;

export type DealField = keyof typeof DEAL_FIELDS;
export const DEAL_FIELD_BY_KEY: ReadonlyMap<string, DealField> = new Map(
  (Object.keys(DEAL_FIELDS) as DealField[])
    .filter((field) => field !== 'reasonOther')
    .map((field) => [DEAL_FIELDS[field].key, field]),
);

/** The free-text fields' length limits, and their names at the start of a problem's sentence. */
const TEXT_LIMITS: Partial<Record<DealField, { max: number; label: MessageKey }>> = {
  problems: { max: 2000, label: 'field.problems' },
  desiredOutcomes: { max: 2000, label: 'field.desiredOutcomes' },
  negotiationNotes: { max: 2000, label: 'field.negotiationNotes' },
  reason: { max: 500, label: 'field.reason' },
  reasonOther: { max: 500, label: 'field.reasonOther' },
};

/** Deal fields as typed. In a form an empty field is '' (clear it); in a quick command absent means keep. */
export type DealDraft = Partial<Record<DealField, string>>;

/** The reason a LOST deal records: a key of the team's list, or `other` with the words. */
export const OTHER_LOST_REASON = 'other';

/** What a move or an edit writes; undefined keeps the deal's value, null clears it. */
export type DealTerms = {
  valueMinor?: number | null;
  currency?: string;
  discountPct?: number | null;
  expectedCloseDate?: Date | null;
  problems?: string | null;
  desiredOutcomes?: string | null;
  offerRequestedAt?: Date | null;
  offerSentAt?: Date | null;
  negotiationNotes?: string | null;
  lostReason?: string;
  lostReasonText?: string | null;
  /** Why the move happened, recorded on its StageEvent. */
  reason?: string;
};

export type DealValidationContext = {
  /** Where the deal is going; undefined for an edit that keeps the stage. */
  toStage: Stage | undefined;
  /** The deal's currency, or the team's default for a new deal. */
  currency: string;
  lostReasons: readonly { key: string; label: string }[];
  /**
   * For history a CRM exported: a won deal may have no value (it counts as a win of unknown value)
   * and a lost one no reason. Someone closing a deal in Slack gives both.
   */
  closedAsRecorded?: boolean;
  /** The deal's value and discount now: a WON move without `value:` takes the value less the discount. */
  standing?: { valueMinor: number | null; discountPct: number | null };
};

/** The won value of an offer of `valueMinor` after a `discountPct` discount, in whole minor units. */
export function wonValueAfterDiscount(valueMinor: number, discountPct: number | null): number {
  return Math.round((valueMinor * (100 - (discountPct ?? 0))) / 100);
}

function reasonKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Validates a draft for a move to `toStage`: WON needs its final value, LOST its reason. */
export function validateDealDraft(draft: DealDraft, context: DealValidationContext): Parsed<DealTerms> {
  const problems: FieldProblem[] = [];
  const terms: DealTerms = {};
  const typed = (field: DealField) => draft[field]?.trim();

  for (const [field, limit] of Object.entries(TEXT_LIMITS) as [
    DealField,
    { max: number; label: MessageKey },
  ][]) {
    const text = typed(field);
    if (text && text.length > limit.max) {
      problems.push(
        problem(
          field,
          because('problem.tooLong', { label: term(limit.label), count: text.length, max: limit.max }),
          DEAL_FIELDS[field].example,
        ),
      );
    }
  }

  const currencyText = typed('currency');
  let currency = context.currency;
  if (currencyText) {
    const code = normalizeCurrency(currencyText);
    if (!code)
      problems.push(
        problem(
          'currency',
          because('problem.notACurrency', { typed: currencyText }),
          DEAL_FIELDS.currency.example,
        ),
      );
    else currency = code;
  }
  const valueText = typed('value');
  if (valueText) {
    const money = parseMoney(valueText, currency);
    if (money.ok) terms.valueMinor = money.minor;
    else problems.push(problem('value', money.reason, DEAL_FIELDS.value.example));
  } else if (valueText === '') terms.valueMinor = null;
  // A stored value is in the deal's currency, so changing the currency needs the value restated.
  if (currency !== context.currency && !valueText) {
    problems.push(problem('currency', 'problem.deal.currencyNeedsValue', 'value:12000 currency:PLN'));
  } else if (valueText) terms.currency = currency;
  const discountText = typed('discount');
  if (discountText) {
    const percent = parsePercent(discountText);
    if (percent.ok) terms.discountPct = percent.value;
    else problems.push(problem('discount', percent.reason, DEAL_FIELDS.discount.example));
  } else if (discountText === '') terms.discountPct = null;

  // Only a value left out is taken from the deal; a form's emptied field still needs one.
  const standingValue = draft.value === undefined ? context.standing?.valueMinor : undefined;
  if (context.toStage === 'WON' && !valueText && !context.closedAsRecorded) {
    if (standingValue === null || standingValue === undefined || currency !== context.currency) {
      problems.push(problem('value', 'problem.deal.wonNeedsValue', '/deal D-7 won value:10800'));
    } else {
      const discount = terms.discountPct === undefined ? context.standing?.discountPct : terms.discountPct;
      terms.valueMinor = wonValueAfterDiscount(standingValue, discount ?? null);
    }
  }

  const dates = [
    ['expectedClose', 'expectedCloseDate'],
    ['offerRequested', 'offerRequestedAt'],
    ['offerSent', 'offerSentAt'],
  ] as const;
  for (const [field, column] of dates) {
    const text = typed(field);
    if (text === '') terms[column] = null;
    else if (text) {
      const date = parseIsoDate(text);
      if (date) terms[column] = date;
      else
        problems.push(
          problem(field, because('problem.date.notIsoDate', { typed: text }), DEAL_FIELDS[field].example),
        );
    }
  }
  if (terms.offerRequestedAt && terms.offerSentAt && terms.offerSentAt < terms.offerRequestedAt) {
    problems.push(
      problem('offerSent', 'problem.deal.sentBeforeRequested', 'requested:2026-11-10 sent:2026-11-20'),
    );
  }

  const texts = [
    ['problems', 'problems'],
    ['desiredOutcomes', 'desiredOutcomes'],
    ['negotiationNotes', 'negotiationNotes'],
  ] as const;
  for (const [field, column] of texts) {
    const text = typed(field);
    if (text !== undefined) terms[column] = text === '' ? null : text;
  }

  const reasonText = typed('reason');
  // A lost deal exported without a reason is kept without one (the digest shows "(no reason)").
  if (context.toStage === 'LOST' && (reasonText || !context.closedAsRecorded)) {
    const lost = readLostReason(reasonText, typed('reasonOther'), context.lostReasons);
    if (lost.ok) Object.assign(terms, lost.value);
    else problems.push(...lost.problems);
  } else if (reasonText) terms.reason = reasonText;

  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: terms };
}

/**
 * A LOST reason: a key or label of the team's list, `other` with words in `otherText`, or any
 * other words (recorded as `other` with those words).
 */
function readLostReason(
  typed: string | undefined,
  otherText: string | undefined,
  lostReasons: readonly { key: string; label: string }[],
): Parsed<Pick<DealTerms, 'lostReason' | 'lostReasonText' | 'reason'>> {
  const listed = lostReasons.map((option) => option.key).join(', ');
  const example = lostReasons[0] ? `reason:${lostReasons[0].key}` : DEAL_FIELDS.reason.example;
  if (!typed) {
    return {
      ok: false,
      problems: [
        problem(
          'reason',
          listed
            ? because('problem.deal.lostNeedsListedReason', { reasons: listed })
            : 'problem.deal.lostNeedsReason',
          example,
        ),
      ],
    };
  }
  const key = reasonKey(typed);
  if (key === OTHER_LOST_REASON) {
    if (!otherText)
      return {
        ok: false,
        problems: [
          problem('reasonOther', 'problem.deal.otherReasonMissing', DEAL_FIELDS.reasonOther.example),
        ],
      };
    return {
      ok: true,
      value: { lostReason: OTHER_LOST_REASON, lostReasonText: otherText, reason: otherText },
    };
  }
  const option = lostReasons.find((each) => each.key === key || reasonKey(each.label) === key);
  if (option)
    return { ok: true, value: { lostReason: option.key, lostReasonText: null, reason: option.key } };
  return { ok: true, value: { lostReason: OTHER_LOST_REASON, lostReasonText: typed, reason: typed } };
}
