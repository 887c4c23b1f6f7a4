import { lookbackWindow, parseLookbackPeriod } from '../../src/domain/lookbackPeriod';
import { englishText } from '../support/englishProblems';

function spec(text: string) {
  const parsed = parseLookbackPeriod(text);
  if (!parsed.ok) throw new Error(englishText(parsed.reason));
  return parsed.spec;
}

describe('lookbackWindow', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('counts days and weeks as calendar days ending today in the team time zone', () => {
    expect(lookbackWindow(spec('30d'), now, 'UTC')).toEqual({
      start: new Date('2026-10-25T00:00:00Z'),
      end: new Date('2026-11-24T00:00:00Z'),
      period: { kind: 'days', days: 30, count: 30, unit: 'day' },
    });
    expect(lookbackWindow(spec('1w'), now, 'Europe/Warsaw')).toEqual({
      start: new Date('2026-11-16T23:00:00Z'),
      end: new Date('2026-11-23T23:00:00Z'),
      period: { kind: 'days', days: 7, count: 1, unit: 'week' },
    });
  });

  it('uses the team’s date when it differs from UTC', () => {
    // 23:30 UTC on the 23rd is already the 24th in Warsaw.
    const window = lookbackWindow(spec('1d'), new Date('2026-11-23T23:30:00Z'), 'Europe/Warsaw');
    expect(window.start).toEqual(new Date('2026-11-23T23:00:00Z'));
  });

  it('turns a date range into midnights of the team time zone, end day included', () => {
    expect(lookbackWindow(spec('2026-10-20..2026-10-31'), now, 'Europe/Warsaw')).toEqual({
      // Summer time ends on 25 October.
      start: new Date('2026-10-19T22:00:00Z'),
      end: new Date('2026-10-31T23:00:00Z'),
      period: {
        kind: 'dates',
        range: { start: new Date('2026-10-20T00:00:00Z'), end: new Date('2026-11-01T00:00:00Z') },
      },
    });
  });
});

describe('parseLookbackPeriod', () => {
  it.each([
    ['0d', '“0d” must be between 1 and 730 days'],
    ['105w', '“105w” must be between 1 and 730 days'],
    ['3m', '“3m” is not a period; write 30d, 6w or 2026-11-01..2026-11-14'],
  ])('refuses %s', (text, message) => {
    const parsed = parseLookbackPeriod(text);
    expect(parsed.ok ? '' : englishText(parsed.reason)).toBe(message);
  });
});
