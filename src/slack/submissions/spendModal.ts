import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, SpendModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { buildSpendAddedMessage } from '../../views/messages/spendMessages';
import { readSpendModal, spendModalErrors, spendModalMetadata } from '../../views/modals/spendModal';
import { readMetadata } from '../../views/modals/viewState';
import { pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function registerSpendModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.spendModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata, spendModalMetadata) ?? {};
    const draft = readSpendModal(view.state.values);
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      const outcome = await withinBudget(deps.spend.add(context.team, userId, draft));
      if (outcome.kind === 'invalid') {
        await ack({ response_action: 'errors', errors: spendModalErrors(t, outcome.problems) });
        return;
      }
      await ack();
      await replyPrivately(
        client,
        { userId, channelId: metadata.channelId },
        await withTeamName(deps, context, buildSpendAddedMessage(t, outcome.spend), userId),
        deps.logger,
      );
    } catch (error) {
      deps.logger.error('spend form could not be saved within the time Slack allows', error);
      await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          SpendModalBlocks.amount,
          pressAgain('spendForm.submit'),
        ),
      );
    }
  });
}
