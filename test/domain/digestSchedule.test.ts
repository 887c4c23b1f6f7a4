import {
  firstRunDate,
  latestRunDue,
  nextRun,
  reminderInstant,
  type DigestScheduleRule,
} from '../../src/domain/digestSchedule';

const warsaw: DigestScheduleRule = {
  weekday: 1,
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  cadenceWeeks: 2,
  anchorDate: '2026-10-12',
};

describe('digest schedule', () => {
  it('runs every two weeks at 09:00 local time, across the DST change', () => {
    // 12 Oct is summer time (UTC+2), 26 Oct winter time (UTC+1).
    expect(nextRun(warsaw, new Date('2026-10-01T00:00:00Z')).at.toISOString()).toBe(
      '2026-10-12T07:00:00.000Z',
    );
    expect(nextRun(warsaw, new Date('2026-10-12T07:00:00Z')).at.toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('reports the weeks before the run day, from local midnight to local midnight', () => {
    const run = nextRun(warsaw, new Date('2026-10-13T00:00:00Z'));
    expect(run.period.start.toISOString()).toBe('2026-10-11T22:00:00.000Z');
    expect(run.period.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('finds the latest due run, none before the first, and the previous one before the time of day', () => {
    expect(latestRunDue(warsaw, new Date('2026-10-12T06:59:00Z'))).toBeUndefined();
    expect(latestRunDue(warsaw, new Date('2026-10-12T07:00:00Z'))?.date.toISOString()).toBe(
      '2026-10-12T00:00:00.000Z',
    );
    expect(latestRunDue(warsaw, new Date('2026-11-09T07:59:00Z'))?.date.toISOString()).toBe(
      '2026-10-26T00:00:00.000Z',
    );
    expect(latestRunDue(warsaw, new Date('2026-11-20T12:00:00Z'))?.date.toISOString()).toBe(
      '2026-11-09T00:00:00.000Z',
    );
  });

  it('sends the reminder at the same local time the day before', () => {
    const run = nextRun(warsaw, new Date('2026-10-20T00:00:00Z'));
    expect(reminderInstant(warsaw, run).toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a run at a time DST skips forward with the clock', () => {
    const rule = { ...warsaw, time: '02:30', weekday: 7, cadenceWeeks: 1, anchorDate: '2027-03-21' };
    // 28 Mar 2027 02:30 does not exist in Warsaw; the clock jumps from 02:00 to 03:00.
    const run = nextRun(rule, new Date('2027-03-22T00:00:00Z'));
    expect(run.at.toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('starts a new schedule on the next chosen weekday whose time is still ahead', () => {
    // Monday 23 Nov 2026, 10:00 in Warsaw: 09:00 has passed, so the first run is the next Monday.
    expect(firstRunDate(1, '09:00', 'Europe/Warsaw', new Date('2026-11-23T09:00:00Z'))).toBe('2026-11-30');
    expect(firstRunDate(1, '11:00', 'Europe/Warsaw', new Date('2026-11-23T09:00:00Z'))).toBe('2026-11-23');
    expect(firstRunDate(3, '09:00', 'America/New_York', new Date('2026-11-23T09:00:00Z'))).toBe('2026-11-25');
  });
});
