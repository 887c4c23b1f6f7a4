import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, FeedbackModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { buildFeedbackSavedMessage } from '../views/feedbackMessages';
import { feedbackModalErrors, readFeedbackModal, readFeedbackModalMetadata } from '../views/feedbackModal';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saves the feedback form; problems go back under their fields with everything typed kept. */
export function registerFeedbackModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.feedbackModal, async ({ ack, view, body, client }: ViewArgs) => {
    const { channelId, messageAuthorId, permalink } = readFeedbackModalMetadata(view.private_metadata);
    const { draft, problems } = readFeedbackModal(view.state.values);
    if (problems.length > 0) {
      await ack({ response_action: 'errors', errors: feedbackModalErrors(problems, view.state.values) });
      return;
    }
    const userId = body.user.id;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(
        deps.feedback.add(context.team.id, userId, draft, {
          ...(messageAuthorId ? { messageAuthorId } : {}),
          ...(permalink ? { permalink } : {}),
        }),
      );
      if (outcome.kind === 'invalid') {
        await ack({
          response_action: 'errors',
          errors: feedbackModalErrors(outcome.problems, view.state.values),
        });
        return;
      }
      await ack();
      await replyPrivately(
        client,
        { userId, channelId },
        buildFeedbackSavedMessage(outcome.feedback),
        deps.logger,
      );
    } catch (error) {
      deps.logger.error('feedback form could not be saved within the time Slack allows', error);
      await ack({
        response_action: 'errors',
        errors: {
          [FeedbackModalBlocks.text]:
            'Tandem could not save just now. Everything you typed is still here: press Log feedback again in a moment.',
        },
      });
    }
  });
}
