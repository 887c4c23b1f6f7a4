import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Parsed } from '../../domain/inputError';
import type { MessageKey } from '../../i18n/catalog';
import type { SlackDependencies } from '../dependencies';
import pRetry, { AbortError } from 'p-retry';
import { isDatabaseUnavailableError } from '../../store/db/databaseErrors';
import { registerButton } from '../button';
import { replyToAuthor } from '../commandReplies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import {
  type RequestOrigin,
  type TeamContext,
  payloadOrigin,
  resolveTeam,
  withTeamName,
} from '../teamContext';
import type { SlackMessage } from '../../blockKit/message';
import { readRunButtonValue } from '../../views/messages/runButton';
import {
  buildBusyCommandMessage,
  buildRejectedCommandMessage,
  buildReplayedCommandMessage,
} from '../../views/messages/problemMessage';
import type { InboxCommand } from '../../store/repos/commandInboxStore';
import { InboxAlreadyDoneError, markingInboxDone } from '../../store/repos/inboxMarking';
import { buildKeptForLaterMessage, buildOutcomeMessage, slashCommandOf } from '../commandInbox';

/** What a command handler gets once the request is acknowledged and its team resolved. */
export type QuickCommandRequest<Request> = {
  deps: SlackDependencies;
  context: TeamContext;
  command: SlashCommand;
  client: WebClient;
  /** For answers in several messages (a response_url takes up to five). */
  respond: RespondFn;
  request: Request;
};

export type QuickCommandSpec<Request extends { kind: string }> = {
  command: string;
  /** Heading of the message that rejects unreadable text, e.g. "Couldn't read that lead". */
  rejectionTitle: MessageKey;
  parse(text: string): Parsed<Request>;
  /**
   * Answers the request: a message shown only to the caller, or undefined when the handler
   * answered another way (for example by opening a modal).
   */
  answer(input: QuickCommandRequest<Request>): Promise<SlackMessage | undefined>;
  /**
   * The action id of message buttons that run this command's text (a "did you mean" suggestion,
   * one of several records): the click is answered like the command, in the team the button names,
   * and the answer replaces the message with the buttons.
   */
  runAction?: string;
  /**
   * The kinds of request that change data. They are kept in the command inbox before the ack
   * (docs/decisions/0008-command-inbox.md), so an acknowledged one is saved even if the process
   * dies, and exactly once; the others (reads, opening a form) are answered from memory.
   */
  writes: readonly Request['kind'][];
};

/** How long a rejection waits for the user's locale (users.info, cached after) before answering in English. */
const LOCALE_WAIT_BEFORE_ACK_MS = 1500;

/** Where a slash command was typed: its channel picks the team when bound, else the user's default does. */
export function commandOrigin(command: SlashCommand, client: WebClient): RequestOrigin {
  return {
    slackTeamId: command.team_id,
    ...(command.enterprise_id ? { enterpriseId: command.enterprise_id } : {}),
    userId: command.user_id,
    channelId: command.channel_id,
    client,
  };
}

/**
 * Registers a slash command with the behaviour every Tandem command shares: unreadable text is
 * rejected in the acknowledgement itself with the text echoed back, and so is a command that finds
 * too many waiting (src/slack/workAfterAck.ts); a request that writes is kept in the command inbox
 * before its ack (when that fails, the ack says so and echoes the text); then it is answered
 * privately. A failure is logged once and the user gets their text back.
 */
export function registerQuickCommand<Request extends { kind: string }>(
  app: App,
  deps: SlackDependencies,
  spec: QuickCommandSpec<Request>,
): void {
  deps.commandInbox.register(spec.command, (entry, client) => runKeptCommand(spec, deps, entry, client));
  app.command(spec.command, async ({ command, ack, respond, client }) => {
    const parsed = spec.parse(command.text);
    if (!parsed.ok) {
      // The acknowledgement must leave within 3 s: the user's language is waited for only briefly.
      const t = await requesterTranslator(deps, commandOrigin(command, client), LOCALE_WAIT_BEFORE_ACK_MS);
      await ack(
        buildRejectedCommandMessage(
          t,
          t.t(spec.rejectionTitle),
          parsed.problems,
          command.command,
          command.text,
        ),
      );
      return;
    }
    if (!deps.workAfterAck.admit()) {
      const t = await requesterTranslator(deps, commandOrigin(command, client), LOCALE_WAIT_BEFORE_ACK_MS);
      await ack(buildBusyCommandMessage(t, command.command, command.text));
      const turnedAway = deps.workAfterAck.turnedAwayToReport(deps.clock.now().getTime());
      if (turnedAway !== undefined) {
        const { running, waiting } = deps.workAfterAck.load;
        deps.logger.warn(
          `overloaded, commands turned away: ${turnedAway} (the last ${command.command} from user ${command.user_id} in team ${command.team_id}); ${running} working, ${waiting} waiting`,
        );
      }
      return;
    }
    if (!spec.writes.includes(parsed.value.kind)) {
      await ack();
      await answerSafely(spec, { deps, command, client, respond, request: parsed.value });
      return;
    }
    let entry: InboxCommand | 'replayed';
    try {
      entry = await deps.commandInbox.receive(command);
    } catch (error) {
      // Not kept, so not acknowledged as kept: the ack itself says nothing was saved and echoes the text.
      const t = await requesterTranslator(deps, commandOrigin(command, client), LOCALE_WAIT_BEFORE_ACK_MS);
      const action = {
        action: `${command.command} ${parsed.value.kind}`,
        teamId: command.team_id,
        userId: command.user_id,
      };
      await ack(
        buildFailureMessage(t, error, action, deps.logger, { command: command.command, text: command.text }),
      );
      return;
    }
    if (entry === 'replayed') {
      // The same signed request again (a replay, or a retry of one already kept): answered, not applied.
      deps.logger.warn(
        `${command.command} from user ${command.user_id} was received already; not applied again`,
      );
      const t = await requesterTranslator(deps, commandOrigin(command, client), LOCALE_WAIT_BEFORE_ACK_MS);
      await ack(buildReplayedCommandMessage(t, command.command));
      return;
    }
    await ack();
    await runKeptCommand(spec, deps, entry, client);
  });
  if (spec.runAction) registerRunButton(app, deps, spec, spec.runAction);
}

