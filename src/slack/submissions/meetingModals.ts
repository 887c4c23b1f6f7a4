import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { parseMeetingPeriodValue } from '../../domain/meeting';
import type { Translator } from '../../i18n/translator';
import { sendActionItemDm } from '../actionItemDm';
import { readerTranslator } from '../../people/readerLanguage';
import type { SlackDependencies } from '../dependencies';
import { ActionItemModalBlocks, CallbackIds, Commands, MeetingNoteBlocks } from '../ids';
import { meetingFormat } from '../meetingContext';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { actionItemLine } from '../../views/messages/actionItemMessages';
import { readActionItemModal } from '../../views/modals/actionItemModal';
import { noteLine } from '../../views/messages/meetingMessages';
import { readMeetingModalMetadata, readMeetingNoteModal } from '../../views/modals/meetingNoteModal';
import { section } from '../../blockKit/message';
import { describeProblem } from '../../views/messages/problemMessage';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { pressAgain, unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

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

async function keepFormOpen(
  deps: SlackDependencies,
  args: Pick<ViewArgs, 'body' | 'client'>,
  error: unknown,
  known: Translator | undefined,
  form: { blockId: string; submitKey: 'modals.save' | 'meetingForms.actionItemSubmit' },
) {
  deps.logger.error('a meeting form could not be saved within the time Slack allows', error);
  const origin = payloadOrigin(args.body, args.client);
  return unsavedFormErrors(deps, known, origin, form.blockId, pressAgain(form.submitKey));
}

/** The form lost its meeting (never sent by Tandem): told in the user's language when it is known quickly. */
async function lostMeeting(
  deps: SlackDependencies,
  args: Pick<ViewArgs, 'body' | 'client'>,
  blockId: string,
) {
  return unsavedFormErrors(deps, undefined, payloadOrigin(args.body, args.client), blockId, (t) =>
    t.t('meetingForms.lostMeeting', { command: Commands.meeting }),
  );
}

export function registerMeetingModalSubmissions(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.meetingNoteModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMeetingModalMetadata(view.private_metadata);
    const period = parseMeetingPeriodValue(metadata.period);
    if (!period) return await ack(await lostMeeting(deps, { body, client }, MeetingNoteBlocks.text));
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      const { team } = context;
      t = context.t;
      const outcome = await withinBudget(
        deps.meetings.addNote(team, userId, period, readMeetingNoteModal(view.state.values)),
      );
      if (outcome.kind === 'invalid') {
        return await ack({
          response_action: 'errors',
          errors: errorsOn(t, outcome.problems, MeetingNoteBlocks, MeetingNoteBlocks.text),
        });
      }
      await ack();
      const format = await meetingFormat(deps.store, team, deps.clock.now(), t);
      const saved =
        outcome.note.kind === 'decision' ? 'meetingForms.decisionSaved' : 'meetingForms.noteSaved';
      const text = t.t(saved, { period: format.periodLabel(period) });
      await replyPrivately(
        client,
        { userId, channelId: metadata.channelId },
        await withTeamName(
          deps,
          context,
          { text, blocks: [section(`:memo: ${escapeMrkdwn(text)}\n${noteLine(outcome.note, t)}`)] },
          userId,
        ),
        deps.logger,
      );
    } catch (error) {
      await ack(
        await keepFormOpen(deps, { body, client }, error, t, {
          blockId: MeetingNoteBlocks.text,
          submitKey: 'modals.save',
        }),
      );
    }
  });

  app.view(CallbackIds.actionItemModal, async ({ ack, view, body, client }: ViewArgs) => {
    const metadata = readMeetingModalMetadata(view.private_metadata);
    const period = parseMeetingPeriodValue(metadata.period);
    if (!period) return await ack(await lostMeeting(deps, { body, client }, ActionItemModalBlocks.text));
    const userId = body.user.id;
    let t: Translator | undefined;
    try {
      const context = await withinBudget(resolveTeam(deps, payloadOrigin(body, client)));
      const { team } = context;
      t = context.t;
      const outcome = await withinBudget(
        deps.meetings.addActionItem(team, userId, period, readActionItemModal(view.state.values)),
      );
      if (outcome.kind === 'invalid') {
        return await ack({
          response_action: 'errors',
          errors: errorsOn(t, outcome.problems, ActionItemModalBlocks, ActionItemModalBlocks.text),
        });
      }
      await ack();
      const { item } = outcome;
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
      const added = {
        text: t.t('meetingForms.itemAdded', { period: periodLabel }),
        blocks: [
          section(
            `:ballot_box_with_check: ${t.t('meetingForms.itemAddedLine', { period: escapeMrkdwn(periodLabel), item: line })}\n${told}`,
          ),
        ],
      };
      await replyPrivately(
        client,
        { userId, channelId: metadata.channelId },
        await withTeamName(deps, context, added, userId),
        deps.logger,
      );
    } catch (error) {
      await ack(
        await keepFormOpen(deps, { body, client }, error, t, {
          blockId: ActionItemModalBlocks.text,
          submitKey: 'meetingForms.actionItemSubmit',
        }),
      );
    }
  });
}
