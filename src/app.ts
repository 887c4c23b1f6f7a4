import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, type Logger } from '@slack/bolt';
import { type RetryOptions, WebClient, type WebClientOptions } from '@slack/web-api';
import { installedBotClients, singleWorkspaceBotClients, type BotClients } from './runtime/botClients';
import type { Clock } from './clock';
import { DEFAULT_QUICKCHART_URL, type Config } from './config';
import { DigestRunner } from './digest/digestRunner';
import { databaseProbe } from './http/databaseProbe';
import { healthRoute } from './http/healthRoute';
import { readinessRoute } from './http/readinessRoute';
import { InFlightWork } from './runtime/inFlightWork';
import { createScheduler, SCHEDULER_INTERVAL_MS, type Scheduler } from './scheduler/scheduler';
import { FeedbackService } from './services/feedbackService';
import { IcpService } from './services/icpService';
import { DigestScheduleService } from './services/digestScheduleService';
import { DealService } from './services/dealService';
import { LeadQualificationService } from './services/leadQualificationService';
import { LeadService } from './services/leadService';
import { MeetingService } from './services/meetingService';
import { SpendService } from './services/spendService';
import { PlanService } from './services/planService';
import { UndoService } from './services/undoService';
import { WorkspaceService } from './services/workspaceService';
import { createSlackPacer, SLACK_RATE_LIMITS, type SlackRateLimits } from './runtime/slackPacing';
import { SHUTDOWN_GRACE_MS, stopGracefully } from './shutdown';
import { registerListeners } from './slack';
import { registerGlobalMiddleware } from './slack/middleware';
import { refuseMalformedRequests, SLACK_EVENTS_PATH } from './slack/malformedRequests';
import { SlackUsers } from './people/slackUsers';
import { WorkAfterAck } from './slack/workAfterAck';
import { CommandInbox, type CommandInboxOptions } from './slack/commandInbox';
import { PermissionService } from './services/permissions';
import { CommandInboxService } from './services/commandInboxService';
import { TeamService } from './services/teamService';
import { TEAM_CONTEXT_TTL_MS, TeamContextCache } from './services/teamContextCache';
import { ImportService } from './services/importService';
import { SlackImportService } from './services/slackImportService';
import { ImportLookups } from './store/repos/importLookups';
import { ImportWrites } from './store/repos/importWrites';
import { oauthAppOptions } from './slack/oauth';
import { singleWorkspaceAuthorize } from './slack/singleWorkspaceAuthorize';
import { TokenCipher } from './security/tokenCipher';
import type { Store } from './store';
import { PrismaInstallationStore } from './store/repos/installationStore';
import { committedMigrationNames } from './store/db/migrations';
import { botTokenCheck, TOKEN_CHECK_TIMEOUT_MS } from './slack/botTokenCheck';

export type AppDependencies = {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Overrides the Web API client's retry policy (tests retry fast instead of waiting seconds). */
  slackRetryConfig?: RetryOptions;
  /** Overrides REQUEST_SLACK_TIMEOUT_MS for calls made while handling Slack requests. */
  slackRequestTimeoutMs?: number;
  /** Overrides USER_LOCALE_WAIT_MS (src/people/slackUsers.ts): how long an answer waits for users.info. */
  userLocaleWaitMs?: number;
  /** How long a digest waits for a chart's short URL before leaving the image out (default 10 s). */
  chartShortUrlTimeoutMs?: number;
  /** The limits Tandem paces its digests, amended figures and reminder DMs by (default Slack's own; tests scale them down). */
  slackRateLimits?: SlackRateLimits;
  /** Digests one instance posts at once (default DIGEST_WORKERS_DEFAULT in src/scheduler/digestJobs.ts). */
  digestWorkers?: number;
  /** How long a request's team and reader language are reused (default TEAM_CONTEXT_TTL_MS; 0: read each time). */
  teamContextTtlMs?: number;
  /** How often the scheduler looks for due digests and reminders; 0 leaves it to `scheduler.runDueJobs`. */
  schedulerIntervalMs?: number;
  /** How long `stop()` waits for in-flight work (default SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
  /** Commands working at once after their ack, and waiting (defaults in src/slack/workAfterAck.ts). */
  commandWork?: { concurrency?: number; queueLimit?: number };
  /** The command inbox's lease and sweep interval (defaults in src/slack/commandInbox.ts; sweep 0: only on start). */
  commandInbox?: CommandInboxOptions;
  /** Rows between a Slack import's progress updates (default PROGRESS_EVERY in src/services/importService.ts). */
  importProgressEvery?: number;
};

