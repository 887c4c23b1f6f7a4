import type { CustomRoute } from '@slack/bolt';
import type { SchedulerStatus } from '../scheduler/scheduler';
import type { WorkAfterAckLoad } from '../slack/workAfterAck';
import { answerJson, databaseSummary, type DatabaseProbe } from './databaseProbe';

export const HEALTH_PATH = '/healthz';

/**
 * `GET /healthz`, liveness for a supervisor: 200 for as long as the process serves HTTP, since
 * restarting it would not mend a database or Slack outage. `status` is `ok`, or `degraded` with the
 * database's problem (unreachable, missing, access_denied, read_only, pending_migrations, timeout,
 * error); whether to send it traffic is `/readyz`'s answer. Beside it, the scheduler's state and last
 * run (a failed run is retried, so it does not count as a problem), and `commands`: acknowledged
 * commands working, waiting and turned away as overloaded, the figure to scale instances by. It is
 * public, so it names no host, team, user or error text; causes are logged (src/http/databaseProbe.ts).
 */
export function healthRoute(deps: {
  database: DatabaseProbe;
  scheduler: { status(): SchedulerStatus };
  commandWork: { load: WorkAfterAckLoad };
}): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: 'GET',
    handler: (_request, response) => {
      void deps.database.check().then((database) => {
        answerJson(response, 200, {
          status: database.problem ? 'degraded' : 'ok',
          database: databaseSummary(database),
          scheduler: deps.scheduler.status(),
          commands: deps.commandWork.load,
        });
      });
    },
  };
}
