import type { App } from '@slack/bolt';
import { parseMeetingCommand } from '../../domain/meetingCommand';
import type { SlackDependencies } from '../dependencies';
import { Commands } from '../ids';
import { meetingFormat } from '../meetingContext';
import type { TeamContext } from '../teamContext';
import { buildMeetingButtons } from '../../views/messages/meetingButtons';
import {
  buildActionItemListMessage,
  buildMeetingHelpMessage,
  buildMeetingMessage,
  buildNoMeetingMessage,
} from '../../views/messages/meetingMessages';
import type { SlackMessage } from '../../blockKit/message';
import { registerQuickCommand } from './quickCommand';

/** Rows per list in `/meeting`; the counts say how many there are. */
const MEETING_ITEMS_LISTED = 25;
const OPEN_ITEMS_LISTED = 40;
const DONE_ITEMS_LISTED = 5;

async function showMeeting(deps: SlackDependencies, context: TeamContext): Promise<SlackMessage> {
  const { team } = context;
  const period = await deps.store.meetings.currentPeriod(team.id);
  if (!period) return buildNoMeetingMessage(context.t);
  const [format, meeting] = await Promise.all([
    meetingFormat(deps.store, team, deps.clock.now(), context.t),
    deps.store.meetings.find(team.id, period),
  ]);
  return buildMeetingMessage({
    periodLabel: format.periodLabel(period),
    details: meeting ? await deps.store.meetings.details(meeting, MEETING_ITEMS_LISTED) : undefined,
    style: format.items,
    buttons: buildMeetingButtons(period, context.t),
  });
}

async function listActionItems(
  deps: SlackDependencies,
  context: TeamContext,
  ownerId: string | undefined,
): Promise<SlackMessage> {
  const { team } = context;
  const format = await meetingFormat(deps.store, team, deps.clock.now(), context.t);
  const filter = ownerId ? { ownerId } : {};
  const [open, done, counts] = await Promise.all([
    deps.store.actionItems.open(team.id, filter, OPEN_ITEMS_LISTED),
    deps.store.actionItems.recentlyDone(team.id, filter, DONE_ITEMS_LISTED),
    deps.store.actionItems.counts(team.id, filter, format.items.today),
  ]);
  return buildActionItemListMessage({ open, done, counts, mine: ownerId !== undefined, style: format.items });
}

export function registerMeetingCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.meeting,
    writes: [],
    rejectionTitle: 'help.unreadableMeeting',
    parse: parseMeetingCommand,
    async answer({ context, command, request }) {
      switch (request.kind) {
        case 'help':
          return buildMeetingHelpMessage(context.t);
        case 'show':
          return showMeeting(deps, context);
        case 'actions':
          return listActionItems(deps, context, request.mine ? command.user_id : undefined);
      }
    },
  });
}
