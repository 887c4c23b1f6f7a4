import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, IcpModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { payloadRequester, refusalFor } from '../permissions';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { icpChangeText } from '../../views/text/icpChangeText';
import { buildIcpSavedMessage } from '../../views/messages/icpMessages';
import { buildIcpModal, icpModalErrors, icpModalMetadata, readIcpModal } from '../../views/modals/icpModal';
import { escapeTruncated, userMention } from '../../blockKit/text';
import { readMetadata } from '../../views/modals/viewState';
import { pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saves the edited ICP as a new version; a newer version saved meanwhile is shown, never overwritten unseen. */
export function registerIcpModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.icpEditModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMetadata(view.private_metadata, icpModalMetadata);
    const baseVersion = metadata?.baseVersion ?? 0;
    const channelId = metadata?.channelId;
    const sections = readIcpModal(view.state.values);
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      t = context.t;
      const refusal = await withinBudget(
        refusalFor(deps, t, context.team, payloadRequester(body, client), 'editIcp'),
      );
      if (refusal) {
        await ack({ response_action: 'errors', errors: { [IcpModalBlocks.industries]: refusal.plainText } });
        return;
      }
      const outcome = await withinBudget(deps.icp.save(context.team.id, userId, baseVersion, sections));
      switch (outcome.kind) {
        case 'invalid':
          await ack({ response_action: 'errors', errors: icpModalErrors(t, outcome.problems) });
          return;
        case 'unchanged':
          await ack({
            response_action: 'errors',
            errors: {
              [IcpModalBlocks.industries]:
                baseVersion === 0
                  ? t.t('icpForm.empty')
                  : t.t('icpForm.unchanged', { version: String(baseVersion) }),
            },
          });
          return;
        case 'conflict': {
          const current = outcome.current;
          const notice = current
            ? t.t('icpForm.conflict', {
                user: userMention(current.changedById),
                version: String(current.version),
                summary: escapeTruncated(icpChangeText(t, current.change), 500),
              })
            : t.t('icpForm.conflictUnknown');
          await ack({
            response_action: 'update',
            view: buildIcpModal(t, {
              sections,
              metadata: { baseVersion: current?.version ?? 0, ...(channelId ? { channelId } : {}) },
              notice,
            }),
          });
          return;
        }
        case 'saved':
          await ack();
          await replyPrivately(
            client,
            { userId, channelId },
            await withTeamName(deps, context, buildIcpSavedMessage(t, outcome.version), userId),
            deps.logger,
          );
      }
    } catch (error) {
      deps.logger.error('ICP form could not be saved within the time Slack allows', error);
      await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          IcpModalBlocks.industries,
          pressAgain('icpForm.submit'),
        ),
      );
    }
  });
}
