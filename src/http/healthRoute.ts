import type { CustomRoute, Logger } from '@slack/bolt';
import type { SchedulerStatus } from '../scheduler/scheduler';
import type { WorkAfterAckLoad } from '../slack/workAfterAck';
import type { Database } from '../store/database';
import { checkDatabase } from '../store/databaseHealth';

export const HEALTH_PATH = '/healthz';
/** A load balancer probes often; a database slower than this counts as down. */
export const DATABASE_CHECK_TIMEOUT_MS = 2000;

/**
 * `GET /healthz` for load balancers and uptime checks: 200 with `{"status":"ok"}` when the
 * database answers `SELECT 1` in time, else 503. Beside it, the scheduler's state and last run
 * (when, outcome, jobs run and failed); a failed run does not make the answer 503, since another
 * instance would fail the same way and the run is retried. `commands` shows acknowledged commands
 * working, waiting and turned away as overloaded, the figure to scale instances by. It is public, so it names no host,
 * team, user or error text; causes are logged instead, a database outage once.
 */
export function healthRoute(deps: {
  database: Database;
  scheduler: { status(): SchedulerStatus };
  commandWork: { load: WorkAfterAckLoad };
  logger: Logger;
  timeoutMs?: number;
}): CustomRoute {
  let down = false;
  return {
    path: HEALTH_PATH,
    method: 'GET',
    handler: (_request, response) => {
      void checkDatabase(deps.database, deps.timeoutMs ?? DATABASE_CHECK_TIMEOUT_MS).then((database) => {
        if (!database.reachable && !down) {
          deps.logger.error(
            `health check: the database is unavailable (${database.problem})`,
            database.error,
          );
        } else if (database.reachable && down) {
          deps.logger.info('health check: the database answers again');
        }
        down = !database.reachable;
        const body = {
          status: database.reachable ? 'ok' : 'unavailable',
          database: database.reachable
            ? { reachable: true, latencyMs: database.latencyMs }
            : { reachable: false, problem: database.problem },
          scheduler: deps.scheduler.status(),
          commands: deps.commandWork.load,
        };
        response.writeHead(database.reachable ? 200 : 503, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        response.end(JSON.stringify(body));
      });
    },
  };
}
