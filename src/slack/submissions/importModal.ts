import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { currencyCodeOf } from '../../domain/import/importValues';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, ImportModalBlocks } from '../ids';
import { directMessageWith, postImportDryRun } from '../importDryRun';
import { refusalFor, type Requester } from '../permissions';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { readImportModal, readImportModalMetadata } from '../../views/modals/importModal';
import { requesterTranslator } from '../failures';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * `/tandem import`'s form: the file and currency are checked in the ack (a bad currency keeps the
 * form open with its values); the download and dry run, which may take a while for a large file,
 * run after it and report in the user's DM.
 */
export function registerImportModalSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.importModal, async ({ ack, view, body, client, context }: ViewArgs) => {
    const metadata = readImportModalMetadata(view.private_metadata);
    const draft = readImportModal(view.state.values);
    const origin = payloadOrigin(body, client as WebClient);
    const currency = draft.currency === undefined ? undefined : currencyCodeOf(draft.currency);
    if (draft.fileIds.length === 0 || (draft.currency !== undefined && !currency)) {
      const t = await requesterTranslator(deps, origin);
      await ack({
        response_action: 'errors',
        errors:
          draft.fileIds.length === 0
            ? { [ImportModalBlocks.file]: t.t('imports.problem.noFile') }
            : {
                [ImportModalBlocks.currency]: t.t('imports.problem.currency', {
                  value: draft.currency ?? '',
                }),
              },
      });
      return;
    }
    await ack();
    if (!metadata) {
      deps.logger.warn('an import form without its team was submitted; nothing was imported');
      return;
    }
    const who: Requester = { slackTeamId: origin.slackTeamId, userId: body.user.id, client };
    try {
      const { t } = await resolveTeam(deps, origin);
      const team = (await deps.teams.workspaceTeams(who.slackTeamId)).find(
        (each) => each.id === metadata.teamId,
      );
      const channelId = await directMessageWith(client, who.userId);
      if (!team || !channelId) return;
      // The role is asked again: it may have changed since the form opened.
      const refusal = await refusalFor(deps, t, team, who, 'importData');
      if (refusal) {
        await client.chat.postMessage({ channel: channelId, ...refusal.message });
        return;
      }
      for (const fileId of draft.fileIds) {
        await postImportDryRun(deps, {
          client,
          token: context.botToken ?? '',
          team,
          t,
          userId: who.userId,
          channelId,
          fileId,
          options: {
            ...(draft.from ? { from: draft.from } : {}),
            ...(currency ? { currency } : {}),
            ...(draft.dates ? { dates: draft.dates } : {}),
          },
          fromDirectMessage: false,
        });
      }
    } catch (error) {
      deps.logger.error(`the import form of ${who.userId} could not be answered`, error);
    }
  });
}
