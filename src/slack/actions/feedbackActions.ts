import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { defaultSentiment, normalizeFeedbackKind } from '../../domain/feedback';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';
import {
  buildFeedbackModal,
  readClientLabel,
  readFeedbackModal,
  readFeedbackModalMetadata,
} from '../../views/modals/feedbackModal';

type SelectArgs = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;

/**
 * Picking a kind in the feedback form re-renders it with that kind's default sentiment
 * (praise → positive, wish → neutral, complaint and objection → negative); all else stays as typed.
 */
export function registerFeedbackActions(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.feedbackKindSelect, async ({ ack, body, action, client }: SelectArgs) => {
    await ack();
    const view = body.view;
    const kind = normalizeFeedbackKind(action.selected_option.value);
    if (!view || !kind) return;
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const { draft } = readFeedbackModal(view.state.values);
      const clientLabel = readClientLabel(view.state.values);
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: buildFeedbackModal(context.t, {
          products: await deps.feedback.products(context.team.id),
          initial: { ...draft, kind, sentiment: defaultSentiment(kind) },
          metadata: readFeedbackModalMetadata(view.private_metadata),
          ...(clientLabel ? { clientLabel } : {}),
        }),
      });
    } catch (error) {
      // A newer edit of the form (hash_conflict) wins; the user's sentiment choice is simply kept.
      deps.logger.warn('the feedback form could not show the default sentiment for the chosen kind', error);
    }
  });
}
