import { isMeetingKpi, MEETING_KPIS } from '../../domain/meeting';
import { listBlocks } from '../../digest/blocks/blockKit';
import type { ActionItemDetail } from '../../store/actionItemStore';
import type { MeetingDetails, MeetingNoteRecord } from '../../store/meetingStore';
import { Commands } from '../ids';
import { actionItemLine, type ActionItemStyle } from './actionItemMessages';
import { context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

const NOTE_TEXT_LIMIT = 600;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "• Move budget to SEO — <@U…> · KPI: Cost per lead · client Acme". */
export function noteLine(note: MeetingNoteRecord): string {
  const parts = [
    `• ${escapeMrkdwn(truncate(note.text.replace(/\s+/g, ' '), NOTE_TEXT_LIMIT))} — ${userMention(note.authorId)}`,
  ];
  if (note.kpi)
    parts.push(`KPI: ${isMeetingKpi(note.kpi) ? MEETING_KPIS[note.kpi] : escapeMrkdwn(note.kpi)}`);
  if (note.clientName) parts.push(`client ${escapeMrkdwn(note.clientName)}`);
  return parts.join(' · ');
}

function itemLine(item: ActionItemDetail, style: ActionItemStyle): string {
  return `• ${actionItemLine(item, { ...style, showOwner: true })}`;
}

function heldText(details: MeetingDetails, formatDay: (date: Date) => string): string {
  const { meeting } = details;
  if (!meeting.heldAt) return 'not marked held yet';
  return `held ${formatDay(meeting.heldAt)}${meeting.heldById ? ` (marked by ${userMention(meeting.heldById)})` : ''}`;
}

/** The decisions, notes and action items of a meeting as titled lists. */
export function meetingListBlocks(details: MeetingDetails, style: ActionItemStyle): KnownBlock[] {
  const { totals } = details;
  const titled = (title: string, lines: string[], total: number) =>
    lines.length === 0 ? [] : [section(`*${title}*`), ...listBlocks(lines, { total, maxSections: 2 })];
  const items = `Action items (${totals.openItems} open, ${totals.doneItems} done)`;
  return [
    ...titled(`Decisions (${totals.decisions})`, details.decisions.map(noteLine), totals.decisions),
    ...titled(`Notes (${totals.notes})`, details.notes.map(noteLine), totals.notes),
    ...titled(
      items,
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
  formatDay: (date: Date) => string;
  buttons: KnownBlock;
}): SlackMessage {
  const { details } = input;
  const title = `*Meeting of ${escapeMrkdwn(input.periodLabel)}*`;
  const lists = details ? meetingListBlocks(details, input.style) : [];
  const state = details ? heldText(details, input.formatDay) : 'nothing recorded yet';
  return {
    text: `Meeting of ${input.periodLabel}: ${state}`,
    blocks: [
      section(`:handshake: ${title} · ${state}`),
      ...(lists.length > 0
        ? lists
        : [
            context(
              'No notes, decisions or action items yet. Add them with the buttons below, during or after the meeting.',
            ),
          ]),
      input.buttons,
    ].slice(0, 50),
  };
}

/** `/meeting` before any digest was posted: how meetings start. */
export function buildNoMeetingMessage(): SlackMessage {
  const text =
    'No meeting yet. Each digest opens the meeting of its period and carries *Add note*, *Add action item* and *Mark meeting held* buttons. ' +
    '`/digest post` posts one now; `/digest schedule` sets when they come.';
  return { text: 'No meeting yet', blocks: [section(`:handshake: ${text}`)] };
}

/** `/meeting actions [mine]`: open items earliest due first, then the latest done. */
export function buildActionItemListMessage(input: {
  open: ActionItemDetail[];
  done: ActionItemDetail[];
  counts: { open: number; done: number; overdue: number };
  mine: boolean;
  style: ActionItemStyle;
}): SlackMessage {
  const whose = input.mine ? 'Your' : "The team's";
  const { counts } = input;
  const style = { ...input.style, showOwner: !input.mine };
  const summary = `*${whose} action items*: ${counts.open} open${counts.overdue > 0 ? ` (${counts.overdue} overdue)` : ''}, ${counts.done} done`;
  if (counts.open === 0 && counts.done === 0) {
    const none = input.mine ? 'You have no action items.' : 'The team has no action items yet.';
    return {
      text: none,
      blocks: [section(`${none} They are added from the digest's *Add action item* button.`)],
    };
  }
  const blocks: KnownBlock[] = [section(summary)];
  if (input.open.length > 0)
    blocks.push(
      ...listBlocks(
        input.open.map((item) => `• ${actionItemLine(item, style)}`),
        { total: counts.open },
      ),
    );
  if (input.done.length > 0) {
    blocks.push(
      section('*Recently done*'),
      ...listBlocks(
        input.done.map((item) => `• ${actionItemLine(item, style)}`),
        { maxSections: 1 },
      ),
    );
  }
  blocks.push(
    context('Mark items done or snooze them from the DM each owner gets, or from the Tandem App Home.'),
  );
  return { text: `${whose} action items: ${counts.open} open, ${counts.done} done`, blocks };
}

export function buildMeetingHelpMessage(): SlackMessage {
  const command = Commands.meeting;
  return {
    text: `How to use ${command}`,
    blocks: [
      section(
        `*${command}* shows the sales–marketing meeting that the latest digest opened.\n` +
          `• \`${command}\` — the current meeting: period, decisions, notes, action items and their state\n` +
          `• \`${command} actions\` — the team's open action items, then the latest done\n` +
          `• \`${command} actions mine\` — only yours\n` +
          `• \`${command} help\` — this help`,
      ),
      context(
        "The digest's buttons add notes, decisions and action items and mark the meeting held. Owners get a DM with Done and Snooze; overdue items are reminded at 09:00 team time, once a day.",
      ),
    ],
  };
}

/** Posted in the digest's thread when the meeting is marked held: what it decided and who does what. */
export function buildMeetingHeldMessage(input: {
  periodLabel: string;
  heldById: string;
  details: MeetingDetails;
  style: ActionItemStyle;
}): SlackMessage {
  const { totals } = input.details;
  const headline = `:white_check_mark: *Meeting of ${escapeMrkdwn(input.periodLabel)} held* — marked by ${userMention(input.heldById)}. ${plural(totals.decisions, 'decision')}, ${plural(totals.openItems + totals.doneItems, 'action item')} (${totals.openItems} open).`;
  return {
    text: `Meeting of ${input.periodLabel} held: ${totals.decisions} decisions, ${totals.openItems} open action items`,
    blocks: [section(headline), ...meetingListBlocks(input.details, input.style)].slice(0, 50),
  };
}
