import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerFormSubmission } from '../formSubmission';
import { CallbackIds, SpendModalBlocks } from '../ids';
import { buildSpendAddedMessage } from '../../views/messages/spendMessages';
import { readSpendModal, spendModalErrors, spendModalMetadata } from '../../views/modals/spendModal';
import { readMetadata } from '../../views/modals/viewState';

export function registerSpendModalSubmission(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.spendModal,
    name: 'spend form',
    errorBlock: SpendModalBlocks.amount,
    submitLabel: (t) => t.t('spendForm.submit'),
    async save({ view, reply, context: { team, t }, userId }) {
      const { channelId } = readMetadata(view.private_metadata, spendModalMetadata) ?? {};
      const outcome = await deps.spend.add(team, userId, readSpendModal(view.state.values));
      if (outcome.kind === 'invalid')
        return { kind: 'errors', errors: spendModalErrors(t, outcome.problems) };
      const message = buildSpendAddedMessage(t, outcome.spend);
      return {
        kind: 'saved',
        confirm: () => reply({ userId, channelId }, message),
      };
    },
  });
}
