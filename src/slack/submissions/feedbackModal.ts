import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, FeedbackModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { buildFeedbackSavedMessage } from '../../views/messages/feedbackMessages';
import {
  feedbackModalErrors,
  readFeedbackModal,
  readFeedbackModalMetadata,
  twoProductsError,
} from '../../views/modals/feedbackModal';
import { pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saves the feedback form; problems go back under their fields with everything typed kept. */
export function registerFeedbackModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.feedbackModal, async ({ ack, view, body, client }: ViewArgs) => {
    const { channelId, messageAuthorId, permalink } = readFeedbackModalMetadata(view.private_metadata);
    const { draft, twoProducts } = readFeedbackModal(view.state.values);
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      if (twoProducts) return await ack({ response_action: 'errors', errors: twoProductsError(t) });
      const outcome = await withinBudget(
        deps.feedback.add(context.team.id, userId, draft, {
          ...(messageAuthorId ? { messageAuthorId } : {}),
          ...(permalink ? { permalink } : {}),
        }),
      );
      if (outcome.kind === 'invalid') {
        await ack({
          response_action: 'errors',
          errors: feedbackModalErrors(t, outcome.problems, view.state.values),
        });
        return;
      }
      await ack();
      await replyPrivately(
        client,
        { userId, channelId },
        await withTeamName(deps, context, buildFeedbackSavedMessage(t, outcome.feedback), userId),
        deps.logger,
      );
    } catch (error) {
      deps.logger.error('feedback form could not be saved within the time Slack allows', error);
      await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          FeedbackModalBlocks.text,
          pressAgain('feedbackForm.submit'),
        ),
      );
    }
  });
}
