import type { AllMiddlewareArgs, App, Logger, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { NOTE_KIND_LABELS, parseMeetingPeriodValue } from '../../domain/meeting';
import { sendActionItemDm } from '../actionItemDm';
import type { SlackDependencies } from '../dependencies';
import { ActionItemModalBlocks, CallbackIds, Commands, MeetingNoteBlocks } from '../ids';
import { meetingFormat } from '../meetingContext';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { actionItemLine } from '../views/actionItemMessages';
import { readActionItemModal } from '../views/actionItemModal';
import { noteLine } from '../views/meetingMessages';
import { readMeetingModalMetadata, readMeetingNoteModal } from '../views/meetingNoteModal';
import { section } from '../views/message';
import { escapeMrkdwn, userMention } from '../views/text';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Problems under the blocks of their fields; an unknown field goes to `fallbackBlock`. */
function errorsOn(
  problems: FieldProblem[],
  blocks: Record<string, string>,
  fallbackBlock: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = blocks[each.field] ?? fallbackBlock;
    const text = `${each.message}${each.example ? ` (e.g. ${each.example})` : ''}`;
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}

function keepFormOpen(logger: Logger, error: unknown, blockId: string, submitLabel: string) {
  logger.error('a meeting form could not be saved within the time Slack allows', error);
  return {
    response_action: 'errors' as const,
    errors: {
      [blockId]: `Tandem could not save just now. Everything you typed is still here: press ${submitLabel} again in a moment.`,
    },
  };
}

const LOST_MEETING = `This form no longer names its meeting. Open it again from the digest or ${Commands.meeting}.`;

export function registerMeetingModalSubmissions(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.meetingNoteModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMeetingModalMetadata(view.private_metadata);
    const period = parseMeetingPeriodValue(metadata.period);
    if (!period)
      return await ack({ response_action: 'errors', errors: { [MeetingNoteBlocks.text]: LOST_MEETING } });
    const userId = body.user.id;
    try {
      const { team } = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(
        deps.meetings.addNote(team, userId, period, readMeetingNoteModal(view.state.values)),
      );
      if (outcome.kind === 'invalid') {
        return await ack({
          response_action: 'errors',
          errors: errorsOn(outcome.problems, MeetingNoteBlocks, MeetingNoteBlocks.text),
        });
      }
      await ack();
      const format = await meetingFormat(deps.store, team, deps.clock.now());
      const kind = NOTE_KIND_LABELS[outcome.note.kind as keyof typeof NOTE_KIND_LABELS] ?? 'Note';
      const text = `${kind} saved to the meeting of ${format.periodLabel(period)}.`;
      await replyPrivately(
        client,
        { userId, channelId: metadata.channelId },
        { text, blocks: [section(`:memo: ${escapeMrkdwn(text)}\n${noteLine(outcome.note)}`)] },
        deps.logger,
      );
    } catch (error) {
      await ack(keepFormOpen(deps.logger, error, MeetingNoteBlocks.text, 'Save'));
    }
  });

  app.view(CallbackIds.actionItemModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMeetingModalMetadata(view.private_metadata);
    const period = parseMeetingPeriodValue(metadata.period);
    if (!period)
      return await ack({ response_action: 'errors', errors: { [ActionItemModalBlocks.text]: LOST_MEETING } });
    const userId = body.user.id;
    try {
      const { team } = await withinBudget(resolveTeam(deps, payloadOrigin(body)));
      const outcome = await withinBudget(
        deps.meetings.addActionItem(team, userId, period, readActionItemModal(view.state.values)),
      );
      if (outcome.kind === 'invalid') {
        return await ack({
          response_action: 'errors',
          errors: errorsOn(outcome.problems, ActionItemModalBlocks, ActionItemModalBlocks.text),
        });
      }
      await ack();
      const { item } = outcome;
      const format = await meetingFormat(deps.store, team, deps.clock.now());
      const delivered = await sendActionItemDm(client, deps.store, item, format, deps.logger);
      const told = delivered
        ? `${userMention(item.ownerId)} got a DM with Done and Snooze buttons.`
        : `:warning: Slack did not deliver the DM to ${userMention(item.ownerId)}; the item is saved and \`${Commands.meeting} actions\` lists it.`;
      const line = actionItemLine(item, { ...format.items, showOwner: true });
      await replyPrivately(
        client,
        { userId, channelId: metadata.channelId },
        {
          text: `Action item added to the meeting of ${format.periodLabel(period)}.`,
          blocks: [
            section(
              `:ballot_box_with_check: Action item added to the meeting of ${escapeMrkdwn(format.periodLabel(period))}: ${line}\n${told}`,
            ),
          ],
        },
        deps.logger,
      );
    } catch (error) {
      await ack(keepFormOpen(deps.logger, error, ActionItemModalBlocks.text, 'Add'));
    }
  });
}
