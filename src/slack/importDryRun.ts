import type { WebClient } from '@slack/web-api';
import type { Translator } from '../i18n/translator';
import type { SlackImportOptions } from '../services/slackImportService';
import type { TeamRecord } from '../store/repos/teamStore';
import type { SlackMessage } from '../blockKit/message';
import type { SlackDependencies } from './dependencies';
import { buildFailureMessage } from './failures';
import { downloadSlackFile, slackUserByEmail } from './importFiles';
import {
  buildImportFileProblemMessage,
  buildImportPlanMessage,
  buildImportUnusableMessage,
} from '../views/messages/importMessages';
import { MAX_IMPORT_BYTES } from '../views/modals/importModal';

export type DryRunAsk = {
  client: WebClient;
  /** The bot token, which downloads the file from url_private. */
  token: string;
  team: TeamRecord;
  t: Translator;
  userId: string;
  /** The direct message with the user, where the report is posted. */
  channelId: string;
  fileId: string;
  /** The file's name as the event or form gave it, for a message when Slack will not describe the file. */
  fileName?: string;
  options: SlackImportOptions;
  /** A file sent in a DM (no form said where it came from): the report says how to say so. */
  fromDirectMessage: boolean;
};

/**
 * Downloads a file shared with Tandem, runs the import as a dry run and posts its report in the
 * user's DM: with an Apply button when there is something to write, else why nothing can be.
 */
export async function postImportDryRun(deps: SlackDependencies, ask: DryRunAsk): Promise<void> {
  const { client, t, channelId } = ask;
  const post = (message: SlackMessage) => client.chat.postMessage({ channel: channelId, ...message });
  try {
    const downloaded = await downloadSlackFile(
      client,
      ask.token,
      ask.fileId,
      ask.fileName ? { name: ask.fileName } : undefined,
    );
    if (!downloaded.ok) {
      await post(buildImportFileProblemMessage(t, downloaded.name, downloaded.problem, MAX_IMPORT_BYTES));
      return;
    }
    const { file } = downloaded;
    const { result, planned } = await deps.imports.dryRun({
      team: ask.team,
      userId: ask.userId,
      channelId,
      file,
      options: ask.options,
      lookupUserByEmail: slackUserByEmail(client),
    });
    if (!result.ok) {
      await post(buildImportUnusableMessage(t, file.name, result.problems, ask.fromDirectMessage));
      return;
    }
    const posted = await post(
      buildImportPlanMessage(t, {
        fileName: file.name,
        report: result.report,
        assumptions: ask.options,
        ...(planned ? { importId: planned.id } : {}),
      }),
    );
    if (planned && posted.ts) await deps.imports.postedAs(planned.id, posted.ts);
  } catch (error) {
    const failure = buildFailureMessage(
      t,
      error,
      { action: 'import dry run', teamId: ask.team.id, userId: ask.userId },
      deps.logger,
    );
    await post(failure).catch((postError: unknown) =>
      deps.logger.error('the import dry run failure could not be told', postError),
    );
  }
}

/** The user's direct message with the app, where imports report (conversations.open). */
export async function directMessageWith(client: WebClient, userId: string): Promise<string | undefined> {
  const opened = await client.conversations.open({ users: userId });
  return opened.channel?.id;
}
