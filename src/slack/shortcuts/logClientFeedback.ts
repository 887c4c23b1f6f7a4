import type { App, MessageShortcut } from '@slack/bolt';
import { unescapeSlackText } from '../../domain/quickText';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ShortcutIds } from '../ids';
import { resolveTeam } from '../teamContext';
import { buildFeedbackModal, type FeedbackModalMetadata } from '../../views/modals/feedbackModal';

/**
 * "Log as client feedback" on any message opens the feedback form filled with the message's text,
 * its author and a link to it, so a rep files what a client wrote without retyping it.
 */
export function registerLogClientFeedbackShortcut(app: App, deps: SlackDependencies): void {
  app.shortcut<MessageShortcut>(ShortcutIds.logClientFeedback, async ({ ack, shortcut, client, respond }) => {
    await ack();
    const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? '';
    const channelId = shortcut.channel.id;
    const origin = { slackTeamId: teamId, userId: shortcut.user.id, channelId, client };
    try {
      const [context, permalink] = await Promise.all([
        resolveTeam(deps, origin),
        client.chat
          .getPermalink({ channel: channelId, message_ts: shortcut.message_ts })
          .then((answer) => answer.permalink)
          .catch((error: unknown) => {
            // Without access to the channel there is no link; the feedback is still worth filing.
            deps.logger.warn(`no permalink for a message in ${channelId}`, error);
            return undefined;
          }),
      ]);
      const metadata: FeedbackModalMetadata = { channelId };
      const authorId = shortcut.message.user;
      if (typeof authorId === 'string' && authorId !== '') metadata.messageAuthorId = authorId;
      if (permalink) metadata.permalink = permalink;
      await client.views.open({
        trigger_id: shortcut.trigger_id,
        view: buildFeedbackModal(context.t, {
          products: await deps.feedback.products(context.team.id),
          initial: { text: unescapeSlackText(shortcut.message.text ?? '') },
          metadata,
        }),
      });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, origin),
        error,
        { action: 'log client feedback shortcut', teamId, userId: shortcut.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', ...failure });
    }
  });
}
