import { parseDigestCommand, validateDigestSchedule } from '../../src/domain/digestCommand';
import { withEnglishProblems } from '../support/englishProblems';

describe('/digest parsing', () => {
  it.each([
    ['', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['preview', { kind: 'preview' }],
    ['preview 2026-11-01..2026-11-14', { kind: 'preview', period: '2026-11-01..2026-11-14' }],
    ['post', { kind: 'post' }],
    ['schedule', { kind: 'schedule' }],
    ['status', { kind: 'status' }],
  ])('reads “%s”', (text, expected) => {
    expect(parseDigestCommand(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses an unknown word and a period that ends before it starts', () => {
    expect(parseDigestCommand('send')).toMatchObject({ ok: false, problems: [{ field: 'command' }] });
    expect(withEnglishProblems(parseDigestCommand('post 2026-11-14..2026-11-01'))).toMatchObject({
      ok: false,
      problems: [{ field: 'period', message: '“2026-11-14..2026-11-01” ends before it starts' }],
    });
  });
});

describe('digest schedule form', () => {
  const good = {
    channelId: 'C1',
    weekday: '1',
    time: '09:00',
    timeZone: 'Europe/Warsaw',
    cadenceWeeks: '2',
    enabled: true,
  };

  it('accepts a complete form and canonicalises the time zone', () => {
    expect(validateDigestSchedule({ ...good, timeZone: 'america/new_york' })).toEqual({
      ok: true,
      value: {
        channelId: 'C1',
        weekday: 1,
        time: '09:00',
        timeZone: 'America/New_York',
        cadenceWeeks: 2,
        enabled: true,
      },
    });
  });

  it('names every bad field with an example', () => {
    const checked = validateDigestSchedule({
      enabled: false,
      time: '9am',
      timeZone: 'Nowhere',
      cadenceWeeks: '5',
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((problem) => [problem.field, problem.example])).toEqual([
      ['channel', undefined],
      ['weekday', undefined],
      ['time', '09:00'],
      ['timeZone', 'Europe/Warsaw'],
      ['cadenceWeeks', undefined],
    ]);
  });
});