/**
 * A run button's click, answered as if its text had been typed as the command, in the button's
 * team; the answer takes the place of the message that offered the choice. Once per button: a
 * double or triple click applies the choice once (src/slack/requestOnce.ts).
 */
function registerRunButton<Request extends { kind: string }>(
  app: App,
  deps: SlackDependencies,
  spec: QuickCommandSpec<Request>,
  actionId: string,
): void {
  registerButton(app, deps, {
    actionId,
    name: `${spec.command} run button`,
    teamOf: (value) => readRunButtonValue(value)?.teamId,
    writes: 'message',
    echo: (value) => ({ command: spec.command, text: readRunButtonValue(value)?.text ?? '' }),
    async handle({ args, value, context }) {
      const { body, client, respond } = args;
      const text = readRunButtonValue(value)?.text ?? '';
      const { t } = context;
      const parsed = spec.parse(text);
      if (!parsed.ok) {
        const title = t.t(spec.rejectionTitle);
        await respond({
          response_type: 'ephemeral',
          ...buildRejectedCommandMessage(t, title, parsed.problems, spec.command, text),
        });
        return;
      }
      const origin = payloadOrigin(body, client);
      const command: SlashCommand = {
        token: '',
        command: spec.command,
        text,
        response_url: body.response_url ?? '',
        trigger_id: body.trigger_id,
        user_id: body.user.id,
        user_name: body.user.name ?? '',
        team_id: origin.slackTeamId,
        team_domain: body.team?.domain ?? '',
        channel_id: body.channel?.id ?? '',
        channel_name: body.channel?.name ?? '',
        api_app_id: body.api_app_id,
        ...(origin.enterpriseId ? { enterprise_id: origin.enterpriseId } : {}),
      };
      const message = await spec.answer({ deps, context, command, client, respond, request: parsed.value });
      if (!message) return;
      const answer = await withTeamName(deps, context, message, body.user.id);
      await replyToAuthor(
        { responseUrl: command.response_url, receivedAt: deps.clock.now(), userId: command.user_id },
        client,
        { replace_original: true, ...answer },
        { logger: deps.logger, now: () => deps.clock.now() },
      );
    },
  });
}

/** What a kept command's run tells its author, and whether that answer is the last (then it is recorded). */
type KeptCommandAnswer = { message: SlackMessage | undefined; final: boolean };

/**
 * Runs a kept command (at once after its ack, or resumed from the inbox), then answers its author.
 * Only the work takes one of the command slots (src/slack/workAfterAck.ts); the answer is sent
 * after it, so a slow or hung response_url holds no slot, and a failed answer never turns a saved
 * command into "not saved".
 */
async function runKeptCommand<Request extends { kind: string }>(
  spec: QuickCommandSpec<Request>,
  deps: SlackDependencies,
  entry: InboxCommand,
  client: WebClient,
): Promise<void> {
  const answer = await deps.workAfterAck.run(() => workOfKeptCommand(spec, deps, entry, client));
  if (!answer) return;
  if (answer.message) await deps.commandInbox.reply(entry, client, answer.message);
  if (!answer.final) return;
  await deps.commandInbox.markAnswered(entry.id).catch((error: unknown) => {
    deps.logger.warn(`could not record that ${entry.command} ${entry.id} was answered: ${String(error)}`);
  });
}

