import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { publishHome } from '../home/publishHome';
import { EventTypes } from '../ids';
import { resolveTeam } from '../teamContext';

/** Opening Tandem's Home tab publishes a fresh Home for that user (the Messages tab needs nothing). */
export function registerAppHomeOpened(app: App, deps: SlackDependencies): void {
  app.event(EventTypes.appHomeOpened, async ({ event, context, client }) => {
    if (event.tab !== 'home') return;
    const slackTeamId = context.teamId ?? '';
    try {
      await publishHome(
        deps,
        client,
        await resolveTeam(deps, { slackTeamId, userId: event.user, client }),
        event.user,
      );
    } catch (error) {
      deps.logger.error(`publishing the App Home of ${event.user} in ${slackTeamId} failed`, error);
    }
  });
}
