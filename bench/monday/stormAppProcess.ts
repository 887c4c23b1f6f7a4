import { createApp } from '../../src/app';
import { systemClock } from '../../src/clock';
import { countingLogger } from '../countingLogger';
import { createStore } from '../../src/store';
import { DEFAULT_POOL_SIZE, openDatabase } from '../../src/store/db/database';
import { SIGNING_SECRET } from '../../test/support/fixtures';
import { testOAuthConfig } from '../../test/support/installations';

/**
 * One Tandem instance of the Monday scenario in a process of its own (its RSS is its own), as
 * production runs it: many workspaces (OAuth installations), Slack's own limits to pace by, the
 * default pool. `node --import tsx stormAppProcess.ts <DATABASE_URL> <SLACK_API_URL> <token key>`.
 * Over IPC: `storm` runs the scheduler's jobs for the due minute (both instances get it at once;
 * the run claims decide who posts what), `stats` reports peak RSS and errors logged.
 */
export type StormRequest = { type: 'storm'; due: string } | { type: 'stats' } | { type: 'exit' };

export type StormReply =
  | { type: 'listening'; port: number; poolSize: number }
  | { type: 'storm-done'; ms: number; outcome: string; itemsFailed: number }
  | {
      type: 'stats';
      peakRssMb: number;
      loggedErrors: number;
      firstError: string | undefined;
      unanswered: number;
    };

async function main(): Promise<void> {
  const [databaseUrl, slackApiUrl, tokenKey] = process.argv.slice(2);
  if (!databaseUrl || !slackApiUrl || !tokenKey)
    throw new Error('usage: stormAppProcess.ts <DATABASE_URL> <SLACK_API_URL> <token key>');
  const send = (reply: StormReply) => process.send?.(reply);
  const { logger, errors } = countingLogger('tandem-monday');
  const database = openDatabase(databaseUrl);
  const app = createApp({
    config: {
      slackBotToken: undefined,
      slackSigningSecret: SIGNING_SECRET,
      slackAppToken: undefined,
      port: 0,
      databaseUrl,
      slackApiUrl,
      logLevel: 'error',
      oauth: testOAuthConfig([tokenKey]),
    },
    store: createStore(database),
    clock: systemClock,
    logger,
    schedulerIntervalMs: 0,
  });
  const { port } = await app.start();
  if (port === undefined) throw new Error('the app did not start in HTTP mode');

  process.on('message', (request: StormRequest) => {
    void (async () => {
      if (request.type === 'storm') {
        const started = performance.now();
        const run = await app.scheduler.runDueJobs(new Date(request.due));
        send({
          type: 'storm-done',
          ms: performance.now() - started,
          outcome: run.outcome,
          itemsFailed: run.itemsFailed,
        });
      } else if (request.type === 'stats') {
        send({
          type: 'stats',
          peakRssMb: process.resourceUsage().maxRSS / 1024,
          loggedErrors: errors().count,
          firstError: errors().first,
          unanswered: app.commandWork.load.running + app.commandWork.load.waiting,
        });
      } else {
        await app.stop();
        await database.close();
        process.disconnect?.();
      }
    })();
  });
  send({ type: 'listening', port, poolSize: DEFAULT_POOL_SIZE });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
