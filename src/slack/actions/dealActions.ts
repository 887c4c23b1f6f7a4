import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import { STAGES } from '../../domain/stages';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { dealModalMetadata, readDealModal } from '../../views/modals/dealModal';
import { readMetadata } from '../../views/modals/viewState';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type SelectArgs = SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>> & AllMiddlewareArgs;

export function registerDealActions(app: App, deps: SlackDependencies): void {
  // Choosing a stage in the form shows that stage's own fields; typed values are carried over.
  app.action(ActionIds.dealStageSelect, async ({ ack, body, action, client }: SelectArgs) => {
    await ack();
    const view = body.view;
    const stage = STAGES.find((each) => each === action.selected_option.value);
    if (!view || !stage) return;
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const metadata = readMetadata(view.private_metadata, dealModalMetadata) ?? {};
      const form = readDealModal(view.state.values);
      const updated = await loadDealModal(deps, context, {
        channelId: metadata.channelId,
        dealNumber: metadata.dealNumber,
        leadNumber: form.leadNumber,
        stage,
        values: form.draft,
        version: metadata.version,
      });
      await client.views.update({ view_id: view.id, hash: view.hash, view: updated });
    } catch (error) {
      // A newer update of the same form (hash_conflict) or a failure leaves the form as it was.
      deps.logger.warn('the deal form could not show the fields of the chosen stage', error);
    }
  });

  app.action(ActionIds.dealMove, async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const view = await loadDealModal(deps, context, {
        channelId: body.channel?.id,
        dealNumber: Number.parseInt(action.value ?? '', 10),
      });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, client)),
        error,
        { action: 'deal move button', teamId: body.team?.id ?? '', userId: body.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
    }
  });
}
