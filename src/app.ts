import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, type Logger } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import type { Clock } from './clock';
import { DEFAULT_QUICKCHART_URL, type Config } from './config';
import { DigestRunner } from './digest/digestRunner';
import { createScheduler, SCHEDULER_INTERVAL_MS, type Scheduler } from './scheduler/scheduler';
import { FeedbackService } from './services/feedbackService';
import { IcpService } from './services/icpService';
import { DealService } from './services/dealService';
import { LeadQualificationService } from './services/leadQualificationService';
import { LeadService } from './services/leadService';
import { SpendService } from './services/spendService';
import { UndoService } from './services/undoService';
import { registerListeners } from './slack';
import type { Store } from './store';

export type AppDependencies = {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Overrides the Web API client's retry policy (tests retry fast instead of waiting seconds). */
  slackRetryConfig?: RetryOptions;
  /** How often the scheduler looks for due digests and reminders; 0 leaves it to `scheduler.runDueJobs`. */
  schedulerIntervalMs?: number;
};

export type TandemApp = {
  bolt: App;
  /** Starts listening; in HTTP mode resolves with the bound port (PORT=0 picks a free one). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
  /** Scheduled digests, retries and reminders; started by `start()`. */
  scheduler: Scheduler;
};

/** The composition root: builds the Bolt app and its listeners from injected dependencies. */
export function createApp(deps: AppDependencies): TandemApp {
  const { config, logger } = deps;
  const socketMode = config.slackAppToken !== undefined;
  const bolt = new App({
    token: config.slackBotToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.slackAppToken }
      : { signingSecret: config.slackSigningSecret ?? '' }),
    logger,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      ...(deps.slackRetryConfig ? { retryConfig: deps.slackRetryConfig } : {}),
    },
  });
  bolt.error(async (error) => {
    logger.error('unhandled error in a Slack listener', error);
  });
  const digests = new DigestRunner({
    store: deps.store,
    charts: { quickchartUrl: config.quickchartUrl ?? DEFAULT_QUICKCHART_URL },
    client: bolt.client,
    logger,
  });
  const scheduler = createScheduler(
    { store: deps.store, runner: digests, client: bolt.client, logger, clock: deps.clock },
    deps.schedulerIntervalMs ?? SCHEDULER_INTERVAL_MS,
  );
  registerListeners(bolt, {
    store: deps.store,
    clock: deps.clock,
    logger,
    leads: new LeadService(deps.store, deps.clock),
    deals: new DealService(deps.store, deps.clock),
    qualification: new LeadQualificationService(deps.store, deps.clock),
    spend: new SpendService(deps.store, deps.clock),
    undo: new UndoService(deps.store, deps.clock),
    feedback: new FeedbackService(deps.store, deps.clock),
    icp: new IcpService(deps.store, deps.clock),
    digests,
  });
  return {
    bolt,
    scheduler,
    async start() {
      if (socketMode) {
        await bolt.start();
        scheduler.start();
        return {};
      }
      const server = (await bolt.start(config.port)) as Server;
      scheduler.start();
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await scheduler.stop();
      await bolt.stop();
    },
  };
}
