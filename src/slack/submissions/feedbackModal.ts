import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerFormSubmission } from '../formSubmission';
import { CallbackIds, FeedbackModalBlocks } from '../ids';
import { buildFeedbackSavedMessage } from '../../views/messages/feedbackMessages';
import {
  feedbackModalErrors,
  readFeedbackModal,
  readFeedbackModalMetadata,
  twoProductsError,
} from '../../views/modals/feedbackModal';

/** Saves the feedback form; problems go back under their fields with everything typed kept. */
export function registerFeedbackModalSubmission(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.feedbackModal,
    name: 'feedback form',
    errorBlock: FeedbackModalBlocks.text,
    submitLabel: (t) => t.t('feedbackForm.submit'),
    async save({ view, reply, context: { team, t }, userId }) {
      const { channelId, messageAuthorId, permalink } = readFeedbackModalMetadata(view.private_metadata);
      const { draft, twoProducts } = readFeedbackModal(view.state.values);
      if (twoProducts) return { kind: 'errors', errors: twoProductsError(t) };
      const outcome = await deps.feedback.add(team.id, userId, draft, {
        ...(messageAuthorId ? { messageAuthorId } : {}),
        ...(permalink ? { permalink } : {}),
      });
      if (outcome.kind === 'invalid') {
        return { kind: 'errors', errors: feedbackModalErrors(t, outcome.problems, view.state.values) };
      }
      const message = buildFeedbackSavedMessage(t, outcome.feedback);
      return {
        kind: 'saved',
        confirm: () => reply({ userId, channelId }, message),
      };
    },
  });
}
