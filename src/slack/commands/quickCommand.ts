import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Parsed } from '../../domain/inputError';
import type { MessageKey } from '../../i18n/catalog';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { type RequestOrigin, type TeamContext, resolveTeam } from '../teamContext';
import type { SlackMessage } from '../../blockKit/message';
import { buildBusyCommandMessage, buildRejectedCommandMessage } from '../views/problemMessage';

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
 * too many waiting (src/slack/workAfterAck.ts); otherwise the request is acknowledged first, then
 * answered privately; a failure is logged once and the user gets their text back.
 */
export function registerQuickCommand<Request extends { kind: string }>(
  app: App,
  deps: SlackDependencies,
  spec: QuickCommandSpec<Request>,
): void {
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
    await ack();
    await deps.workAfterAck.run(() =>
      answerSafely(spec, { deps, command, client, respond, request: parsed.value }),
    );
  });
}

async function answerSafely<Request extends { kind: string }>(
  spec: QuickCommandSpec<Request>,
  input: {
    deps: SlackDependencies;
    command: SlashCommand;
    client: WebClient;
    respond: RespondFn;
    request: Request;
  },
): Promise<void> {
  const { deps, command, respond } = input;
  const origin = commandOrigin(command, input.client);
  let context: TeamContext | undefined;
  try {
    context = await resolveTeam(deps, origin);
    const message = await spec.answer({ ...input, context });
    if (message) await respond({ response_type: 'ephemeral', ...message });
  } catch (error) {
    const failure = buildFailureMessage(
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
    await respond({ response_type: 'ephemeral', ...failure });
  }
}
