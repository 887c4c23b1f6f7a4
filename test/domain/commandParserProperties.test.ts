import fc from 'fast-check';
import { type DealDraft, validateDealDraft } from '../../src/domain/deal';
import { parseDealCommand } from '../../src/domain/dealCommand';
import { validateFeedbackDraft } from '../../src/domain/feedback';
import { parseFeedbackCommand } from '../../src/domain/feedbackCommand';
import type { Parsed } from '../../src/domain/inputError';
import { validateSpendDraft } from '../../src/domain/spend';
import { parseSpendCommand } from '../../src/domain/spendCommand';
import { STAGES } from '../../src/domain/stages';
import { expectExplainedRejection, hostileText } from '../support/hostileInput';

/**
 * The /deal, /spend and /feedback parsers and the validation behind them: any text at all gives a
 * command or problems that name a field and say what is wrong; nothing throws.
 */
const DEAL_WORDS = [
  'L-12',
  'D-3',
  'L-',
  'D-99999999999999999999',
  'qualified',
  'won',
  'lost',
  'negotiation',
  'reopen',
  'list',
  'mine',
  'help',
  'value:',
  'currency:',
  'discount:',
  'close:',
  'problems:',
  'outcomes:',
  'requested:',
  'sent:',
  'notes:',
  'reason:',
  'wartość:',
  'сумма:',
  'ofertowanie',
  'umowa',
  'продажа',
  'успешна',
  'провалена',
  'analiza',
  'potrzeb',
  'выявление',
  'потребностей',
  '2026-02-30',
  '12000',
  '-5',
  '150%',
  'PLN',
];
const SPEND_WORDS = [
  'paid_search',
  'seo',
  'list',
  'channels',
  'help',
  '4500',
  '4,500.50',
  '-1',
  'PLN',
  'EUR',
  'period:',
  'note:',
  'currency:',
  'amount:',
  'channel:',
  '2026-11',
  '2026-11-01..2026-11-14',
  '2026-13-01',
  'okres:',
];
const FEEDBACK_WORDS = [
  'complaint',
  'wish',
  'praise',
  'objection',
  'list',
  'help',
  'L-12',
  'D-7',
  'product:',
  'source:',
  'sentiment:',
  'client:',
  'call',
  'negative',
  '30d',
  'last:',
  'жалоба',
  'skarga',
  'obiekcje',
  'пожелание',
];

function checkParsed(result: Parsed<unknown>): void {
  if (!result.ok) expectExplainedRejection(result.problems);
}

describe('quick-command parsers never throw and always explain a rejection', () => {
  it('/deal', () => {
    fc.assert(fc.property(hostileText(DEAL_WORDS), (text) => checkParsed(parseDealCommand(text))));
  });

  it('/spend', () => {
    fc.assert(fc.property(hostileText(SPEND_WORDS), (text) => checkParsed(parseSpendCommand(text))));
  });

  it('/feedback', () => {
    fc.assert(fc.property(hostileText(FEEDBACK_WORDS), (text) => checkParsed(parseFeedbackCommand(text))));
  });
});

describe('validating what a command or form carries never throws and explains every refusal', () => {
  const optionalText = (words: readonly string[]) => fc.option(hostileText(words), { nil: undefined });

  it('deal drafts, for any target stage and currency', () => {
    const draft = fc.record(
      {
        value: optionalText(DEAL_WORDS),
        currency: optionalText(DEAL_WORDS),
        discount: optionalText(DEAL_WORDS),
        expectedClose: optionalText(DEAL_WORDS),
        problems: optionalText(DEAL_WORDS),
        desiredOutcomes: optionalText(DEAL_WORDS),
        offerRequested: optionalText(DEAL_WORDS),
        offerSent: optionalText(DEAL_WORDS),
        negotiationNotes: optionalText(DEAL_WORDS),
        reason: optionalText(['price', 'other', 'too_expensive']),
        reasonOther: optionalText(DEAL_WORDS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        draft,
        fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
        fc.constantFrom('EUR', 'PLN', 'JPY', 'KWD'),
        (typed, toStage, currency) => {
          const result = validateDealDraft(typed as DealDraft, {
            toStage,
            currency,
            lostReasons: [{ key: 'price', label: 'Price' }],
          });
          if (!result.ok) expectExplainedRejection(result.problems);
        },
      ),
    );
  });

  it('spend drafts', () => {
    const draft = fc.record(
      {
        channel: optionalText(SPEND_WORDS),
        amount: optionalText(SPEND_WORDS),
        currency: optionalText(SPEND_WORDS),
        period: optionalText(SPEND_WORDS),
        note: optionalText(SPEND_WORDS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(draft, (typed) => {
        const result = validateSpendDraft(typed, {
          channelKeys: ['paid_search', 'seo'],
          defaultCurrency: 'EUR',
        });
        if (result.ok) {
          expect(Number.isSafeInteger(result.value.amountMinor)).toBe(true);
          expect(result.value.periodEnd.getTime()).toBeGreaterThan(result.value.periodStart.getTime());
        } else {
          expectExplainedRejection(result.problems);
        }
      }),
    );
  });

  it('feedback drafts', () => {
    const draft = fc.record(
      {
        kind: optionalText(FEEDBACK_WORDS),
        text: optionalText(FEEDBACK_WORDS),
        client: optionalText(FEEDBACK_WORDS),
        product: optionalText(['analytics', 'Analytics']),
        sentiment: optionalText(FEEDBACK_WORDS),
        source: optionalText(FEEDBACK_WORDS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(draft, (typed) => {
        const result = validateFeedbackDraft(typed, [{ key: 'analytics', label: 'Analytics' }]);
        if (result.ok) expect(result.value.text.length).toBeLessThanOrEqual(3000);
        else expectExplainedRejection(result.problems);
      }),
    );
  });
});
