import type { types } from '@slack/bolt';
import { daysOverdue, isOverdue, SNOOZE_CHOICES } from '../../domain/actionItem';
import { formatDay } from '../../domain/dates';
import type { Translator } from '../../i18n/translator';
import type { ActionItemDetail } from '../../store/repos/actionItemStore';
import { ActionIds, Commands, MeetingBlocks } from '../../slack/ids';
import { option } from '../../blockKit/elements';
import { button, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, truncate, userMention } from '../../blockKit/text';

/**
 * How item lines are written: in whose language (the team's in channels and DMs Tandem sends on
 * its own, the reader's in App Home and ephemeral replies), the team's today (a UTC midnight) and
 * zone, and whether to name the owner.
 */
export type ActionItemStyle = { t: Translator; today: Date; timeZone: string; showOwner?: boolean };

/** Items one reminder DM lists; the rest are counted (Slack shows 50 blocks, two per item). */
export const REMINDER_ITEMS_LISTED = 20;
const ITEM_TEXT_LIMIT = 600;

/** A stored calendar date as "Fri 4 Dec 2026" ("pt. 4 gru 2026"), the same in every zone. */
export function formatDueDate(date: Date, t: Translator): string {
  return t.date(date, 'EEE d MMM yyyy', 'UTC');
}

function relatedParts(item: ActionItemDetail, t: Translator): string[] {
  const parts: string[] = [];
  if (item.deal) parts.push(`\`D-${item.deal.number}\` ${escapeMrkdwn(item.deal.lead.company)}`);
  if (item.lead) parts.push(`\`L-${item.lead.number}\` ${escapeMrkdwn(item.lead.company)}`);
  if (item.channel) parts.push(t.t('meeting.item.channel', { name: escapeMrkdwn(item.channel) }));
  return parts;
}

function doneText(item: ActionItemDetail, text: string, style: ActionItemStyle): string {
  const { t } = style;
  const date = item.doneAt ? formatDay(item.doneAt, style.timeZone, t) : undefined;
  const user = item.doneById ? userMention(item.doneById) : undefined;
  if (user && date) return t.t('meeting.item.doneByOn', { text, user, date });
  if (user) return t.t('meeting.item.doneBy', { text, user });
  if (date) return t.t('meeting.item.doneOn', { text, date });
  return t.t('meeting.item.done', { text });
}

/** "*Send the offer* · due Fri 4 Dec 2026 · :warning: 2 days overdue · <@U…> · `D-3` Acme". */
export function actionItemLine(item: ActionItemDetail, style: ActionItemStyle): string {
  const { t } = style;
  const text = escapeTruncated(item.text.replace(/\s+/g, ' '), ITEM_TEXT_LIMIT);
  if (item.state === 'done') {
    return [
      `:white_check_mark: ${doneText(item, text, style)}`,
      ...(style.showOwner ? [userMention(item.ownerId)] : []),
    ].join(' · ');
  }
  const parts = [`*${text}*`, t.t('meeting.item.due', { date: formatDueDate(item.dueDate, t) })];
  if (isOverdue(item, style.today))
    parts.push(`:warning: ${t.t('meeting.item.overdue', { count: daysOverdue(item.dueDate, style.today) })}`);
  if (item.snoozedUntil && item.snoozedUntil.getTime() > style.today.getTime()) {
    parts.push(`:zzz: ${t.t('meeting.item.snoozedUntil', { date: formatDueDate(item.snoozedUntil, t) })}`);
  }
  if (style.showOwner) parts.push(userMention(item.ownerId));
  return [...parts, ...relatedParts(item, t)].join(' · ');
}

/** "Snooze 3 days", "Snooze 1 week": whole weeks read as weeks. */
function snoozeLabel(days: number, t: Translator): string {
  return days % 7 === 0
    ? t.t('meeting.item.snoozeWeeks', { count: days / 7 })
    : t.t('meeting.item.snoozeDays', { count: days });
}

function snoozeMenu(itemId: string, t: Translator): types.Overflow {
  return {
    type: 'overflow',
    action_id: ActionIds.actionItemSnooze,
    options: SNOOZE_CHOICES.map((choice) => option(`${itemId}:${choice.days}`, snoozeLabel(choice.days, t))),
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
      elements: [
        button(style.t.t('meeting.item.doneButton'), ActionIds.actionItemDone, item.id, 'primary'),
        snoozeMenu(item.id, style.t),
      ],
    },
  ];
}

/** The DM to the owner when an item is given to them. */
export function buildActionItemAssignedMessage(
  item: ActionItemDetail,
  input: { createdById: string; periodLabel: string; style: ActionItemStyle },
): SlackMessage {
  const { t } = input.style;
  const period = escapeMrkdwn(input.periodLabel);
  const intro =
    item.createdById === item.ownerId
      ? t.t('meeting.assigned.self', { period })
      : t.t('meeting.assigned.other', { user: userMention(input.createdById), period });
  return {
    text: t.t('meeting.assigned.text', {
      date: formatDueDate(item.dueDate, t),
      text: truncate(item.text, 200),
    }),
    blocks: [
      section(`:ballot_box_with_check: ${intro}`),
      ...actionItemBlocks(item, { ...input.style, showOwner: false }),
    ],
  };
}

/** The morning DM listing an owner's overdue items, each with Done and Snooze. */
export function buildActionItemReminderMessage(
  items: ActionItemDetail[],
  style: ActionItemStyle,
): SlackMessage {
  const { t } = style;
  const listed = items.slice(0, REMINDER_ITEMS_LISTED);
  const blocks: KnownBlock[] = [
    section(`:alarm_clock: ${t.t('meeting.reminder.intro', { count: items.length })}`),
    ...listed.flatMap((item) => actionItemBlocks(item, { ...style, showOwner: false })),
  ];
  if (items.length > listed.length) {
    blocks.push(
      section(
        t.t('meeting.reminder.more', { count: items.length - listed.length, command: Commands.meeting }),
      ),
    );
  }
  return { text: t.t('meeting.reminder.text', { count: items.length }), blocks };
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
