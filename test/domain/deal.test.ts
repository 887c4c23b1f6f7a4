import { validateDealDraft } from '../../src/domain/deal';
import { inEnglish } from '../support/englishProblems';

const lostReasons = [
  { key: 'price', label: 'Price too high' },
  { key: 'competitor', label: 'Chose a competitor' },
];
const context = { currency: 'PLN', lostReasons };

describe('validateDealDraft', () => {
  it('reads value, discount, dates and texts into deal terms', () => {
    expect(
      validateDealDraft(
        {
          value: '12 000,50',
          discount: '10%',
          expectedClose: '2026-12-15',
          offerSent: '2026-11-20',
          problems: 'slow reports',
        },
        { ...context, toStage: 'OFFER' },
      ),
    ).toEqual({
      ok: true,
      value: {
        valueMinor: 1_200_050,
        currency: 'PLN',
        discountPct: 10,
        expectedCloseDate: new Date('2026-12-15T00:00:00Z'),
        offerSentAt: new Date('2026-11-20T00:00:00Z'),
        problems: 'slow reports',
      },
    });
  });

  it('clears fields a form left empty', () => {
    expect(
      validateDealDraft({ value: '', discount: '', problems: '' }, { ...context, toStage: undefined }),
    ).toEqual({
      ok: true,
      value: { valueMinor: null, discountPct: null, problems: null },
    });
  });

  it('needs the final value to win', () => {
    const parsed = validateDealDraft({ discount: '5' }, { ...context, toStage: 'WON' });
    expect(parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => [each.field, each.message])).toEqual(
      [['value', 'Winning a deal needs its final value']],
    );
  });

  it('needs a reason to lose: a listed key or label, other words, or other with its text', () => {
    const lose = (draft: Record<string, string>) => validateDealDraft(draft, { ...context, toStage: 'LOST' });
    expect(lose({}).ok).toBe(false);
    expect(lose({ reason: 'Price too high' })).toEqual({
      ok: true,
      value: { lostReason: 'price', lostReasonText: null, reason: 'price' },
    });
    expect(lose({ reason: 'competitor' })).toMatchObject({ ok: true, value: { lostReason: 'competitor' } });
    expect(lose({ reason: 'went with Excel' })).toEqual({
      ok: true,
      value: { lostReason: 'other', lostReasonText: 'went with Excel', reason: 'went with Excel' },
    });
    expect(lose({ reason: 'other', reasonOther: 'merger' })).toMatchObject({
      ok: true,
      value: { lostReason: 'other', lostReasonText: 'merger' },
    });
    const missing = lose({ reason: 'other' });
    expect(missing.ok ? [] : missing.problems.map((each) => each.field)).toEqual(['reasonOther']);
  });

  it('names each bad field', () => {
    const parsed = validateDealDraft(
      {
        value: '12k',
        currency: 'zloty',
        discount: '150%',
        expectedClose: '15.12.2026',
        offerRequested: '2026-11-20',
        offerSent: '2026-11-10',
      },
      { ...context, toStage: 'OFFER' },
    );
    expect(parsed.ok ? [] : parsed.problems.map((each) => each.field)).toEqual([
      'currency',
      'value',
      'discount',
      'expectedClose',
      'offerSent',
    ]);
  });

  it('asks for the value again when the currency changes', () => {
    const parsed = validateDealDraft({ currency: 'EUR' }, { ...context, toStage: undefined });
    expect(parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => each.message)).toEqual([
      'A new currency needs the value in it too',
    ]);
    expect(validateDealDraft({ currency: 'eur', value: '100' }, { ...context, toStage: undefined })).toEqual({
      ok: true,
      value: { valueMinor: 10_000, currency: 'EUR' },
    });
  });
});
