import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, type Logger } from '@slack/bolt';
import { type RetryOptions, WebClient } from '@slack/web-api';
import type { Clock } from './clock';
import { DEFAULT_QUICKCHART_URL, type Config } from './config';
import { DigestRunner } from './digest/digestRunner';
import { healthRoute } from './http/healthRoute';
import { InFlightWork } from './inFlightWork';
import { createScheduler, SCHEDULER_INTERVAL_MS, type Scheduler } from './scheduler/scheduler';
import { FeedbackService } from './services/feedbackService';
import { IcpService } from './services/icpService';
import { DealService } from './services/dealService';
import { LeadQualificationService } from './services/leadQualificationService';
import { LeadService } from './services/leadService';
import { MeetingService } from './services/meetingService';
import { SpendService } from './services/spendService';
import { UndoService } from './services/undoService';
import { WorkspaceService } from './services/workspaceService';
import { SHUTDOWN_GRACE_MS, stopGracefully } from './shutdown';
import { registerListeners } from './slack';
import { registerGlobalMiddleware } from './slack/middleware';
import { UserLocales } from './slack/userLocales';
import { oauthAppOptions } from './slack/oauth';
import { singleWorkspaceAuthorize } from './slack/singleWorkspaceAuthorize';
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
  /** How long `stop()` waits for in-flight work (default SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
};

export type TandemApp = {
  bolt: App;
  /** Starts listening; in HTTP mode resolves with the bound port (PORT=0 picks a free one). */
  start(): Promise<{ port?: number }>;
  /** Graceful: stops taking requests, lets running ones and the scheduler's tick finish (bounded wait); once. */
  stop(): Promise<{ finished: boolean }>;
  /** Scheduled digests, retries and reminders; started by `start()`. */
  scheduler: Scheduler;
  /** The Web API client of work no Slack request started (scheduled digests, reminders). */
  backgroundClient: WebClient;
};

/** The composition root: builds the Bolt app and its listeners from injected dependencies. */
export function createApp(deps: AppDependencies): TandemApp {
  const { config, logger } = deps;
  const socketMode = config.slackAppToken !== undefined;
  const inFlight = new InFlightWork();
  let server: Server | undefined;
  let stopping: Promise<{ finished: boolean }> | undefined;
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...(deps.slackRetryConfig ? { retryConfig: deps.slackRetryConfig } : {}),
  };
  // Work no Slack request started (scheduled digests, reminders) has no request token to borrow.
  const backgroundClient = new WebClient(config.slackBotToken, { ...clientOptions, logger });
  const bolt = new App({
    // Many workspaces: tokens come from the installation store; one workspace: SLACK_BOT_TOKEN.
    ...(config.oauth
      ? oauthAppOptions(config.oauth, { database: deps.store.database, clock: deps.clock, logger })
      : {
          authorize: singleWorkspaceAuthorize(backgroundClient, config.slackBotToken ?? '', logger),
        }),
    ...(socketMode
      ? { socketMode: true, appToken: config.slackAppToken, port: config.port }
      : { signingSecret: config.slackSigningSecret ?? '' }),
    // Served on PORT in both modes (in Socket Mode, on a small HTTP server Bolt starts for it).
    customRoutes: [healthRoute({ database: deps.store.database, logger })],
    logger,
    // Without it Bolt resets the logger to info, and LOG_LEVEL=debug would show nothing more.
    logLevel: logger.getLevel(),
    clientOptions,
  });
  bolt.error(async (error) => {
    logger.error('unhandled error in a Slack listener', error);
  });
  const digests = new DigestRunner({
    store: deps.store,
    charts: { quickchartUrl: config.quickchartUrl ?? DEFAULT_QUICKCHART_URL },
    client: backgroundClient,
    logger,
  });
  const scheduler = createScheduler(
    { store: deps.store, runner: digests, client: backgroundClient, logger, clock: deps.clock },
    deps.schedulerIntervalMs ?? SCHEDULER_INTERVAL_MS,
  );
  registerGlobalMiddleware(bolt, { store: deps.store, clock: deps.clock, logger }, inFlight);
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
    meetings: new MeetingService(deps.store, deps.clock),
    workspaces: new WorkspaceService(deps.store, deps.clock),
    locales: new UserLocales({ clock: deps.clock, logger }),
  });
  return {
    bolt,
    scheduler,
    backgroundClient,
    async start() {
      if (socketMode) {
        await bolt.start();
        scheduler.start();
        return {};
      }
      server = (await bolt.start(config.port)) as Server;
      // Counted from arrival to the answer's last byte, so shutdown waits for it.
      server.on('request', (_request, response) => response.once('close', inFlight.begin()));
      scheduler.start();
      return { port: (server.address() as AddressInfo).port };
    },
    stop: () =>
      (stopping ??= stopGracefully({
        bolt,
        server,
        inFlight,
        scheduler,
        graceMs: deps.shutdownGraceMs ?? SHUTDOWN_GRACE_MS,
      })),
  };
}
