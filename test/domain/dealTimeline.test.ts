import {
  dealDurations,
  formatDuration,
  negotiationMs,
  negotiationRounds,
  offerPreparationMs,
  timeInStages,
  timeToCloseMs,
  type TimelineEvent,
} from '../../src/domain/dealTimeline';
import { createTranslator } from '../../src/i18n/translator';

const DAY = 86_400_000;
const english = createTranslator('en');
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * DAY);

// Lead on day 0, discovery day 2, offer day 5, negotiation day 6, back to offer day 8, negotiation day 9, won day 12.
const won: TimelineEvent[] = [
  { toStage: 'LEAD', at: day(0) },
  { toStage: 'DISCOVERY', at: day(2) },
  { toStage: 'OFFER', at: day(5) },
  { toStage: 'NEGOTIATION', at: day(6) },
  { toStage: 'OFFER', at: day(8) },
  { toStage: 'NEGOTIATION', at: day(9) },
  { toStage: 'WON', at: day(12) },
];

describe('deal durations from stage events', () => {
  it('sums every stay per stage and stops the clock at the close', () => {
    expect(timeInStages(won, day(30))).toEqual({
      LEAD: 2 * DAY,
      DISCOVERY: 3 * DAY,
      OFFER: 2 * DAY,
      NEGOTIATION: 5 * DAY,
    });
  });

  it('runs the open stay to now', () => {
    expect(timeInStages(won.slice(0, 3), day(7))).toEqual({
      LEAD: 2 * DAY,
      DISCOVERY: 3 * DAY,
      OFFER: 2 * DAY,
    });
  });

  it('measures offer preparation from discovery, or from the offer request, to the offer', () => {
    expect(offerPreparationMs(won, { offerRequestedAt: null, offerSentAt: null })).toBe(3 * DAY);
    expect(offerPreparationMs(won, { offerRequestedAt: day(3), offerSentAt: day(4) })).toBe(DAY);
    expect(
      offerPreparationMs(won.slice(0, 1), { offerRequestedAt: null, offerSentAt: null }),
    ).toBeUndefined();
  });

  it('counts negotiation from its first entry to the close, and each entry as a round', () => {
    expect(negotiationMs(won, day(30))).toBe(6 * DAY);
    expect(negotiationRounds(won)).toBe(2);
    expect(negotiationMs(won.slice(0, 4), day(7))).toBe(DAY);
    expect(negotiationMs(won.slice(0, 3), day(7))).toBeUndefined();
  });

  it('measures time to close from the lead, only once closed', () => {
    expect(timeToCloseMs(won, day(-1))).toBe(13 * DAY);
    expect(timeToCloseMs(won.slice(0, 6), day(-1))).toBeUndefined();
  });

  it('derives them all at once, in any event order', () => {
    const durations = dealDurations([...won].reverse(), {
      now: day(30),
      leadCreatedAt: day(0),
      offerRequestedAt: null,
      offerSentAt: null,
    });
    expect(durations).toMatchObject({
      inCurrentStage: 18 * DAY,
      offerPreparation: 3 * DAY,
      negotiationRounds: 2,
      timeToClose: 12 * DAY,
    });
  });

  it('formats durations briefly', () => {
    expect(formatDuration(10 * 60_000, english)).toBe('under 1 h');
    expect(formatDuration(5 * 3_600_000, english)).toBe('5 h');
    expect(formatDuration(3 * DAY + 4 * 3_600_000, english)).toBe('3 d 4 h');
    expect(formatDuration(21 * DAY + 3_600_000, english)).toBe('21 d');
  });

  it('formats durations in Polish and Russian', () => {
    const polish = createTranslator('pl');
    const russian = createTranslator('ru');
    expect(formatDuration(3 * DAY + 4 * 3_600_000, polish)).toBe('3 dni 4 godz.');
    expect(formatDuration(10 * 60_000, russian)).toBe('меньше 1 ч');
    expect(formatDuration(21 * DAY, russian)).toBe('21 дн.');
  });
});
