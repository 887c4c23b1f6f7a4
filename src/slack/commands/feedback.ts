import type { App } from '@slack/bolt';
import { type FeedbackCommand, parseFeedbackCommand } from '../../domain/feedbackCommand';
import { lookbackWindow } from '../../domain/lookbackPeriod';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { Commands } from '../ids';
import {
  buildFeedbackHelpMessage,
  buildFeedbackListMessage,
  buildFeedbackSavedMessage,
} from '../../views/messages/feedbackMessages';
import { buildFeedbackModal } from '../../views/modals/feedbackModal';
import type { SlackMessage } from '../../blockKit/message';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';

export function registerFeedbackCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.feedback,
    writes: ['add'],
    rejectionTitle: 'feedback.unreadable',
    parse: parseFeedbackCommand,
    async answer({ context, command, client, request }) {
      if (request.kind === 'open_modal') {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildFeedbackModal(context.t, {
            products: await deps.feedback.products(context.team.id),
            initial: {},
            metadata: { channelId: command.channel_id },
          }),
        });
        return undefined;
      }
      return answerFeedbackCommand(deps, context, command.user_id, request, command.text);
    },
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
  const { t } = context;
  switch (request.kind) {
    case 'help':
      return buildFeedbackHelpMessage(t);
    case 'list': {
      const window = lookbackWindow(request.period, deps.clock.now(), context.team.timezone);
      const overview = await deps.feedback.overview(teamId, window, request.feedbackKind);
      return buildFeedbackListMessage(t, overview, context.formatAge);
    }
    case 'add': {
      const outcome = await deps.feedback.add(teamId, userId, request.draft);
      if (outcome.kind === 'invalid') {
        return buildRejectedCommandMessage(
          t,
          t.t('feedback.rejectedTitle'),
          outcome.problems,
          Commands.feedback,
          typedText,
        );
      }
      return buildFeedbackSavedMessage(t, outcome.feedback);
    }
  }
}
