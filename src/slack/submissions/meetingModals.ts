import type { App } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { type MeetingPeriod, parseMeetingPeriodValue } from '../../domain/meeting';
import type { Translator } from '../../i18n/translator';
import { sendActionItemDm } from '../actionItemDm';
import { readerTranslator } from '../../people/readerLanguage';
import type { SlackDependencies } from '../dependencies';
import { ActionItemModalBlocks, CallbackIds, Commands, MeetingNoteBlocks } from '../ids';
import { meetingFormat } from '../meetingContext';
import { type FormAnswer, registerFormSubmission } from '../formSubmission';
import { actionItemLine } from '../../views/messages/actionItemMessages';
import { readActionItemModal } from '../../views/modals/actionItemModal';
import { noteLine } from '../../views/messages/meetingMessages';
import { readMeetingModalMetadata, readMeetingNoteModal } from '../../views/modals/meetingNoteModal';
import { section } from '../../blockKit/message';
import { describeProblem } from '../../views/messages/problemMessage';
import { escapeMrkdwn, userMention } from '../../blockKit/text';

/** Problems under the blocks of their fields, in the user's language; an unknown field goes to `fallbackBlock`. */
function errorsOn(
  t: Translator,
  problems: FieldProblem[],
  blocks: Record<string, string>,
  fallbackBlock: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = blocks[each.field] ?? fallbackBlock;
    const text = describeProblem(t, each);
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}

/** The meeting a form was opened for, or the errors to show when it lost it (never sent by Tandem). */
function meetingOf(
  t: Translator,
  privateMetadata: string,
  blockId: string,
): { period: MeetingPeriod; channelId: string | undefined } | FormAnswer {
  const metadata = readMeetingModalMetadata(privateMetadata);
  const period = parseMeetingPeriodValue(metadata.period);
  if (period) return { period, channelId: metadata.channelId };
  return {
    kind: 'errors',
    errors: { [blockId]: t.t('meetingForms.lostMeeting', { command: Commands.meeting }) },
  };
}

export function registerMeetingModalSubmissions(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.meetingNoteModal,
    name: 'meeting note form',
    errorBlock: MeetingNoteBlocks.text,
    submitLabel: (t) => t.t('modals.save'),
    async save({ view, reply, context: { team, t }, userId }) {
      const meeting = meetingOf(t, view.private_metadata, MeetingNoteBlocks.text);
      if ('kind' in meeting) return meeting;
      const { period, channelId } = meeting;
      const outcome = await deps.meetings.addNote(
        team,
        userId,
        period,
        readMeetingNoteModal(view.state.values),
      );
      if (outcome.kind === 'invalid') {
        return {
          kind: 'errors',
          errors: errorsOn(t, outcome.problems, MeetingNoteBlocks, MeetingNoteBlocks.text),
        };
      }
      const confirm = async () => {
        const format = await meetingFormat(deps.store, team, deps.clock.now(), t);
        const saved =
          outcome.note.kind === 'decision' ? 'meetingForms.decisionSaved' : 'meetingForms.noteSaved';
        const text = t.t(saved, { period: format.periodLabel(period) });
        await reply(
          { userId, channelId },
          { text, blocks: [section(`:memo: ${escapeMrkdwn(text)}\n${noteLine(outcome.note, t)}`)] },
        );
      };
      return { kind: 'saved', confirm };
    },
  });

  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.actionItemModal,
    name: 'action item form',
    errorBlock: ActionItemModalBlocks.text,
    submitLabel: (t) => t.t('meetingForms.actionItemSubmit'),
    async save({ view, client, reply, context: { team, t }, userId }) {
      const meeting = meetingOf(t, view.private_metadata, ActionItemModalBlocks.text);
      if ('kind' in meeting) return meeting;
      const { period, channelId } = meeting;
      const outcome = await deps.meetings.addActionItem(
        team,
        userId,
        period,
        readActionItemModal(view.state.values),
      );
      if (outcome.kind === 'invalid') {
        return {
          kind: 'errors',
          errors: errorsOn(t, outcome.problems, ActionItemModalBlocks, ActionItemModalBlocks.text),
        };
      }
      const { item } = outcome;
      const confirm = async () => {
        // The owner's DM is in the owner's language; the confirmation is in the author's.
        const [ownerFormat, format] = await Promise.all([
          readerTranslator(deps, team, item.ownerId, client).then((ownerT) =>
            meetingFormat(deps.store, team, deps.clock.now(), ownerT),
          ),
          meetingFormat(deps.store, team, deps.clock.now(), t),
        ]);
        const delivered = await sendActionItemDm(client, deps.meetings, item, ownerFormat, deps.logger);
        const owner = userMention(item.ownerId);
        const told = delivered
          ? t.t('meetingForms.ownerNotified', { user: owner })
          : t.t('meetingForms.ownerNotNotified', { user: owner, command: `\`${Commands.meeting} actions\`` });
        const line = actionItemLine(item, { ...format.items, showOwner: true });
        const periodLabel = format.periodLabel(period);
        await reply(
          { userId, channelId },
          {
            text: t.t('meetingForms.itemAdded', { period: periodLabel }),
            blocks: [
              section(
                `:ballot_box_with_check: ${t.t('meetingForms.itemAddedLine', { period: escapeMrkdwn(periodLabel), item: line })}\n${told}`,
              ),
            ],
          },
        );
      };
      return { kind: 'saved', confirm };
    },
  });
}
