import type { App } from '@slack/bolt';
import { defaultSentiment, normalizeFeedbackKind } from '../../domain/feedback';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import {
  buildFeedbackModal,
  readClientLabel,
  readFeedbackModal,
  readFeedbackModalMetadata,
} from '../../views/modals/feedbackModal';

/**
 * Picking a kind in the feedback form re-renders it with that kind's default sentiment
 * (praise → positive, wish → neutral, complaint and objection → negative); all else stays as typed.
 * A newer edit of the form (hash_conflict) wins; the user's sentiment choice is simply kept.
 */
export function registerFeedbackActions(app: App, deps: SlackDependencies): void {
  registerButton(app, deps, {
    actionId: ActionIds.feedbackKindSelect,
    name: 'feedback form kind select',
    failure: 'log',
    async handle({ args, value, context }) {
      const view = args.body.view;
      const kind = normalizeFeedbackKind(value);
      if (!view || !kind) return;
      const { draft } = readFeedbackModal(view.state.values);
      const clientLabel = readClientLabel(view.state.values);
      await args.client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: buildFeedbackModal(context.t, {
          products: await deps.feedback.products(context.team.id),
          initial: { ...draft, kind, sentiment: defaultSentiment(kind) },
          metadata: readFeedbackModalMetadata(view.private_metadata),
          ...(clientLabel ? { clientLabel } : {}),
        }),
      });
    },
  });
}
