import { createApp } from '../src/app';
import { systemClock } from '../src/clock';
import { countingLogger } from './countingLogger';
import { computeIcpProfile } from '../src/services/icpProfile';
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/db/database';
import { computeDigestFigures } from '../src/store/readModel/metrics';
import { periodEndedBy } from '../src/domain/periods';
import { BOT_TOKEN, SIGNING_SECRET } from '../test/support/fixtures';
import { BENCH_CURRENCY, BENCH_TIME_ZONE, DEFAULT_DATA_END } from './generate';

/**
 * The real app in a process of its own, so its latency and memory are its own and not the load
 * generator's: `node --import tsx bench/appProcess.ts <DATABASE_URL> <fake Slack API URL>`.
 * Over IPC it reports its port, runs digests one after another on request (to see whether they
 * delay acks), and reports its peak RSS and how many errors it logged.
 */

export type AppRequest =
  { type: 'start-digests'; teamId: string } | { type: 'stop-digests' } | { type: 'stats' } | { type: 'exit' };

export type AppReply =
  | { type: 'listening'; port: number }
  | { type: 'digests-stopped'; digests: number; failures: number }
  | {
      type: 'stats';
      rssMb: number;
      peakRssMb: number;
      loggedErrors: number;
      firstError: string | undefined;
      /** Commands turned away in their ack because too many were waiting (src/slack/workAfterAck.ts). */
      turnedAway: number;
      /** Acknowledged commands still working or waiting: 0 once every answer was posted. */
      unanswered: number;
    };

async function main(): Promise<void> {
  const [databaseUrl, slackApiUrl] = process.argv.slice(2);
  if (!databaseUrl || !slackApiUrl) throw new Error('usage: appProcess.ts <DATABASE_URL> <SLACK_API_URL>');
  const send = (reply: AppReply) => process.send?.(reply);
  const { logger, errors } = countingLogger('tandem-bench');
  const database = openDatabase(databaseUrl);
  const store = createStore(database);
  const app = createApp({
    config: {
      slackBotToken: BOT_TOKEN,
      slackSigningSecret: SIGNING_SECRET,
      slackAppToken: undefined,
      port: 0,
      databaseUrl,
      slackApiUrl,
      logLevel: 'error',
    },
    store,
    clock: systemClock,
    logger,
    schedulerIntervalMs: 0,
  });
  const { port } = await app.start();
  if (port === undefined) throw new Error('the app did not start in HTTP mode');

  let digesting: Promise<{ digests: number; failures: number }> | undefined;
  let stopDigests = false;
  const runDigests = async (teamId: string) => {
    const period = periodEndedBy(DEFAULT_DATA_END, BENCH_TIME_ZONE);
    const counts = { digests: 0, failures: 0 };
    while (!stopDigests) {
      // A digest on SQLite resolves without ever yielding to the event loop; yielding between
      // digests lets requests in, as a digest started by the scheduler or a command would.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await computeDigestFigures(database, {
          teamId,
          period,
          currency: BENCH_CURRENCY,
        });
        await computeIcpProfile(store, teamId, DEFAULT_DATA_END);
        counts.digests += 1;
      } catch (error) {
        // Under load the pool may not hand the digest's transaction a connection in time.
        counts.failures += 1;
        logger.error('bench digest failed', error);
      }
    }
    return counts;
  };

  process.on('message', (request: AppRequest) => {
    void (async () => {
      if (request.type === 'start-digests') {
        stopDigests = false;
        digesting = runDigests(request.teamId);
      } else if (request.type === 'stop-digests') {
        stopDigests = true;
        send({ type: 'digests-stopped', ...((await digesting) ?? { digests: 0, failures: 0 }) });
      } else if (request.type === 'stats') {
        send({
          type: 'stats',
          rssMb: process.memoryUsage.rss() / 2 ** 20,
          peakRssMb: process.resourceUsage().maxRSS / 1024,
          loggedErrors: errors().count,
          firstError: errors().first,
          turnedAway: app.commandWork.load.turnedAway,
          unanswered: app.commandWork.load.running + app.commandWork.load.waiting,
        });
      } else {
        await app.stop();
        await database.close();
        process.disconnect?.();
      }
    })();
  });
  send({ type: 'listening', port });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
