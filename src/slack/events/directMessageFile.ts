import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { postImportDryRun } from '../importDryRun';
import { refusalFor } from '../permissions';
import { resolveTeam } from '../teamContext';

/** The part of a message.im event this listener reads: a user's message with files in a DM. */
type FileShareMessage = {
  channel_type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  files?: { id?: string; name?: string }[];
};

/**
 * A file sent to Tandem in a direct message is an import: admins get its dry run in that DM (the
 * CRM told from its headers), anyone else the refusal. Other direct messages are left alone.
 */
export function registerDirectMessageFile(app: App, deps: SlackDependencies): void {
  app.event('message', async ({ event, context, client }) => {
    const message = event as FileShareMessage;
    if (message.channel_type !== 'im' || message.subtype !== 'file_share') return;
    const userId = message.user;
    const files = (message.files ?? []).flatMap((file) =>
      file.id ? [{ id: file.id, name: file.name }] : [],
    );
    if (!userId || message.bot_id || files.length === 0) return;
    const slackTeamId = context.teamId ?? '';
    try {
      const { team, t } = await resolveTeam(deps, { slackTeamId, userId, client });
      const refusal = await refusalFor(deps, t, team, { slackTeamId, userId, client }, 'importData');
      if (refusal) {
        await client.chat.postMessage({ channel: message.channel, ...refusal.message });
        return;
      }
      for (const file of files) {
        await postImportDryRun(deps, {
          client,
          token: context.botToken ?? '',
          team,
          t,
          userId,
          channelId: message.channel,
          fileId: file.id,
          ...(file.name ? { fileName: file.name } : {}),
          options: {},
          fromDirectMessage: true,
        });
      }
    } catch (error) {
      deps.logger.error(`a file sent by ${userId} in ${slackTeamId} could not be imported`, error);
    }
  });
}
