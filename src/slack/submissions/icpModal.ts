import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, IcpModalBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { buildIcpSavedMessage } from '../views/icpMessages';
import { buildIcpModal, icpModalErrors, readIcpModal } from '../views/icpModal';
import { escapeMrkdwn, truncate, userMention } from '../views/text';
import { readMetadata } from '../views/viewState';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saves the edited ICP as a new version; a newer version saved meanwhile is shown, never overwritten unseen. */
export function registerIcpModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.icpEditModal, async ({ ack, view, body, client }: ViewArgs) => {
    const raw = readMetadata(view.private_metadata);
    const baseVersion = typeof raw.baseVersion === 'number' ? raw.baseVersion : 0;
    const channelId = typeof raw.channelId === 'string' ? raw.channelId : undefined;
    const sections = readIcpModal(view.state.values);
    const userId = body.user.id;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(deps.icp.save(context.team.id, userId, baseVersion, sections));
      switch (outcome.kind) {
        case 'invalid':
          await ack({ response_action: 'errors', errors: icpModalErrors(outcome.problems) });
          return;
        case 'unchanged':
          await ack({
            response_action: 'errors',
            errors: {
              [IcpModalBlocks.industries]:
                baseVersion === 0
                  ? 'The form is empty: write at least one section, or press Cancel'
                  : `Nothing changed since version ${baseVersion}: edit a section, or press Cancel`,
            },
          });
          return;
        case 'conflict': {
          const current = outcome.current;
          const notice = current
            ? `:warning: ${userMention(current.changedById)} saved *version ${current.version}* while you were editing ` +
              `(${escapeMrkdwn(truncate(current.summary, 500))}). Your text is kept below: press *Save version* to ` +
              'replace theirs, or Cancel to keep theirs.'
            : ':warning: The ICP changed while you were editing. Your text is kept below: press *Save version* again.';
          await ack({
            response_action: 'update',
            view: buildIcpModal({
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
            buildIcpSavedMessage(outcome.version),
            deps.logger,
          );
      }
    } catch (error) {
      deps.logger.error('ICP form could not be saved within the time Slack allows', error);
      await ack({
        response_action: 'errors',
        errors: {
          [IcpModalBlocks.industries]:
            'Tandem could not save just now. Everything you typed is still here: press Save version again in a moment.',
        },
      });
    }
  });
}
