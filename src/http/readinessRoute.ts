import type { CustomRoute } from '@slack/bolt';
import type { SlackTokenStatus } from '../slack/botTokenCheck';
import { answerJson, databaseSummary, type DatabaseProbe } from './databaseProbe';

export const READINESS_PATH = '/readyz';

/**
 * `GET /readyz`, readiness for a load balancer: 200 when this instance can serve commands (the
 * database answers, has every migration and takes writes; Slack accepts the bot token), else 503
 * with what is wrong. A token Slack could not be asked about (Slack itself unreachable) does not
 * make the instance unready: every instance would fail alike, and taking them all out helps nobody.
 */
export function readinessRoute(deps: {
  database: DatabaseProbe;
  slackToken: () => Promise<SlackTokenStatus>;
}): CustomRoute {
  return {
    path: READINESS_PATH,
    method: 'GET',
    handler: (_request, response) => {
      void Promise.all([deps.database.check(), deps.slackToken()]).then(([database, token]) => {
        const ready = !database.problem && token !== 'invalid';
        answerJson(response, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not_ready',
          database: databaseSummary(database),
          slack: { token },
        });
      });
    },
  };
}