export type TandemApp = {
  bolt: App;
  /** Starts listening; in HTTP mode resolves with the bound port (PORT=0 picks a free one). */
  start(): Promise<{ port?: number }>;
  /** Graceful: stops taking requests, lets running ones and the scheduler's tick finish (bounded wait); once. */
  stop(): Promise<{ finished: boolean }>;
  /** Scheduled digests, retries and reminders; started by `start()`. */
  scheduler: Scheduler;
  /** Each workspace's Web API client for work no Slack request started (scheduled digests, reminders). */
  botClients: BotClients;
  /** Acknowledged commands working, waiting and turned away (also on /healthz). */
  commandWork: WorkAfterAck;
  /** Requests and listeners still running; `drain()` resolves once none are (shutdown, tests). */
  inFlight: InFlightWork;
  /** Slash commands kept before their ack; `sweep()` resumes those whose run ended unanswered. */
  commandInbox: CommandInbox;
};

/** How long one Slack Web API call made while handling a request may take before it counts as failed. */
export const REQUEST_SLACK_TIMEOUT_MS = 3000;

/**
 * Clients made for Slack requests answer people waiting: a few seconds per call, at most two more
 * tries, and a rate limit fails the call at once (the caller falls back: team language, a DM, an
 * error the user sees) instead of waiting minutes. Background jobs keep the Web API client's long
 * retries.
 */
