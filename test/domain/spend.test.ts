import { parseCalendarRange } from '../../src/domain/calendar';
import { spendShareMinor, validateSpendDraft } from '../../src/domain/spend';
import { inEnglish } from '../support/englishProblems';

const date = (text: string) => new Date(`${text}T00:00:00Z`);
const range = (start: string, endExclusive: string) => ({ start: date(start), end: date(endExclusive) });

// 4500.00 over 1–14 November (14 days).
const spend = { amountMinor: 450_000, periodStart: date('2026-11-01'), periodEnd: date('2026-11-15') };

describe('spendShareMinor', () => {
  it('gives a window inside the period its days', () => {
    expect(spendShareMinor(spend, range('2026-11-01', '2026-11-08'))).toBe(225_000);
  });

  it('splits the period at a reporting boundary so both sides add up to the amount', () => {
    const october = { amountMinor: 100_000, periodStart: date('2026-10-25'), periodEnd: date('2026-11-04') };
    const inOctober = spendShareMinor(october, range('2026-10-01', '2026-11-01'));
    const inNovember = spendShareMinor(october, range('2026-11-01', '2026-12-01'));
    expect(inOctober).toBe(70_000);
    expect(inNovember).toBe(30_000);
  });

  it('keeps whole minor units that still sum exactly when the amount does not divide evenly', () => {
    const odd = { amountMinor: 100, periodStart: date('2026-11-01'), periodEnd: date('2026-11-04') };
    const days = ['2026-11-01', '2026-11-02', '2026-11-03'].map((first, index) =>
      spendShareMinor(odd, range(first, ['2026-11-02', '2026-11-03', '2026-11-04'][index] ?? '')),
    );
    expect(days).toEqual([33, 33, 34]);
    expect(days.reduce((sum, each) => sum + each, 0)).toBe(100);
  });

  it('gives a window covering the whole period all of it, and windows outside nothing', () => {
    expect(spendShareMinor(spend, range('2026-10-01', '2026-12-01'))).toBe(450_000);
    expect(spendShareMinor(spend, range('2026-11-15', '2026-12-01'))).toBe(0);
    expect(spendShareMinor(spend, range('2026-10-01', '2026-11-01'))).toBe(0);
  });

  it('counts the last day of the period (the end is exclusive)', () => {
    expect(spendShareMinor(spend, range('2026-11-14', '2026-11-15'))).toBe(32_143);
  });

  it('rounds a window bound given as a time-zone midnight to its calendar date', () => {
    const warsawNovember = { start: new Date('2026-10-31T23:00:00Z'), end: new Date('2026-11-30T23:00:00Z') };
    expect(spendShareMinor(spend, warsawNovember)).toBe(450_000);
  });
});

describe('validateSpendDraft', () => {
  const context = { channelKeys: ['paid_search', 'seo'], defaultCurrency: 'PLN' };

  it('reads a full draft, defaulting the currency to the team’s', () => {
    expect(
      validateSpendDraft(
        { channel: 'Paid-Search', amount: '4 500', period: '2026-11-01..2026-11-14' },
        context,
      ),
    ).toEqual({
      ok: true,
      value: {
        channel: 'paid_search',
        amountMinor: 450_000,
        currency: 'PLN',
        periodStart: date('2026-11-01'),
        periodEnd: date('2026-11-15'),
      },
    });
  });

  it('names every field at fault, with the team’s channel list', () => {
    const parsed = validateSpendDraft(
      { channel: 'google_ads', amount: '0', currency: 'XYZ', period: '2026-11-14..2026-11-01' },
      context,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(inEnglish).map((each) => [each.field, each.message])).toEqual([
      ['channel', "“google_ads” is not one of the team's channels: paid_search, seo"],
      ['currency', '“XYZ” is not an ISO currency code such as PLN, EUR or USD'],
      ['period', '“2026-11-14..2026-11-01” ends before it starts'],
    ]);
    const zero = validateSpendDraft({ channel: 'seo', amount: '0', period: '2026-11' }, context);
    expect(zero.ok ? [] : zero.problems.map(inEnglish).map((each) => each.message)).toEqual([
      'Amount must be more than 0',
    ]);
  });
});

describe('parseCalendarRange', () => {
  it('reads a range with both days included, a month and a day', () => {
    expect(parseCalendarRange('2026-11-01..2026-11-14')).toEqual({
      ok: true,
      range: range('2026-11-01', '2026-11-15'),
    });
    expect(parseCalendarRange('2026-12')).toEqual({ ok: true, range: range('2026-12-01', '2027-01-01') });
    expect(parseCalendarRange('2026-11-05')).toEqual({ ok: true, range: range('2026-11-05', '2026-11-06') });
  });

  it('refuses impossible dates and over-long periods', () => {
    expect(parseCalendarRange('2026-02-30').ok).toBe(false);
    expect(parseCalendarRange('2026-01-01..2027-06-01').ok).toBe(false);
    expect(parseCalendarRange('november').ok).toBe(false);
  });
});
