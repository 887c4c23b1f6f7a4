import { DEFAULT_LIST_PERIOD, parseFeedbackCommand } from '../../src/domain/feedbackCommand';
import { inEnglish, messageOf } from '../support/englishProblems';

describe('parseFeedbackCommand', () => {
  it('opens the form on empty text and answers help', () => {
    expect(parseFeedbackCommand('  ')).toEqual({ ok: true, value: { kind: 'open_modal' } });
    expect(parseFeedbackCommand('help')).toEqual({ ok: true, value: { kind: 'help' } });
  });

  it('reads the quick form: kind, optional client right after it, the text, and keys', () => {
    expect(parseFeedbackCommand('complaint L-12 "delivery took three weeks"')).toEqual({
      ok: true,
      value: { kind: 'add', draft: { kind: 'complaint', client: 'L-12', text: 'delivery took three weeks' } },
    });
    expect(
      parseFeedbackCommand('wish export to Excel product:analytics source:call sentiment:positive'),
    ).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: {
          kind: 'wish',
          text: 'export to Excel',
          product: 'analytics',
          source: 'call',
          sentiment: 'positive',
        },
      },
    });
    expect(parseFeedbackCommand('praise “D-7 was great” client:D-7')).toEqual({
      ok: true,
      value: { kind: 'add', draft: { kind: 'praise', text: 'D-7 was great', client: 'D-7' } },
    });
  });

  it('refuses unknown and repeated keys, naming them', () => {
    const parsed = parseFeedbackCommand('complaint L-1 price: high client:L-2');
    expect(parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => [each.field, each.message])).toEqual(
      [
        [
          'price',
          "“price:” is not a feedback key (keys are product, source, sentiment, client); put the client's words in double quotes",
        ],
        ['client', 'Client is given twice'],
      ],
    );
  });

  it('reads list filters in any order, with 30 days by default', () => {
    expect(parseFeedbackCommand('list')).toEqual({
      ok: true,
      value: { kind: 'list', period: DEFAULT_LIST_PERIOD },
    });
    expect(parseFeedbackCommand('list 6w requests')).toEqual({
      ok: true,
      value: {
        kind: 'list',
        feedbackKind: 'wish',
        period: { kind: 'days', days: 42, count: 6, unit: 'week' },
      },
    });
    const range = parseFeedbackCommand('list complaint 2026-11-01..2026-11-14');
    expect(range).toEqual({
      ok: true,
      value: {
        kind: 'list',
        feedbackKind: 'complaint',
        period: {
          kind: 'dates',
          range: { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-11-15T00:00:00Z') },
        },
      },
    });
  });

  it.each([
    ['list wish praise', '“praise” is not a list filter'],
    ['list 30d 6w', '“6w” is not a list filter'],
    ['list 9999d', '“9999d” must be between 1 and 730 days'],
    ['list 2026-13-01', '“2026-13-01” is not a period'],
  ])('refuses %s', (text, message) => {
    const parsed = parseFeedbackCommand(text);
    expect(parsed.ok ? '' : messageOf(parsed.problems[0])).toContain(message);
  });
});
