import { formatDay } from '../../domain/dates';
import { isMeetingKpi, MEETING_KPIS } from '../../domain/meeting';
import { listBlocks } from '../../blockKit/blockKit';
import type { Translator } from '../../i18n/translator';
import type { ActionItemDetail } from '../../store/repos/actionItemStore';
import type { MeetingDetails, MeetingNoteRecord } from '../../store/repos/meetingStore';
import { Commands } from '../../slack/ids';
import { actionItemLine, type ActionItemStyle } from './actionItemMessages';
import { context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, userMention } from '../../blockKit/text';

const NOTE_TEXT_LIMIT = 600;

/** "• Move budget to SEO — <@U…> · KPI: Cost per lead · client Acme". */
export function noteLine(note: MeetingNoteRecord, t: Translator): string {
  const parts = [
    `• ${escapeTruncated(note.text.replace(/\s+/g, ' '), NOTE_TEXT_LIMIT)} — ${userMention(note.authorId)}`,
  ];
  if (note.kpi) {
    const kpi = isMeetingKpi(note.kpi) ? t.t(MEETING_KPIS[note.kpi]) : escapeMrkdwn(note.kpi);
    parts.push(t.t('meeting.noteKpi', { kpi }));
  }
  if (note.clientName) parts.push(t.t('meeting.noteClient', { name: escapeMrkdwn(note.clientName) }));
  return parts.join(' · ');
}

/** "held 16 Nov 2026 (marked by <@U…>)": when a meeting was held, on the team's calendar. */
export function heldText(
  heldAt: Date,
  heldById: string | null,
  style: { t: Translator; timeZone: string },
): string {
  const { t } = style;
  const date = formatDay(heldAt, style.timeZone, t);
  return heldById
    ? t.t('meeting.heldMarkedBy', { date, user: userMention(heldById) })
    : t.t('meeting.held', { date });
}

function itemLine(item: ActionItemDetail, style: ActionItemStyle): string {
  return `• ${actionItemLine(item, { ...style, showOwner: true })}`;
}

function meetingState(details: MeetingDetails, style: ActionItemStyle): string {
  const { meeting } = details;
  return meeting.heldAt ? heldText(meeting.heldAt, meeting.heldById, style) : style.t.t('meeting.notHeldYet');
}

/** The decisions, notes and action items of a meeting as titled lists. */
export function meetingListBlocks(details: MeetingDetails, style: ActionItemStyle): KnownBlock[] {
  const { t } = style;
  const { totals } = details;
  const titled = (title: string, lines: string[], total: number) =>
    lines.length === 0 ? [] : [section(`*${title}*`), ...listBlocks(lines, { t, total, maxSections: 2 })];
  const notes = (list: MeetingNoteRecord[]) => list.map((note) => noteLine(note, t));
  return [
    ...titled(
      t.t('meeting.decisions', { count: totals.decisions }),
      notes(details.decisions),
      totals.decisions,
    ),
    ...titled(t.t('meeting.notes', { count: totals.notes }), notes(details.notes), totals.notes),
    ...titled(
      t.t('meeting.actionItems', { open: totals.openItems, done: totals.doneItems }),
      details.actionItems.map((item) => itemLine(item, style)),
      totals.openItems + totals.doneItems,
    ),
  ];
}

/** `/meeting`: the current meeting's period, state and lists, with the buttons to add to it. */
export function buildMeetingMessage(input: {
  periodLabel: string;
  details: MeetingDetails | undefined;
  style: ActionItemStyle;
  buttons: KnownBlock;
}): SlackMessage {
  const { details, style } = input;
  const { t } = style;
  const title = t.t('meeting.title', { period: input.periodLabel });
  const lists = details ? meetingListBlocks(details, style) : [];
  const state = details ? meetingState(details, style) : t.t('meeting.nothingYet');
  return {
    text: `${title}: ${state}`,
    blocks: [
      section(`:handshake: *${escapeMrkdwn(title)}* · ${state}`),
      ...(lists.length > 0 ? lists : [context(t.t('meeting.empty'))]),
      input.buttons,
    ].slice(0, 50),
  };
}

/** `/meeting` before any digest was posted: how meetings start. */
export function buildNoMeetingMessage(t: Translator): SlackMessage {
  return { text: t.t('meeting.noneText'), blocks: [section(`:handshake: ${t.t('meeting.none')}`)] };
}

/** `/meeting actions [mine]`: open items earliest due first, then the latest done. */
export function buildActionItemListMessage(input: {
  open: ActionItemDetail[];
  done: ActionItemDetail[];
  counts: { open: number; done: number; overdue: number };
  mine: boolean;
  style: ActionItemStyle;
}): SlackMessage {
  const { counts } = input;
  const { t } = input.style;
  const style = { ...input.style, showOwner: !input.mine };
  if (counts.open === 0 && counts.done === 0) {
    const none = t.t(input.mine ? 'meeting.list.noneMine' : 'meeting.list.noneTeam');
    return { text: none, blocks: [section(`${none} ${t.t('meeting.list.addedFrom')}`)] };
  }
  const summaryCounts =
    counts.overdue > 0
      ? t.t('meeting.list.countsOverdue', { open: counts.open, overdue: counts.overdue, done: counts.done })
      : t.t('meeting.list.counts', { open: counts.open, done: counts.done });
  const blocks: KnownBlock[] = [
    section(t.t(input.mine ? 'meeting.list.mine' : 'meeting.list.team', { counts: summaryCounts })),
  ];
  if (input.open.length > 0)
    blocks.push(
      ...listBlocks(
        input.open.map((item) => `• ${actionItemLine(item, style)}`),
        { t, total: counts.open },
      ),
    );
  if (input.done.length > 0) {
    blocks.push(
      section(t.t('meeting.list.recentlyDone')),
      ...listBlocks(
        input.done.map((item) => `• ${actionItemLine(item, style)}`),
        { t, maxSections: 1 },
      ),
    );
  }
  blocks.push(context(t.t('meeting.list.footer')));
  const textCounts = t.t('meeting.list.counts', { open: counts.open, done: counts.done });
  return {
    text: t.t(input.mine ? 'meeting.list.mineText' : 'meeting.list.teamText', { counts: textCounts }),
    blocks,
  };
}

export function buildMeetingHelpMessage(t: Translator): SlackMessage {
  const command = Commands.meeting;
  return {
    text: t.t('meeting.help.text', { command }),
    blocks: [section(t.t('meeting.help.body', { command })), context(t.t('meeting.help.context'))],
  };
}

/** Posted in the digest's thread when the meeting is marked held: what it decided and who does what. */
export function buildMeetingHeldMessage(input: {
  periodLabel: string;
  heldById: string;
  details: MeetingDetails;
  style: ActionItemStyle;
}): SlackMessage {
  const { t } = input.style;
  const { totals } = input.details;
  const headline = t.t('meeting.heldHeadline', {
    period: escapeMrkdwn(input.periodLabel),
    user: userMention(input.heldById),
    decisions: t.t('meeting.decisionCount', { count: totals.decisions }),
    items: t.t('meeting.actionItemCount', { count: totals.openItems + totals.doneItems }),
    open: totals.openItems,
  });
  const text = t.t('meeting.heldText', {
    period: input.periodLabel,
    decisions: t.t('meeting.decisionCount', { count: totals.decisions }),
    open: t.t('meeting.openActionItemCount', { count: totals.openItems }),
  });
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${headline}`),
      ...meetingListBlocks(input.details, input.style),
    ].slice(0, 50),
  };
}
