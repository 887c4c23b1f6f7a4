import type { App } from '@slack/bolt';
import { currencyCodeOf } from '../../domain/import/importValues';
import type { SlackDependencies } from '../dependencies';
import { type FormAnswer, registerFormSubmission } from '../formSubmission';
import { CallbackIds, ImportModalBlocks } from '../ids';
import { directMessageWith, postImportDryRun } from '../importDryRun';
import { readImportModal, readImportModalMetadata } from '../../views/modals/importModal';

/**
 * `/tandem import`'s form, for the team it was opened for: the file and currency are checked in
 * the answer (a bad currency keeps the form open with its values); the download and dry run, which
 * may take a while for a large file, run after the form closed and report in the user's DM.
 */
export function registerImportModalSubmission(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.importModal,
    name: 'import form',
    errorBlock: ImportModalBlocks.file,
    submitLabel: (t) => t.t('imports.form.submit'),
    teamOf: (view) => readImportModalMetadata(view.private_metadata)?.teamId,
    permission: 'importData',
    // Nothing is written here: the dry run, after the answer, stores the import it plans.
    async save({ view, client, botToken, userId, context: { team, t } }): Promise<FormAnswer> {
      const draft = readImportModal(view.state.values);
      const currency = draft.currency === undefined ? undefined : currencyCodeOf(draft.currency);
      if (draft.fileIds.length === 0)
        return { kind: 'errors', errors: { [ImportModalBlocks.file]: t.t('imports.problem.noFile') } };
      if (draft.currency !== undefined && !currency) {
        const problem = t.t('imports.problem.currency', { value: draft.currency });
        return { kind: 'errors', errors: { [ImportModalBlocks.currency]: problem } };
      }
      if (readImportModalMetadata(view.private_metadata)?.teamId !== team.id) {
        deps.logger.warn('an import form without its team was submitted; nothing was imported');
        return { kind: 'saved' };
      }
      const options = {
        ...(draft.from ? { from: draft.from } : {}),
        ...(currency ? { currency } : {}),
        ...(draft.dates ? { dates: draft.dates } : {}),
      };
      const confirm = async () => {
        const channelId = await directMessageWith(client, userId);
        if (!channelId) return;
        for (const fileId of draft.fileIds) {
          const token = botToken ?? '';
          await postImportDryRun(deps, {
            client,
            token,
            team,
            t,
            userId,
            channelId,
            fileId,
            options,
            fromDirectMessage: false,
          });
        }
      };
      return { kind: 'saved', confirm };
    },
  });
}
