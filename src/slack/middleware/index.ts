import type { App } from '@slack/bolt';
import type { InFlightWork } from '../../runtime/inFlightWork';
import type { SlackDependencies } from '../dependencies';
import { dedupeRedeliveredEvents } from './eventDedupe';
import { withRequestContext } from './requestContext';

/**
 * Middleware that runs before every listener, outermost first: count the work for graceful
 * shutdown, tag log lines with the request's ids, skip redelivered events.
 */
export function registerGlobalMiddleware(
  app: App,
  deps: Pick<SlackDependencies, 'store' | 'clock' | 'logger'>,
  inFlight: InFlightWork,
): void {
  app.use(({ next }) => inFlight.track(next));
  app.use(withRequestContext);
  app.use(dedupeRedeliveredEvents(deps));
}
