import { pl } from 'date-fns/locale';
import {
  DEFAULT_CADENCE,
  formatPeriod,
  formatPeriodRange,
  lastPeriods,
  parsePeriod,
  periodContaining,
  periodDates,
  periodEndedBy,
  periodLengthDays,
  previousPeriod,
  trailingWeeks,
} from '../../src/domain/periods';
import { withEnglishProblems } from '../support/englishProblems';

const WARSAW = 'Europe/Warsaw';
const iso = (date: Date) => date.toISOString();

describe('periodContaining (every 2 weeks from Monday 2024-01-01)', () => {
  it('finds the two weeks around a moment, from local midnight to local midnight', () => {
    // 2026-11-11 is a Wednesday; 2026-11-02 is 1036 days = 74 fortnights after the anchor.
    const period = periodContaining(new Date('2026-11-11T12:00:00Z'), WARSAW);
    expect(iso(period.start)).toBe('2026-11-01T23:00:00.000Z'); // Mon 2 Nov 00:00 CET
    expect(iso(period.end)).toBe('2026-11-15T23:00:00.000Z'); // Mon 16 Nov 00:00 CET
    expect(period.timeZone).toBe(WARSAW);
  });

  it('puts local midnight in the new period and the millisecond before it in the old one', () => {
    const boundary = new Date('2026-11-15T23:00:00Z'); // Mon 16 Nov 00:00 in Warsaw, still Sunday in UTC
    expect(iso(periodContaining(boundary, WARSAW).start)).toBe('2026-11-15T23:00:00.000Z');
    expect(iso(periodContaining(new Date(boundary.getTime() - 1), WARSAW).start)).toBe(
      '2026-11-01T23:00:00.000Z',
    );
    // The same instant in UTC is Sunday 15 Nov, inside the earlier period.
    expect(iso(periodContaining(boundary, 'UTC').start)).toBe('2026-11-02T00:00:00.000Z');
  });

  it('keeps local midnights across the spring DST change (a 14-day period one hour short)', () => {
    // Warsaw moves to CEST on Sunday 29 March 2026; the fortnight is Mon 23 Mar – Sun 5 Apr.
    const period = periodContaining(new Date('2026-03-29T01:30:00Z'), WARSAW);
    expect(iso(period.start)).toBe('2026-03-22T23:00:00.000Z'); // 00:00 CET
    expect(iso(period.end)).toBe('2026-04-05T22:00:00.000Z'); // 00:00 CEST
    expect(period.end.getTime() - period.start.getTime()).toBe((14 * 24 - 1) * 3_600_000);
    expect(periodLengthDays(period)).toBe(14);
  });

  it('keeps local midnights across the autumn DST change (one hour long)', () => {
    // Back to CET on Sunday 25 October 2026; the fortnight is Mon 19 Oct – Sun 1 Nov.
    const period = periodContaining(new Date('2026-10-25T00:30:00Z'), WARSAW);
    expect(iso(period.start)).toBe('2026-10-18T22:00:00.000Z');
    expect(iso(period.end)).toBe('2026-11-01T23:00:00.000Z');
    expect(period.end.getTime() - period.start.getTime()).toBe((14 * 24 + 1) * 3_600_000);
  });

  it('follows other cadences and works before the anchor', () => {
    const weekly = { everyWeeks: 1, anchorDate: '2024-01-04' }; // Thursdays
    const period = periodContaining(new Date('2023-12-30T12:00:00Z'), 'UTC', weekly);
    expect(formatPeriodRange(period)).toBe('2023-12-28..2024-01-03');
    expect(() => periodContaining(new Date(), 'UTC', { everyWeeks: 0, anchorDate: '2024-01-01' })).toThrow(
      RangeError,
    );
    expect(() => periodContaining(new Date(), 'UTC', { everyWeeks: 2, anchorDate: 'monday' })).toThrow(
      RangeError,
    );
  });
});

describe('periodEndedBy', () => {
  it('is the period that ended at the Monday midnight before a Monday-morning digest', () => {
    const mondayNine = new Date('2026-11-16T08:00:00Z'); // Mon 16 Nov 09:00 CET
    expect(formatPeriodRange(periodEndedBy(mondayNine, WARSAW))).toBe('2026-11-02..2026-11-15');
  });

  it('at exactly the boundary, is the period ending there', () => {
    const midnight = new Date('2026-11-15T23:00:00Z');
    expect(iso(periodEndedBy(midnight, WARSAW).end)).toBe(iso(midnight));
  });
});

