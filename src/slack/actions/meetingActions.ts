import type { App, BlockAction, RespondFn } from '@slack/bolt';
import { addCalendarDays, DEFAULT_DUE_DAYS } from '../../domain/actionItem';
import { isoDate } from '../../domain/calendar';
import { type MeetingPeriod, parseMeetingPeriodValue } from '../../domain/meeting';
import type { SlackDependencies } from '../dependencies';
import { type ButtonRequest, registerButton } from '../button';
import { ActionIds } from '../ids';
import { meetingFormat } from '../meetingContext';
import { buildActionItemModal } from '../../views/modals/actionItemModal';
import { buildMeetingHeldMessage } from '../../views/messages/meetingMessages';
import { buildMeetingNoteModal, type MeetingModalMetadata } from '../../views/modals/meetingNoteModal';
import { section } from '../../blockKit/message';
import { userMention } from '../../blockKit/text';

/** Lists shown in the "meeting held" summary. */
const HELD_SUMMARY_ITEMS = 20;

function tell(respond: RespondFn, text: string) {
  return respond({ response_type: 'ephemeral', replace_original: false, text, blocks: [section(text)] });
}

/** Where the button was: its channel, and the message to thread under unless it was ephemeral. */
function origin(body: BlockAction, period: string): MeetingModalMetadata {
  const channelId = body.channel?.id;
  const threadTs = body.container.is_ephemeral ? undefined : body.message?.ts;
  return { period, ...(channelId ? { channelId } : {}), ...(threadTs ? { threadTs } : {}) };
}

/**
 * A meeting button: the team, and the meeting period the button carries. A button whose value is
 * not a period (never sent by Tandem) is answered, not ignored.
 */
function meetingButton(
  app: App,
  deps: SlackDependencies,
  actionId: string,
  name: string,
  handle: (request: ButtonRequest, period: MeetingPeriod) => Promise<void>,
  writes?: 'message',
): void {
  registerButton(app, deps, {
    actionId,
    name,
    ...(writes ? { writes } : {}),
    async handle(request) {
      const period = parseMeetingPeriodValue(request.value);
      if (period) return handle(request, period);
      await tell(request.args.respond, request.context.t.t('meeting.buttonWithoutMeeting'));
    },
  });
}

export function registerMeetingActions(app: App, deps: SlackDependencies): void {
  meetingButton(
    app,
    deps,
    ActionIds.meetingAddNote,
    'meeting add note',
    async ({ args: { body, client }, value, context: { team, t } }, period) => {
      const format = await meetingFormat(deps.store, team, deps.clock.now(), t);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildMeetingNoteModal(t, {
          periodLabel: format.periodLabel(period),
          metadata: origin(body, value),
        }),
      });
    },
  );

  meetingButton(
    app,
    deps,
    ActionIds.meetingAddActionItem,
    'meeting add action item',
    async ({ args: { body, client }, value, context: { team, t } }, period) => {
      const [format, channels] = await Promise.all([
        meetingFormat(deps.store, team, deps.clock.now(), t),
        deps.store.teams.options(team.id, 'channel'),
      ]);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildActionItemModal(t, {
          periodLabel: format.periodLabel(period),
          metadata: origin(body, value),
          channels,
          suggestedDue: isoDate(addCalendarDays(format.items.today, DEFAULT_DUE_DAYS)),
        }),
      });
    },
  );

  meetingButton(
    app,
    deps,
    ActionIds.meetingMarkHeld,
    'meeting mark held',
    async ({ args: { body, client, respond }, context: { team, t, formatDate } }, period) => {
      const format = await meetingFormat(deps.store, team, deps.clock.now());
      const periodLabel = format.periodLabel(period);
      const { marked, meeting } = await deps.meetings.markHeld(team, body.user.id, period);
      if (!marked) {
        await tell(
          respond,
          meeting.heldById && meeting.heldAt
            ? t.t('meeting.alreadyHeldBy', {
                period: periodLabel,
                user: userMention(meeting.heldById),
                date: formatDate(meeting.heldAt),
              })
            : t.t('meeting.alreadyHeld', { period: periodLabel }),
        );
        return;
      }
      const details = await deps.store.meetings.details(meeting, HELD_SUMMARY_ITEMS);
      const summary = buildMeetingHeldMessage({
        periodLabel,
        heldById: body.user.id,
        details,
        style: format.items,
      });
      const digest = meeting.digestRunId
        ? await deps.store.digestRuns.find(team.id, meeting.digestRunId)
        : undefined;
      const thread = digest?.ts
        ? { channel: digest.channelId, thread_ts: digest.ts }
        : body.channel?.id && body.message?.ts && !body.container.is_ephemeral
          ? { channel: body.channel.id, thread_ts: body.message.ts }
          : undefined;
      if (thread) {
        try {
          await client.chat.postMessage({ ...thread, ...summary });
          return;
        } catch (error) {
          deps.logger.warn("the meeting summary could not be posted in the digest's thread", error);
        }
      }
      await respond({ response_type: 'ephemeral', replace_original: false, ...summary });
    },
    'message',
  );
}
