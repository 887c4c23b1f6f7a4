import { parseSpendCommand } from '../../src/domain/spendCommand';

describe('parseSpendCommand', () => {
  it('opens the form, shows help, channels and lists', () => {
    expect(parseSpendCommand('')).toEqual({ ok: true, value: { kind: 'open_modal' } });
    expect(parseSpendCommand('channels')).toEqual({ ok: true, value: { kind: 'channels' } });
    expect(parseSpendCommand('list')).toEqual({ ok: true, value: { kind: 'list' } });
    expect(parseSpendCommand('list 2026-11')).toEqual({
      ok: true,
      value: { kind: 'list', period: '2026-11' },
    });
  });

  it('reads a quick entry, with the amount written with spaces', () => {
    expect(
      parseSpendCommand('paid_search 4 500 PLN period:2026-11-01..2026-11-14 note:"BF campaign"'),
    ).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: {
          channel: 'paid_search',
          amount: '4 500',
          currency: 'PLN',
          period: '2026-11-01..2026-11-14',
          note: 'BF campaign',
        },
      },
    });
    expect(parseSpendCommand('seo 1200 period:2026-11')).toEqual({
      ok: true,
      value: { kind: 'add', draft: { channel: 'seo', amount: '1200', period: '2026-11' } },
    });
  });

  it('names unknown keys, empty values and words after the currency', () => {
    const parsed = parseSpendCommand('seo 100 PLN extra budget:1 period:');
    expect(parsed.ok ? [] : parsed.problems.map((each) => each.field)).toEqual(['text', 'budget', 'period']);
  });
});