function requestClientOptions(
  options: WebClientOptions,
  overrides: Pick<AppDependencies, 'slackRetryConfig' | 'slackRequestTimeoutMs'>,
): WebClientOptions {
  return {
    ...options,
    timeout: overrides.slackRequestTimeoutMs ?? REQUEST_SLACK_TIMEOUT_MS,
    retryConfig: overrides.slackRetryConfig ?? {
      retries: 2,
      factor: 2,
      minTimeout: 250,
      maxTimeout: 1000,
      randomize: true,
    },
    rejectRateLimitedCalls: true,
  };
}

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
  const installations = config.oauth
    ? new PrismaInstallationStore(
        deps.store.database.prisma,
        new TokenCipher(config.oauth.tokenKeys),
        deps.clock,
      )
    : undefined;
  const configuredClient = new WebClient(config.slackBotToken, { ...clientOptions, logger });
  // Work no Slack request started (scheduled digests, reminders) has no request token to borrow:
  // it posts with its workspace's installation token, or SLACK_BOT_TOKEN in single-workspace mode.
  const botClients = installations
    ? installedBotClients(installations, { ...clientOptions, logger })
    : singleWorkspaceBotClients(configuredClient);
  // One pacer for everything sent to Slack without a person waiting (digests, amended figures,
  // reminder DMs), so together they stay within each workspace's and channel's limits.
  const pacer = createSlackPacer(deps.slackRateLimits ?? SLACK_RATE_LIMITS);
  const digests = new DigestRunner({
    store: deps.store,
    charts: {
      quickchartUrl: config.quickchartUrl ?? DEFAULT_QUICKCHART_URL,
      shortenTimeoutMs: deps.chartShortUrlTimeoutMs,
    },
    clients: botClients,
    pacer,
    logger,
  });
  const commandWork = new WorkAfterAck(deps.commandWork?.concurrency, deps.commandWork?.queueLimit);
  // One users.info cache for requests and for the DMs the scheduler sends in each reader's language.
  const users = new SlackUsers({
    clock: deps.clock,
    logger,
    ...(deps.userLocaleWaitMs === undefined ? {} : { localeWaitMs: deps.userLocaleWaitMs }),
  });
  const scheduler = createScheduler(
    {
      store: deps.store,
      runner: digests,
      clients: botClients,
      logger,
      clock: deps.clock,
      users,
      pacer,
      ...(deps.digestWorkers === undefined ? {} : { digestWorkers: deps.digestWorkers }),
    },
    deps.schedulerIntervalMs ?? SCHEDULER_INTERVAL_MS,
  );
  const database = databaseProbe({
    database: deps.store.database,
    expect: { migrations: committedMigrationNames(deps.store.database.provider) },
    logger,
  });
  const slackToken = botTokenCheck({
    // Its own client: a readiness probe must not wait through the Web API client's retries.
    client: new WebClient(config.slackBotToken, {
      ...clientOptions,
      retryConfig: { retries: 0 },
      timeout: TOKEN_CHECK_TIMEOUT_MS,
      logger,
    }),
    token: config.oauth ? undefined : config.slackBotToken,
    clock: deps.clock,
    logger,
  });
  const oauthOptions =
    config.oauth && installations ? oauthAppOptions(config.oauth, installations, logger) : undefined;
  const bolt = new App({
    // Many workspaces: tokens come from the installation store; one workspace: SLACK_BOT_TOKEN.
    ...(oauthOptions ?? {
      authorize: singleWorkspaceAuthorize(configuredClient, config.slackBotToken ?? '', logger),
    }),
    ...(socketMode
      ? {
          socketMode: true,
          appToken: config.slackAppToken,
          port: config.port,
          // The Socket Mode client opens its connection through apps.connections.open at SLACK_API_URL too.
          installerOptions: { ...oauthOptions?.installerOptions, clientOptions },
        }
      : { signingSecret: config.slackSigningSecret ?? '' }),
    // Served on PORT in both modes (in Socket Mode, on a small HTTP server Bolt starts for it).
    customRoutes: [
      healthRoute({ database, scheduler, commandWork }),
      readinessRoute({ database, slackToken }),
    ],
    logger,
    // Without it Bolt resets the logger to info, and LOG_LEVEL=debug would show nothing more.
    logLevel: logger.getLevel(),
    clientOptions: requestClientOptions(clientOptions, deps),
  });
  refuseMalformedRequests(bolt, SLACK_EVENTS_PATH, logger);
  bolt.error(async (error) => {
    logger.error('unhandled error in a Slack listener', error);
  });
  registerGlobalMiddleware(bolt, { store: deps.store, clock: deps.clock, logger }, inFlight);
  const teams = new TeamService(
    deps.store,
    deps.clock,
    new TeamContextCache(deps.clock, deps.teamContextTtlMs ?? TEAM_CONTEXT_TTL_MS),
  );
  const commandInbox = new CommandInbox(
    {
      store: deps.store,
      clock: deps.clock,
      logger,
      users,
      teams,
      inbox: new CommandInboxService(deps.store, deps.clock),
      botClients,
    },
    { ...(config.commandLeaseMs ? { leaseMs: config.commandLeaseMs } : {}), ...deps.commandInbox },
  );
  registerListeners(bolt, {
    store: deps.store,
    clock: deps.clock,
    logger,
    leads: new LeadService(deps.store, deps.clock),
    deals: new DealService(deps.store, deps.clock),
    qualification: new LeadQualificationService(deps.store, deps.clock),
    spend: new SpendService(deps.store, deps.clock),
    plans: new PlanService(deps.store, deps.clock),
    undo: new UndoService(deps.store, deps.clock),
    feedback: new FeedbackService(deps.store, deps.clock),
    icp: new IcpService(deps.store, deps.clock),
    digestSchedules: new DigestScheduleService(deps.store, deps.clock),
    digests,
    meetings: new MeetingService(deps.store, deps.clock),
    workspaces: new WorkspaceService(deps.store, deps.clock),
    users,
    teams,
    permissions: new PermissionService(deps.store),
    workAfterAck: commandWork,
    commandInbox,
    pacer,
    imports: new SlackImportService(
      deps.store,
      new ImportService(
        deps.store,
        new ImportLookups(deps.store.database.prisma),
        new ImportWrites(deps.store.database.prisma, config.databaseUrl),
        deps.clock,
      ),
      deps.clock,
      deps.importProgressEvery,
    ),
  });
  return {
    bolt,
    scheduler,
    botClients,
    commandWork,
    inFlight,
    commandInbox,
    async start() {
      await commandInbox.warmUp();
      if (socketMode) {
        await bolt.start();
        scheduler.start();
        commandInbox.start();
        return {};
      }
      server = (await bolt.start(config.port)) as Server;
      // Counted from arrival to the answer's last byte, so shutdown waits for it.
      server.on('request', (_request, response) => response.once('close', inFlight.begin()));
      scheduler.start();
      commandInbox.start();
      return { port: (server.address() as AddressInfo).port };
    },
    stop: () =>
      (stopping ??= stopGracefully({
        bolt,
        server,
        inFlight,
        scheduler,
        graceMs: deps.shutdownGraceMs ?? SHUTDOWN_GRACE_MS,
      }).finally(() => commandInbox.stop())),
  };
}
