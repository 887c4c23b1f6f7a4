import { meetingPeriodValue, parseMeetingPeriodValue, validateNoteDraft } from '../../src/domain/meeting';
import { parseMeetingCommand } from '../../src/domain/meetingCommand';
import { inEnglish, messageOf, withEnglishProblems } from '../support/englishProblems';

describe('validateNoteDraft', () => {
  it('accepts a decision about a KPI and a client, trimmed', () => {
    expect(
      validateNoteDraft({
        kind: 'decision',
        text: '  Stop display ads \u0007',
        kpi: 'cost_per_lead',
        client: 'd-7',
      }),
    ).toEqual({
      ok: true,
      value: {
        kind: 'decision',
        text: 'Stop display ads',
        kpi: 'cost_per_lead',
        client: { type: 'deal', number: 7 },
      },
    });
  });

  it('takes a note when no kind is given', () => {
    expect(validateNoteDraft({ text: 'Renewal in March' })).toEqual({
      ok: true,
      value: { kind: 'note', text: 'Renewal in March' },
    });
  });

  it('names every field at fault with an example', () => {
    const result = validateNoteDraft({ kind: 'idea', text: 'x'.repeat(2001), kpi: 'mood', client: 'Acme' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(inEnglish)).toEqual([
      { field: 'kind', message: '“idea” is not a kind; choose note or decision', example: 'decision' },
      { field: 'text', message: 'The text is 2001 characters; at most 2000 fit' },
      { field: 'kpi', message: "“mood” is not one of the digest's KPIs", example: 'win_rate' },
      { field: 'client', message: '“Acme” is not a lead or deal id', example: 'L-12, D-7' },
    ]);
  });

  it('requires text', () => {
    expect(withEnglishProblems(validateNoteDraft({ kind: 'note', text: ' \n ' }))).toEqual({
      ok: false,
      problems: [{ field: 'text', message: 'Write what was noted or decided' }],
    });
  });
});

describe('meeting period values', () => {
  it('round-trips a period through a button value', () => {
    const period = { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') };
    expect(parseMeetingPeriodValue(meetingPeriodValue(period))).toEqual(period);
  });

  it.each(['', 'abc', '5_3', '1_', '1764000000000-1765000000000'])('refuses %p', (value) => {
    expect(parseMeetingPeriodValue(value)).toBeUndefined();
  });
});

describe('parseMeetingCommand', () => {
  it.each([
    ['', { kind: 'show' }],
    ['help', { kind: 'help' }],
    ['actions', { kind: 'actions', mine: false }],
    ['ACTIONS Mine', { kind: 'actions', mine: true }],
  ])('reads %p', (text, value) => {
    expect(parseMeetingCommand(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['actions all', 'actions', '“all” is not an action-item filter; the only one is mine'],
    [
      'notes',
      'text',
      '“notes” is not a /meeting request; use /meeting, /meeting actions [mine] or /meeting help',
    ],
    ['help me', 'text', '“help me” is not a /meeting request'],
    ['actions "mine', 'text', 'is never closed'],
  ])('refuses %p', (text, field, message) => {
    const parsed = parseMeetingCommand(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.field).toBe(field);
    expect(messageOf(parsed.problems[0])).toContain(message);
  });
});