/**
 * A kept command's work. The team is resolved first, outside the marking: its first write (a
 * workspace's first team) is not the command's. The command's first write marks its row done in
 * the same transaction; when that mark finds the row already done, another run saved it and
 * answers, and this one says nothing (undefined).
 */
async function workOfKeptCommand<Request extends { kind: string }>(
  spec: QuickCommandSpec<Request>,
  deps: SlackDependencies,
  entry: InboxCommand,
  client: WebClient,
): Promise<KeptCommandAnswer | undefined> {
  const inbox = deps.commandInbox;
  const command = slashCommandOf(entry);
  const origin = commandOrigin(command, client);
  // Answers in several messages take the same route as the main answer; callers ignore the result.
  const respond = (async (message: Parameters<RespondFn>[0]) => {
    const reply = typeof message === 'string' ? { text: message, blocks: [] } : message;
    await deps.commandInbox.reply(entry, client, reply as SlackMessage);
  }) as unknown as RespondFn;
  const parsed = spec.parse(entry.text);
  let context: TeamContext | undefined;
  let work: ReturnType<typeof markingInboxDone<SlackMessage | undefined>> | undefined;
  try {
    if (!parsed.ok) throw new Error(`kept ${entry.command} no longer parses`);
    const request = parsed.value;
    context = await resolveTeam(deps, origin);
    const teamContext = context;
    // A database busy or away for a moment gets two more tries, while nothing was written yet.
    const message = await pRetry(
      async () => {
        work = markingInboxDone(entry.id, deps.clock.now(), () =>
          spec.answer({ deps, context: teamContext, command, client, respond, request }),
        );
        try {
          return await work.result;
        } catch (error) {
          if (isDatabaseUnavailableError(error) && !work.marked()) throw error;
          throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        }
      },
      { retries: 2, minTimeout: 200, maxTimeout: 1000, randomize: true },
    );
    if (!work?.marked()) await inbox.markDone(entry.id);
    return {
      message: message && (await withTeamName(deps, teamContext, message, entry.userId)),
      final: true,
    };
  } catch (error) {
    if (error instanceof InboxAlreadyDoneError) return undefined;
    const t = context?.t ?? (await requesterTranslator(deps, origin));
    if (work?.marked()) {
      // Saved; only building the answer failed.
      deps.logger.error(`${entry.command} was saved but its answer failed for user ${entry.userId}`, error);
      return { message: buildOutcomeMessage(t, entry, true), final: true };
    }
    // The database away: keep the command for the sweep (not "not saved": it will be).
    const givenUp = isDatabaseUnavailableError(error)
      ? undefined
      : await inbox.markFailed(entry.id).catch(() => undefined);
    if (givenUp === false) return undefined; // another run saved it meanwhile and answers
    if (givenUp === undefined) {
      // The database is away: the command stays kept and the inbox sweep runs it again later.
      deps.logger.error(`${entry.command} failed and stays kept for user ${entry.userId}`, error);
      return entry.attempts === 1 ? { message: buildKeptForLaterMessage(t, entry), final: false } : undefined;
    }
    const action = {
      action: `${entry.command}${parsed.ok ? ` ${parsed.value.kind}` : ''}`,
      teamId: entry.slackTeamId,
      userId: entry.userId,
    };
    const echo = { command: entry.command, text: entry.text };
    return { message: buildFailureMessage(t, error, action, deps.logger, echo), final: true };
  }
}

/** A parsed request before its team is resolved. */
type QuickCommandInput<Request> = Omit<QuickCommandRequest<Request>, 'context'>;

/** A request that writes nothing: its work in a command slot, its answer after (see `runKeptCommand`). */
async function answerSafely<Request extends { kind: string }>(
  spec: QuickCommandSpec<Request>,
  input: QuickCommandInput<Request>,
): Promise<void> {
  const { deps, command } = input;
  const message = await deps.workAfterAck.run(() => workOfQuickCommand(spec, input));
  if (!message) return;
  await replyToAuthor(
    { responseUrl: command.response_url, receivedAt: deps.clock.now(), userId: command.user_id },
    input.client,
    message,
    { logger: deps.logger, now: () => deps.clock.now() },
  );
}

async function workOfQuickCommand<Request extends { kind: string }>(
  spec: QuickCommandSpec<Request>,
  input: QuickCommandInput<Request>,
): Promise<SlackMessage | undefined> {
  const { deps, command } = input;
  const origin = commandOrigin(command, input.client);
  let context: TeamContext | undefined;
  try {
    context = await resolveTeam(deps, origin);
    const message = await spec.answer({ ...input, context });
    return message && (await withTeamName(deps, context, message, command.user_id));
  } catch (error) {
    return buildFailureMessage(
      context?.t ?? (await requesterTranslator(deps, origin)),
      error,
      {
        action: `${command.command} ${input.request.kind}`,
        teamId: command.team_id,
        userId: command.user_id,
      },
      deps.logger,
      { command: command.command, text: command.text },
    );
  }
}