describe('previousPeriod and lastPeriods', () => {
  it('takes the same number of calendar days just before, across DST', () => {
    const period = periodContaining(new Date('2026-04-08T12:00:00Z'), WARSAW, DEFAULT_CADENCE); // 6–19 Apr
    const previous = previousPeriod(period);
    expect(formatPeriodRange(previous)).toBe('2026-03-23..2026-04-05');
    expect(iso(previous.end)).toBe(iso(period.start));
    expect(iso(previous.start)).toBe('2026-03-22T23:00:00.000Z');
  });

  it('steps back a typed period of any length', () => {
    const typed = parsePeriod('2026-11-01..2026-11-10', WARSAW);
    if (!typed.ok) throw new Error('expected a period');
    expect(formatPeriodRange(previousPeriod(typed.value))).toBe('2026-10-22..2026-10-31');
  });

  it('lists six periods, oldest first, ending with the given one and touching each other', () => {
    const period = periodContaining(new Date('2026-11-11T12:00:00Z'), WARSAW);
    const six = lastPeriods(period, 6);
    expect(six.map(formatPeriodRange)).toEqual([
      '2026-08-24..2026-09-06',
      '2026-09-07..2026-09-20',
      '2026-09-21..2026-10-04',
      '2026-10-05..2026-10-18',
      '2026-10-19..2026-11-01',
      '2026-11-02..2026-11-15',
    ]);
    six.slice(1).forEach((each, index) => expect(iso(each.start)).toBe(iso(six[index]!.end)));
  });

  it('counts a trailing cohort window back from the period end in local days', () => {
    const period = periodContaining(new Date('2026-04-08T12:00:00Z'), WARSAW); // ends Mon 20 Apr
    const cohort = trailingWeeks(period, 12);
    expect(formatPeriodRange(cohort)).toBe('2026-01-26..2026-04-19');
    expect(iso(cohort.start)).toBe('2026-01-25T23:00:00.000Z'); // CET, before the DST change
    expect(iso(cohort.end)).toBe(iso(period.end));
  });
});

describe('parsePeriod', () => {
  it('reads inclusive dates as a half-open period between local midnights', () => {
    const parsed = parsePeriod(' 2026-11-01..2026-11-14 ', WARSAW);
    expect(parsed).toEqual({
      ok: true,
      value: {
        start: new Date('2026-10-31T23:00:00.000Z'),
        end: new Date('2026-11-14T23:00:00.000Z'),
        timeZone: WARSAW,
      },
    });
    if (parsed.ok) expect(periodDates(parsed.value).start.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('accepts one day and the ellipsis character', () => {
    const parsed = parsePeriod('2026-11-05…2026-11-05', 'UTC');
    if (!parsed.ok) throw new Error('expected a period');
    expect(periodLengthDays(parsed.value)).toBe(1);
  });

  it.each([
    ['last week', '“last week” is not a period; write the first and last day as YYYY-MM-DD..YYYY-MM-DD'],
    ['2026-11-01', '“2026-11-01” is not a period; write the first and last day as YYYY-MM-DD..YYYY-MM-DD'],
    ['2026-02-30..2026-03-05', '“2026-02-30” is not a date; write it as YYYY-MM-DD'],
    ['2026-11-01..14.11.2026', '“14.11.2026” is not a date; write it as YYYY-MM-DD'],
    ['2026-11-14..2026-11-01', '“2026-11-14..2026-11-01” ends before it starts'],
    ['2026-01-01..2027-01-02', '“2026-01-01..2027-01-02” is longer than 366 days'],
  ])('refuses %s with a specific message and an example', (text, message) => {
    expect(withEnglishProblems(parsePeriod(text, WARSAW))).toEqual({
      ok: false,
      problems: [{ field: 'period', message, example: '2026-11-01..2026-11-14' }],
    });
  });
});

describe('formatPeriod', () => {
  const period = (text: string) => {
    const parsed = parsePeriod(text, WARSAW);
    if (!parsed.ok) throw new Error(text);
    return parsed.value;
  };

  it('names the inclusive days compactly', () => {
    expect(formatPeriod(period('2026-11-02..2026-11-15'))).toBe('2–15 Nov 2026');
    expect(formatPeriod(period('2026-10-26..2026-11-08'))).toBe('26 Oct – 8 Nov 2026');
    expect(formatPeriod(period('2026-12-28..2027-01-10'))).toBe('28 Dec 2026 – 10 Jan 2027');
    expect(formatPeriod(period('2026-11-05..2026-11-05'))).toBe('5 Nov 2026');
  });

  it('uses the given locale', () => {
    expect(formatPeriod(period('2026-09-07..2026-09-20'), pl)).toBe('7–20 wrz 2026');
  });

  it('round-trips through the typed form', () => {
    expect(formatPeriodRange(period('2026-03-23..2026-04-05'))).toBe('2026-03-23..2026-04-05');
  });
});
