import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { MeetingService } from '../services/meetingService';
import type { ActionItemDetail } from '../store/repos/actionItemStore';
import type { MeetingFormat } from './meetingContext';
import { buildActionItemAssignedMessage } from '../views/messages/actionItemMessages';

function assignedMessage(item: ActionItemDetail, format: MeetingFormat) {
  return buildActionItemAssignedMessage(item, {
    createdById: item.createdById,
    periodLabel: format.periodLabel({ start: item.meeting.periodStart, end: item.meeting.periodEnd }),
    style: format.items,
  });
}

/** DMs the owner their new item and remembers the DM; false when Slack refused it. */
export async function sendActionItemDm(
  client: WebClient,
  meetings: MeetingService,
  item: ActionItemDetail,
  format: MeetingFormat,
  logger: Logger,
): Promise<boolean> {
  try {
    const posted = await client.chat.postMessage({ channel: item.ownerId, ...assignedMessage(item, format) });
    if (posted.channel && posted.ts) {
      await meetings.recordActionItemDm(item.id, { channelId: posted.channel, ts: posted.ts });
    }
    return true;
  } catch (error) {
    logger.warn(`the DM about action item ${item.id} to ${item.ownerId} failed`, error);
    return false;
  }
}

/** Rewrites the owner's DM about an item to its current state (done, snoozed). */
export async function refreshActionItemDm(
  client: WebClient,
  item: ActionItemDetail,
  format: MeetingFormat,
  logger: Logger,
): Promise<void> {
  if (!item.dmChannelId || !item.dmTs) return;
  try {
    await client.chat.update({ channel: item.dmChannelId, ts: item.dmTs, ...assignedMessage(item, format) });
  } catch (error) {
    logger.warn(`updating the DM about action item ${item.id} failed`, error);
  }
}
