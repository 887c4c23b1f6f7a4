import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import { millisecondsInDay } from 'date-fns/constants';
import type { Clock } from '../../clock';
import type { Store } from '../../store';

/** Each instance prunes old claims at most this often, on the back of an event it handles. */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Slack redelivers an event (X-Slack-Retry-Num) when its first delivery was not acknowledged in
 * time, even if the app is still handling it. Each event id is claimed in the database before any
 * listener runs, so a redelivery (to this or any other instance) is skipped; a failed handling
 * gives the claim back so the next redelivery can try again.
 */
export function dedupeRedeliveredEvents(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
}): Middleware<AnyMiddlewareArgs> {
  let prunedAt = Number.NEGATIVE_INFINITY;
  const events = deps.store.processedEvents;

  const pruneNowAndThen = async (now: Date) => {
    if (now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    try {
      await events.prune(new Date(now.getTime() - millisecondsInDay));
    } catch (error) {
      deps.logger.warn('pruning processed event ids failed; tried again within the hour', error);
    }
  };

  return async ({ body, context, next }) => {
    const eventId = (body as { type?: unknown; event_id?: unknown }).event_id;
    if ((body as { type?: unknown }).type !== 'event_callback' || typeof eventId !== 'string') {
      await next();
      return;
    }
    const now = deps.clock.now();
    if (!(await events.claim(eventId, now))) {
      deps.logger.info(`event ${eventId} was already processed; redelivery ${context.retryNum ?? 0} skipped`);
      return;
    }
    await pruneNowAndThen(now);
    try {
      await next();
    } catch (error) {
      await events.release(eventId).catch((releaseError: unknown) => {
        deps.logger.warn(
          `could not release event ${eventId} after its failure; a redelivery will be skipped`,
          releaseError,
        );
      });
      throw error;
    }
  };
}
