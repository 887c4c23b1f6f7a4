import { createHash, randomUUID } from 'node:crypto';
import type { Logger, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { BotClients } from '../runtime/botClients';
import type { Clock } from '../clock';
import type { Translator } from '../i18n/translator';
import type { Store } from '../store';
import type { CommandInboxService } from '../services/commandInboxService';
import type { TeamService } from '../services/teamService';
import type { InboxCommand, ReceivedCommand } from '../store/repos/commandInboxStore';
import { isUniqueViolation } from '../store/db/sqlDialect';
import { replyToAuthor, type ReplyRoute } from './commandReplies';
import { requesterTranslator } from './failures';
import type { SlackUsers } from '../people/slackUsers';
import { type SlackMessage, section } from '../blockKit/message';
import { echoBlockText, quotedCommand } from '../views/messages/commandEcho';

/** How long a run owns its inbox row before another instance may take it over (a crash's cost). */
export const COMMAND_LEASE_MS = 120_000;
/** How often every instance looks for kept commands whose run ended without an answer. */
export const INBOX_SWEEP_INTERVAL_MS = 15_000;
/** A kept command that could not run for this long (the database stayed away) is given up, with its text. */
export const GIVE_UP_AFTER_MS = 6 * 60 * 60_000;
/** Answered rows are deleted after this long; they hold what users typed. */
export const ANSWERED_RETENTION_MS = 24 * 60 * 60_000;
const CLAIMS_PER_SWEEP = 50;

/** Runs one kept command (its own listener's work, in a command slot) and answers its author. */
export type InboxRunner = (entry: InboxCommand, client: WebClient) => Promise<void>;

export type CommandInboxOptions = { leaseMs?: number; sweepIntervalMs?: number };

/** The command as Bolt would hand it to a listener, rebuilt from its row (its trigger_id has expired). */
export function slashCommandOf(entry: InboxCommand): SlashCommand {
  return {
    token: '',
    command: entry.command,
    text: entry.text,
    response_url: entry.responseUrl,
    trigger_id: '',
    user_id: entry.userId,
    user_name: '',
    team_id: entry.slackTeamId,
    team_domain: '',
    channel_id: entry.channelId,
    channel_name: '',
    api_app_id: '',
    ...(entry.enterpriseId ? { enterprise_id: entry.enterpriseId } : {}),
  };
}

/**
 * A slash command's inbox id: Slack gives every invocation its own trigger_id, and a replayed
 * request (the same signed body sent again within the signature's 5 minutes) carries the same one,
 * so the replay's insert fails and it is answered without being applied again. A request without
 * one (never sent by Slack) gets a random id.
 */
export function commandKey(command: SlashCommand): string {
  if (!command.trigger_id) return randomUUID();
  const digest = createHash('sha256')
    .update(`${command.team_id}\n${command.command}\n${command.trigger_id}`)
    .digest('base64url');
  return `command:${digest}`;
}

/** "Your `/lead` was saved." (or not saved) with what the author sent, for a run whose own answer was lost. */
export function buildOutcomeMessage(t: Translator, entry: InboxCommand, saved: boolean): SlackMessage {
  const headline = t.t(saved ? 'inbox.saved' : 'inbox.notSaved', { command: entry.command });
  const typed = saved
    ? `${t.t('inbox.savedText')}\n${quotedCommand(entry.command, entry.text)}`
    : echoBlockText(t, entry.command, entry.text);
  return {
    text: t.t('inbox.notification', { command: entry.command }),
    blocks: [section(headline), section(typed)],
  };
}

/**
 * The command inbox at work (docs/decisions/0008-command-inbox.md): keeps each slash command before
 * its ack, and on start and every `sweepIntervalMs` takes over kept commands whose run ended
 * without answering (the process died, the database was away): it runs them again (their first
 * write marks them done, so nothing is saved twice) or, when they were done, tells their author.
 */
export class CommandInbox {
  private readonly runners = new Map<string, InboxRunner>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  readonly leaseMs: number;
  private readonly sweepIntervalMs: number;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      logger: Logger;
      users: SlackUsers;
      teams: TeamService;
      inbox: CommandInboxService;
      botClients: BotClients;
    },
    options: CommandInboxOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? COMMAND_LEASE_MS;
    // A short lease (tests, impatient deployments) is worth nothing if the sweep comes later.
    this.sweepIntervalMs = options.sweepIntervalMs ?? Math.min(INBOX_SWEEP_INTERVAL_MS, this.leaseMs);
  }

  /** Each slash command that keeps its requests says how to run one again. */
  register(command: string, runner: InboxRunner): void {
    this.runners.set(command, runner);
  }

  /**
   * One insert before the ack; throws when the database cannot take it. The row's id is the
   * request's key (`commandKey`): a replayed request's insert fails as a unique violation.
   */
  async receive(command: SlashCommand): Promise<InboxCommand | 'replayed'> {
    return this.deps.inbox
      .receive(
        {
          slackTeamId: command.team_id,
          ...(command.enterprise_id ? { enterpriseId: command.enterprise_id } : {}),
          userId: command.user_id,
          channelId: command.channel_id,
          command: command.command,
          text: command.text,
          responseUrl: command.response_url,
        },
        this.leaseMs,
        commandKey(command),
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return 'replayed' as const;
        throw error;
      });
  }

  /** Claims a form's or button's idempotency key (src/slack/requestOnce.ts); false when already held. */
  claimKey(key: string, request: ReceivedCommand): Promise<boolean> {
    return this.deps.inbox.claimKey(key, request);
  }

  /** Opens a key again after its run failed part way (src/slack/requestOnce.ts). */
  releaseKey(key: string): Promise<void> {
    return this.deps.inbox.releaseKey(key);
  }

  /** The first answer given for a key, for the requests that repeat it. */
  recordAnswer(key: string, answer: string): Promise<void> {
    return this.deps.inbox.recordAnswer(key, answer);
  }

  /** Whether a key's work wrote, and the answer it gave. */
  findKey(key: string): Promise<{ doneAt: Date | null; answer: string } | undefined> {
    return this.deps.inbox.findKey(key);
  }

  /** The command's work is done without a write that marked it (see src/store/inboxMarking.ts). */
  markDone(id: string): Promise<void> {
    return this.deps.inbox.markDone(id);
  }

  /** Gives a command up as not saved; false when it was done meanwhile (then it was saved). */
  markFailed(id: string): Promise<boolean> {
    return this.deps.inbox.markFailed(id);
  }

  /** Its author has been answered. */
  markAnswered(id: string): Promise<void> {
    return this.deps.inbox.markAnswered(id);
  }

  /** Answers the author of a kept command (see `replyToAuthor`). */
  reply(entry: InboxCommand, client: WebClient, message: SlackMessage): Promise<ReplyRoute> {
    return replyToAuthor(entry, client, message, {
      logger: this.deps.logger,
      now: () => this.deps.clock.now(),
    });
  }

  /**
   * Opens the database connection before requests come (the first command's insert must not pay
   * for it before its ack); never fails, a database away at start is met by each command.
   */
  async warmUp(): Promise<void> {
    await this.deps.inbox.warmUp().catch(() => undefined);
  }

  /** Sweeps once now, then every `sweepIntervalMs` (0: only when `sweep()` is called). */
  start(): void {
    this.sweepSoon();
    if (this.sweepIntervalMs > 0) {
      this.timer = setInterval(() => this.sweepSoon(), this.sweepIntervalMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  private sweepSoon(): void {
    this.sweeping ??= this.sweep()
      .catch((error: unknown) => this.deps.logger.warn(`command inbox sweep failed: ${String(error)}`))
      .finally(() => (this.sweeping = undefined));
  }

  /** Takes over the kept commands whose lease ran out and runs or answers each; resolves when all are. */
  async sweep(): Promise<void> {
    await this.deps.inbox.pruneAnswered(ANSWERED_RETENTION_MS);
    const claimed = await this.deps.inbox.claimDue(this.leaseMs, CLAIMS_PER_SWEEP);
    if (claimed.length > 0)
      this.deps.logger.info(`command inbox: resuming ${claimed.length} kept command(s)`);
    await Promise.all(claimed.map((entry) => this.resume(entry)));
  }

  private async resume(entry: InboxCommand): Promise<void> {
    const client = await this.deps.botClients.botClientFor({ slackTeamId: entry.slackTeamId });
    if (!client) {
      this.deps.logger.warn(`command ${entry.id}: Tandem is not installed in ${entry.slackTeamId}; dropped`);
      await this.markAnswered(entry.id);
      return;
    }
    const runner = this.runners.get(entry.command);
    const expired = this.deps.clock.now().getTime() - entry.receivedAt.getTime() > GIVE_UP_AFTER_MS;
    if (entry.doneAt === null && runner && !expired) {
      await runner(entry, client);
      return;
    }
    // Another run finished it meanwhile; that run answers.
    if (entry.doneAt === null && !(await this.deps.inbox.markFailed(entry.id))) return;
    const saved = entry.doneAt !== null && entry.outcome === 'saved';
    const t = await requesterTranslator(this.deps, {
      slackTeamId: entry.slackTeamId,
      userId: entry.userId,
      client,
    });
    await this.reply(entry, client, buildOutcomeMessage(t, entry, saved));
    await this.markAnswered(entry.id);
  }
}

/** The database went away during the work: the command is kept and will be saved, then answered. */
export function buildKeptForLaterMessage(t: Translator, entry: InboxCommand): SlackMessage {
  const headline = t.t('inbox.keptForLater', { command: entry.command });
  return {
    text: headline,
    blocks: [
      section(headline),
      section(`${t.t('inbox.savedText')}\n${quotedCommand(entry.command, entry.text)}`),
    ],
  };
}
