import type { ServerResponse } from 'node:http';
import type { Logger } from '@slack/bolt';
import type { Database } from '../store/db/database';
import { checkDatabase, type DatabaseExpectations, type DatabaseHealth } from '../store/db/databaseHealth';

/** A load balancer probes often; a database slower than this counts as down. */
export const DATABASE_CHECK_TIMEOUT_MS = 2000;

export type DatabaseProbe = { check(): Promise<DatabaseHealth> };

/**
 * The database check behind `/healthz` and `/readyz`: reachable, migrated and writable. A problem
 * is logged once when it starts, with its cause, and once when it ends, whichever route asked.
 */
export function databaseProbe(deps: {
  database: Database;
  expect: DatabaseExpectations;
  logger: Logger;
  timeoutMs?: number;
}): DatabaseProbe {
  let lastProblem: string | undefined;
  return {
    async check() {
      const health = await checkDatabase(
        deps.database,
        deps.timeoutMs ?? DATABASE_CHECK_TIMEOUT_MS,
        deps.expect,
      );
      const problem = health.problem;
      if (problem && problem !== lastProblem) {
        deps.logger.error(
          `health check: the database is not ready (${problem})`,
          ...(health.reachable ? [] : [health.error]),
        );
      } else if (!problem && lastProblem) {
        deps.logger.info('health check: the database is ready again');
      }
      lastProblem = problem;
      return health;
    },
  };
}

/** The database's part of a health answer: public, so it names no host and no error text. */
export function databaseSummary(health: DatabaseHealth): Record<string, unknown> {
  return health.reachable
    ? { reachable: true, latencyMs: health.latencyMs, ...(health.problem ? { problem: health.problem } : {}) }
    : { reachable: false, problem: health.problem };
}

/** Writes a JSON answer that no cache keeps. */
export function answerJson(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
