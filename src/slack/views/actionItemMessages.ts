import { TZDate } from '@date-fns/tz';
import type { types } from '@slack/bolt';
import { format } from 'date-fns';
import { daysOverdue, isOverdue, SNOOZE_CHOICES } from '../../domain/actionItem';
import { formatDay } from '../../domain/dates';
import type { ActionItemDetail } from '../../store/actionItemStore';
import { ActionIds, Commands, MeetingBlocks } from '../ids';
import { button, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

/** How item lines are written: the team's today (a UTC midnight) and zone, and whether to name the owner. */
export type ActionItemStyle = { today: Date; timeZone: string; showOwner?: boolean };

/** Items one reminder DM lists; the rest are counted (Slack shows 50 blocks, two per item). */
export const REMINDER_ITEMS_LISTED = 20;
const ITEM_TEXT_LIMIT = 600;

/** A stored calendar date as "Fri 4 Dec 2026", the same in every zone. */
export function formatDueDate(date: Date): string {
  return format(new TZDate(date, 'UTC'), 'EEE d MMM yyyy');
}

function relatedParts(item: ActionItemDetail): string[] {
  const parts: string[] = [];
  if (item.deal) parts.push(`\`D-${item.deal.number}\` ${escapeMrkdwn(item.deal.lead.company)}`);
  if (item.lead) parts.push(`\`L-${item.lead.number}\` ${escapeMrkdwn(item.lead.company)}`);
  if (item.channel) parts.push(`channel ${escapeMrkdwn(item.channel)}`);
  return parts;
}

/** "*Send the offer* · due Fri 4 Dec 2026 · :warning: 2 days overdue · <@U…> · `D-3` Acme". */
export function actionItemLine(item: ActionItemDetail, style: ActionItemStyle): string {
  const text = escapeMrkdwn(truncate(item.text.replace(/\s+/g, ' '), ITEM_TEXT_LIMIT));
  if (item.state === 'done') {
    const when = item.doneAt ? ` on ${formatDay(item.doneAt, style.timeZone)}` : '';
    const by = item.doneById ? ` by ${userMention(item.doneById)}` : '';
    return [
      `:white_check_mark: ~${text}~ done${by}${when}`,
      ...(style.showOwner ? [userMention(item.ownerId)] : []),
    ].join(' · ');
  }
  const overdueDays = daysOverdue(item.dueDate, style.today);
  const parts = [`*${text}*`, `due ${formatDueDate(item.dueDate)}`];
  if (isOverdue(item, style.today))
    parts.push(`:warning: ${overdueDays} ${overdueDays === 1 ? 'day' : 'days'} overdue`);
  if (item.snoozedUntil && item.snoozedUntil.getTime() > style.today.getTime()) {
    parts.push(`:zzz: snoozed until ${formatDueDate(item.snoozedUntil)}`);
  }
  if (style.showOwner) parts.push(userMention(item.ownerId));
  return [...parts, ...relatedParts(item)].join(' · ');
}

function snoozeMenu(itemId: string): types.Overflow {
  return {
    type: 'overflow',
    action_id: ActionIds.actionItemSnooze,
    options: SNOOZE_CHOICES.map((choice) => ({
      text: { type: 'plain_text', text: `Snooze ${choice.label}` },
      value: `${itemId}:${choice.days}`,
    })),
  };
}

/** One item: its line, and for an open item the Done button and the Snooze menu. */
export function actionItemBlocks(item: ActionItemDetail, style: ActionItemStyle): KnownBlock[] {
  const line: KnownBlock = {
    ...section(actionItemLine(item, style)),
    block_id: `${MeetingBlocks.actionItemPrefix}${item.id}`,
  };
  if (item.state !== 'open') return [line];
  return [
    line,
    {
      type: 'actions',
      block_id: `${MeetingBlocks.actionItemButtonsPrefix}${item.id}`,
      elements: [button('Done', ActionIds.actionItemDone, item.id, 'primary'), snoozeMenu(item.id)],
    },
  ];
}

/** The DM to the owner when an item is given to them. */
export function buildActionItemAssignedMessage(
  item: ActionItemDetail,
  input: { createdById: string; periodLabel: string; style: ActionItemStyle },
): SlackMessage {
  const from = item.createdById === item.ownerId ? 'You took' : `${userMention(input.createdById)} gave you`;
  return {
    text: `New action item, due ${formatDueDate(item.dueDate)}: ${truncate(item.text, 200)}`,
    blocks: [
      section(
        `:ballot_box_with_check: ${from} an action item in the meeting of ${escapeMrkdwn(input.periodLabel)}:`,
      ),
      ...actionItemBlocks(item, { ...input.style, showOwner: false }),
    ],
  };
}

/** The morning DM listing an owner's overdue items, each with Done and Snooze. */
export function buildActionItemReminderMessage(
  items: ActionItemDetail[],
  style: ActionItemStyle,
): SlackMessage {
  const listed = items.slice(0, REMINDER_ITEMS_LISTED);
  const count = items.length === 1 ? 'One action item is' : `${items.length} action items are`;
  const blocks: KnownBlock[] = [
    section(`:alarm_clock: ${count} overdue. Mark each done, or snooze it if it has to wait.`),
    ...listed.flatMap((item) => actionItemBlocks(item, { ...style, showOwner: false })),
  ];
  if (items.length > listed.length) {
    blocks.push(
      section(
        `…and ${items.length - listed.length} more: \`${Commands.meeting} actions mine\` lists them all.`,
      ),
    );
  }
  return {
    text: `Reminder: ${items.length} overdue action ${items.length === 1 ? 'item' : 'items'}`,
    blocks,
  };
}

/** A message's blocks with one item's line and buttons replaced by its current state. */
export function replaceActionItemBlocks(
  blocks: KnownBlock[],
  item: ActionItemDetail,
  style: ActionItemStyle,
): KnownBlock[] {
  const ids = [
    `${MeetingBlocks.actionItemPrefix}${item.id}`,
    `${MeetingBlocks.actionItemButtonsPrefix}${item.id}`,
  ];
  const at = blocks.findIndex((block) => block.block_id !== undefined && ids.includes(block.block_id));
  if (at === -1) return blocks;
  const kept = blocks.filter((block) => block.block_id === undefined || !ids.includes(block.block_id));
  return [...kept.slice(0, at), ...actionItemBlocks(item, style), ...kept.slice(at)];
}
