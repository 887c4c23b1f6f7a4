import type { App } from '@slack/bolt';
import type { ImportProgress } from '../../services/importProgress';
import type { SlackMessage } from '../../blockKit/message';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { downloadSlackFile, slackUserByEmail } from '../importFiles';
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

/**
 * Apply under an import's dry run: the import is claimed first (its own claim, not the button's
 * key: a second click, or a retried request, is told it runs once), then the file is fetched again
 * and written, the dry run's message updated every few thousand rows and finally replaced by the result.
 */
export function registerImportApply(app: App, deps: SlackDependencies): void {
  registerButton(app, deps, {
    actionId: ActionIds.importApply,
    name: 'import apply',
    teamOf: async (importId) => (await deps.imports.find(importId))?.teamId,
    permission: 'importData',
    async handle({ args: { body, client, context: bolt }, value, context: { team, t }, tell }) {
      const planned = await deps.imports.find(value);
      if (!planned || planned.teamId !== team.id) {
        deps.logger.warn(`Apply named no import of workspace ${team.slackTeamId}; nothing was imported`);
        return tell(buildImportTakenMessage(t));
      }
      if (planned.userId !== body.user.id) return tell(buildImportNotYoursMessage(t, planned.userId));
      if (!(await deps.imports.claim(planned.id))) return tell(buildImportTakenMessage(t));
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
        const downloaded = await downloadSlackFile(client, bolt.botToken ?? '', planned.fileId);
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
        // Claimed: the failure is told in the dry run's message, which would otherwise say "writing…".
        deps.logger.error(`applying import ${planned.id} of team ${team.id} failed`, error);
        await shown.catch(() => undefined);
        await show(buildImportBrokenMessage(t, planned.fileName)).catch((updateError: unknown) =>
          deps.logger.error('the failed import could not be told', updateError),
        );
      }
    },
  });
}
