import { millisecondsInDay, millisecondsInHour } from 'date-fns/constants';
import type { Translator } from '../i18n/translation';
import { isClosedStage } from './stageMove';
import type { Stage } from './stages';

/**
 * Durations of a deal, all derived from its StageEvents (never typed in): entering stage S at T
 * is an event with toStage S at T, and the deal stays there until its next event.
 */
export type TimelineEvent = { toStage: Stage; at: Date };

export type DealDurations = {
  /** Milliseconds spent in each stage, summed over every stay; the open stay runs to `now`. */
  timeInStage: Partial<Record<Stage, number>>;
  /** Since the deal entered the stage it is in. */
  inCurrentStage: number;
  /** From the offer request (or entering DISCOVERY) to the offer being sent (or entering OFFER). */
  offerPreparation: number | undefined;
  /** From first entering NEGOTIATION to the deal's close, or to `now` while it is open. */
  negotiation: number | undefined;
  /** Each entry into NEGOTIATION is a round: a revised offer goes back to OFFER and comes back. */
  negotiationRounds: number;
  /** From the lead's creation to the deal's last close (WON or LOST); undefined while open. */
  timeToClose: number | undefined;
};

function byTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((left, right) => left.at.getTime() - right.at.getTime());
}

function firstInto(events: readonly TimelineEvent[], stage: Stage): TimelineEvent | undefined {
  return events.find((event) => event.toStage === stage);
}

export function timeInStages(events: readonly TimelineEvent[], now: Date): Partial<Record<Stage, number>> {
  const ordered = byTime(events);
  const totals: Partial<Record<Stage, number>> = {};
  ordered.forEach((event, index) => {
    // A closed deal is not "in" WON or LOST for any time; its clock stops at the close.
    if (isClosedStage(event.toStage)) return;
    const until = ordered[index + 1]?.at ?? now;
    totals[event.toStage] = (totals[event.toStage] ?? 0) + Math.max(0, until.getTime() - event.at.getTime());
  });
  return totals;
}

export function offerPreparationMs(
  events: readonly TimelineEvent[],
  offer: { offerRequestedAt: Date | null; offerSentAt: Date | null },
): number | undefined {
  const ordered = byTime(events);
  const start = offer.offerRequestedAt ?? firstInto(ordered, 'DISCOVERY')?.at;
  const end = offer.offerSentAt ?? firstInto(ordered, 'OFFER')?.at;
  if (!start || !end || end < start) return undefined;
  return end.getTime() - start.getTime();
}

export function negotiationMs(events: readonly TimelineEvent[], now: Date): number | undefined {
  const ordered = byTime(events);
  const start = firstInto(ordered, 'NEGOTIATION');
  if (!start) return undefined;
  const last = ordered.at(-1);
  const end = last && isClosedStage(last.toStage) ? last.at : now;
  return Math.max(0, end.getTime() - start.at.getTime());
}

export function negotiationRounds(events: readonly TimelineEvent[]): number {
  return events.filter((event) => event.toStage === 'NEGOTIATION').length;
}

export function timeToCloseMs(events: readonly TimelineEvent[], leadCreatedAt: Date): number | undefined {
  const last = byTime(events).at(-1);
  if (!last || !isClosedStage(last.toStage)) return undefined;
  return Math.max(0, last.at.getTime() - leadCreatedAt.getTime());
}

export function dealDurations(
  events: readonly TimelineEvent[],
  context: { now: Date; leadCreatedAt: Date; offerRequestedAt: Date | null; offerSentAt: Date | null },
): DealDurations {
  const last = byTime(events).at(-1);
  return {
    timeInStage: timeInStages(events, context.now),
    inCurrentStage: last ? Math.max(0, context.now.getTime() - last.at.getTime()) : 0,
    offerPreparation: offerPreparationMs(events, context),
    negotiation: negotiationMs(events, context.now),
    negotiationRounds: negotiationRounds(events),
    timeToClose: timeToCloseMs(events, context.leadCreatedAt),
  };
}

/** "under 1 h", "5 h", "3 d 4 h", "21 d": precise enough for a meeting, short enough for Slack. */
export function formatDuration(milliseconds: number, t: Translator): string {
  if (milliseconds < millisecondsInHour) return t.t('dealTimeline.durationUnderHour');
  const days = Math.floor(milliseconds / millisecondsInDay);
  const hours = Math.floor((milliseconds % millisecondsInDay) / millisecondsInHour);
  if (days === 0) return t.t('dealTimeline.durationHours', { hours });
  if (days >= 7 || hours === 0) return t.t('dealTimeline.durationDays', { days, count: days });
  return t.t('dealTimeline.durationDaysHours', { days, hours, count: days });
}
