import type { App } from '@slack/bolt';
import { type FeedbackCommand, parseFeedbackCommand } from '../../domain/feedbackCommand';
import { lookbackWindow } from '../../domain/lookbackPeriod';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage } from '../failures';
import { Commands } from '../ids';
import { type TeamContext, resolveTeam } from '../teamContext';
import {
  buildFeedbackHelpMessage,
  buildFeedbackListMessage,
  buildFeedbackSavedMessage,
} from '../views/feedbackMessages';
import { buildFeedbackModal } from '../views/feedbackModal';
import type { SlackMessage } from '../views/message';
import { buildRejectedCommandMessage } from '../views/problemMessage';

export function registerFeedbackCommand(app: App, deps: SlackDependencies): void {
  app.command(Commands.feedback, async ({ command, ack, respond, client }) => {
    const parsed = parseFeedbackCommand(command.text);
    if (!parsed.ok) {
      await ack(
        buildRejectedCommandMessage(
          "Couldn't read that feedback",
          parsed.problems,
          command.command,
          command.text,
        ),
      );
      return;
    }
    await ack();
    try {
      const context = await resolveTeam(deps, command.team_id);
      if (parsed.value.kind === 'open_modal') {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildFeedbackModal({
            products: await deps.feedback.products(context.team.id),
            initial: {},
            metadata: { channelId: command.channel_id },
          }),
        });
        return;
      }
      const message = await answerFeedbackCommand(deps, context, command.user_id, parsed.value, command.text);
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      const failure = buildFailureMessage(
        error,
        {
          action: `${command.command} ${parsed.value.kind}`,
          teamId: command.team_id,
          userId: command.user_id,
        },
        deps.logger,
        { command: command.command, text: command.text },
      );
      await respond({ response_type: 'ephemeral', ...failure });
    }
  });
}

async function answerFeedbackCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<FeedbackCommand, { kind: 'open_modal' }>,
  typedText: string,
): Promise<SlackMessage> {
  const teamId = context.team.id;
  switch (request.kind) {
    case 'help':
      return buildFeedbackHelpMessage();
    case 'list': {
      const window = lookbackWindow(request.period, deps.clock.now(), context.team.timezone);
      const overview = await deps.feedback.overview(teamId, window, request.feedbackKind);
      return buildFeedbackListMessage(overview, context.formatAge);
    }
    case 'add': {
      const outcome = await deps.feedback.add(teamId, userId, request.draft);
      if (outcome.kind === 'invalid') {
        return buildRejectedCommandMessage(
          "Couldn't log that feedback",
          outcome.problems,
          Commands.feedback,
          typedText,
        );
      }
      return buildFeedbackSavedMessage(outcome.feedback);
    }
  }
}
