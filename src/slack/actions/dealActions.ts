import type { App } from '@slack/bolt';
import { STAGES } from '../../domain/stages';
import { registerButton } from '../button';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { dealModalMetadata, readDealModal } from '../../views/modals/dealModal';
import { readRecordButtonValue } from '../../views/messages/runButton';
import { readMetadata } from '../../views/modals/viewState';

export function registerDealActions(app: App, deps: SlackDependencies): void {
  // Choosing a stage in the form shows that stage's own fields; typed values are carried over.
  // A newer update of the same form (hash_conflict) or a failure leaves the form as it was.
  registerButton(app, deps, {
    actionId: ActionIds.dealStageSelect,
    name: 'deal form stage select',
    failure: 'log',
    async handle({ args, value, context }) {
      const view = args.body.view;
      const stage = STAGES.find((each) => each === value);
      if (!view || !stage) return;
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
      await args.client.views.update({ view_id: view.id, hash: view.hash, view: updated });
    },
  });

  // Move… opens the deal form in the deal's own team (the button names it: a DM has no team).
  registerButton(app, deps, {
    actionId: ActionIds.dealMove,
    name: 'deal move button',
    teamOf: (value) => readRecordButtonValue(value).teamId,
    async handle({ args, value, context }) {
      const view = await loadDealModal(deps, context, {
        channelId: args.body.channel?.id,
        dealNumber: readRecordButtonValue(value).number,
      });
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    },
  });
}
