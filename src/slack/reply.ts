import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../blockKit/message';

/** Where a private answer goes when there is no response_url (modal submissions, App Home). */
export type PrivateReplyTarget = { userId: string; channelId?: string | undefined };

/**
 * Answers one user privately: ephemeral in the channel the flow started in, or a DM from the app
 * when there is no channel or the bot cannot post there (it need not be a channel member).
 */
export async function replyPrivately(
  client: WebClient,
  target: PrivateReplyTarget,
  message: SlackMessage,
  logger: Logger,
): Promise<void> {
  if (target.channelId && !target.channelId.startsWith('D')) {
    try {
      await client.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...message });
      return;
    } catch (error) {
      logger.warn(`ephemeral reply to ${target.channelId} failed, sending a DM instead`, error);
    }
  }
  await client.chat.postMessage({ channel: target.userId, ...message });
}
