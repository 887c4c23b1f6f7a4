import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ImportProgress } from '../../services/importProgress';
import type { SlackMessage } from '../../blockKit/message';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { downloadSlackFile, slackUserByEmail } from '../importFiles';
import { refusalFor } from '../permissions';
import { payloadOrigin, resolveTeam } from '../teamContext';
import {
  buildImportBrokenMessage,
  buildImportFileProblemMessage,
  buildImportNotYoursMessage,
  buildImportProgressMessage,
  buildImportResultMessage,
  buildImportTakenMessage,
  buildImportUnusableMessage,
} from '../../views/messages/importMessages';
import { MAX_IMPORT_BYTES } from '../../views/modals/importModal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * Apply under an import's dry run: the import is claimed first (a second click, or a retried
 * request, is told it runs once), then the file is fetched again and written, the dry run's
 * message updated every few thousand rows and finally replaced by the result.
 */
export function registerImportApply(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.importApply, async ({ ack, body, client, context, respond }: ButtonArgs) => {
    await ack();
    const origin = payloadOrigin(body, client);
    const tellPrivately = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    const planned = await deps.imports.find(body.actions[0]?.value ?? '');
    const team = planned
      ? (await deps.teams.workspaceTeams(origin.slackTeamId)).find((each) => each.id === planned.teamId)
      : undefined;
    const { t } = await resolveTeam(deps, { ...origin, ...(team ? { teamId: team.id } : {}) });
    if (!planned || !team) {
      deps.logger.warn(`Apply named no import of workspace ${origin.slackTeamId}; nothing was imported`);
      await tellPrivately(buildImportTakenMessage(t));
      return;
    }
    if (planned.userId !== body.user.id) {
      await tellPrivately(buildImportNotYoursMessage(t, planned.userId));
      return;
    }
    const who = { slackTeamId: origin.slackTeamId, userId: body.user.id, client };
    const refusal = await refusalFor(deps, t, team, who, 'importData');
    if (refusal) {
      await tellPrivately(refusal.message);
      return;
    }
    if (!(await deps.imports.claim(planned.id))) {
      await tellPrivately(buildImportTakenMessage(t));
      return;
    }
    const ts = planned.messageTs ?? body.message?.ts ?? '';
    const show = (message: SlackMessage) =>
      client.chat.update({ channel: planned.channelId, ts, ...message });
    let shown: Promise<unknown> = show(buildImportProgressMessage(t, planned.fileName));
    // Progress comes synchronously from the writes; each update waits for the one before it.
    const onProgress = (progress: ImportProgress) => {
      shown = shown
        .catch(() => undefined)
        .then(() => show(buildImportProgressMessage(t, planned.fileName, progress)));
    };
    try {
      const downloaded = await downloadSlackFile(client, context.botToken ?? '', planned.fileId);
      if (!downloaded.ok) {
        await deps.imports.abandon(planned.id);
        await shown.catch(() => undefined);
        await show(buildImportFileProblemMessage(t, downloaded.name, downloaded.problem, MAX_IMPORT_BYTES));
        return;
      }
      const result = await deps.imports.apply(
        {
          team,
          userId: planned.userId,
          channelId: planned.channelId,
          file: { ...downloaded.file, name: planned.fileName },
          options: deps.imports.optionsOf(planned),
          lookupUserByEmail: slackUserByEmail(client),
        },
        planned,
        onProgress,
      );
      await shown.catch((error: unknown) => deps.logger.warn('an import progress update failed', error));
      await show(
        result.ok
          ? buildImportResultMessage(t, planned.fileName, result.report)
          : buildImportUnusableMessage(t, planned.fileName, result.problems, false),
      );
    } catch (error) {
      deps.logger.error(`applying import ${planned.id} of team ${team.id} failed`, error);
      await shown.catch(() => undefined);
      await show(buildImportBrokenMessage(t, planned.fileName)).catch((updateError: unknown) =>
        deps.logger.error('the failed import could not be told', updateError),
      );
    }
  });
}
