import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { addCalendarDays, DEFAULT_DUE_DAYS } from '../../domain/actionItem';
import { isoDate } from '../../domain/calendar';
import { type MeetingPeriod, parseMeetingPeriodValue } from '../../domain/meeting';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { meetingFormat } from '../meetingContext';
import { payloadOrigin, resolveTeam, type TeamContext } from '../teamContext';
import { buildActionItemModal } from '../../views/modals/actionItemModal';
import { buildMeetingHeldMessage } from '../../views/messages/meetingMessages';
import { buildMeetingNoteModal, type MeetingModalMetadata } from '../../views/modals/meetingNoteModal';
import { section } from '../../blockKit/message';
import { userMention } from '../../blockKit/text';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** Lists shown in the "meeting held" summary. */
const HELD_SUMMARY_ITEMS = 20;

function tell(respond: RespondFn, text: string) {
  return respond({ response_type: 'ephemeral', replace_original: false, text, blocks: [section(text)] });
}

/** Where the button was: its channel, and the message to thread under unless it was ephemeral. */
function origin(body: BlockButtonAction, period: string): MeetingModalMetadata {
  const channelId = body.channel?.id;
  const threadTs = body.container.is_ephemeral ? undefined : body.message?.ts;
  return { period, ...(channelId ? { channelId } : {}), ...(threadTs ? { threadTs } : {}) };
}

/**
 * Runs a meeting button: the team, and the meeting period the button carries. A button whose
 * value is not a period (never sent by Tandem) is answered, not ignored.
 */
function meetingButton(
  deps: SlackDependencies,
  name: string,
  handle: (args: ButtonArgs, context: TeamContext, period: MeetingPeriod) => Promise<void>,
) {
  return async (args: ButtonArgs) => {
    const { ack, body, action, respond } = args;
    await ack();
    const slackTeamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      const period = parseMeetingPeriodValue(action.value);
      if (!period) {
        const t = await requesterTranslator(deps, payloadOrigin(body, args.client));
        await tell(respond, t.t('meeting.buttonWithoutMeeting'));
        return;
      }
      await handle(args, await resolveTeam(deps, payloadOrigin(body, args.client)), period);
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, args.client)),
        error,
        { action: name, teamId: slackTeamId, userId: body.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
    }
  };
}

export function registerMeetingActions(app: App, deps: SlackDependencies): void {
  app.action(
    ActionIds.meetingAddNote,
    meetingButton(deps, 'meeting add note', async ({ body, action, client }, { team, t }, period) => {
      const format = await meetingFormat(deps.store, team, deps.clock.now(), t);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildMeetingNoteModal(t, {
          periodLabel: format.periodLabel(period),
          metadata: origin(body, action.value ?? ''),
        }),
      });
    }),
  );

  app.action(
    ActionIds.meetingAddActionItem,
    meetingButton(deps, 'meeting add action item', async ({ body, action, client }, { team, t }, period) => {
      const [format, channels] = await Promise.all([
        meetingFormat(deps.store, team, deps.clock.now(), t),
        deps.store.teams.options(team.id, 'channel'),
      ]);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildActionItemModal(t, {
          periodLabel: format.periodLabel(period),
          metadata: origin(body, action.value ?? ''),
          channels,
          suggestedDue: isoDate(addCalendarDays(format.items.today, DEFAULT_DUE_DAYS)),
        }),
      });
    }),
  );

  app.action(
    ActionIds.meetingMarkHeld,
    meetingButton(
      deps,
      'meeting mark held',
      async ({ body, client, respond }, { team, t, formatDate }, period) => {
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
    ),
  );
}
