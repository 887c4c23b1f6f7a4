import type { types, ViewOutput } from '@slack/bolt';
import { ACTION_ITEM_TEXT_MAX_LENGTH, type ActionItemDraft } from '../../domain/actionItem';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds, ActionItemModalBlocks, CallbackIds, INPUT_ACTION_ID } from '../../slack/ids';
import { context } from '../../blockKit/message';
import { type MeetingModalMetadata, recordSelect } from './meetingNoteModal';
import { escapeMrkdwn } from '../../blockKit/text';
import { readInput } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

/**
 * The action-item form in the user's language: owner, task, due date, and optionally the deal,
 * lead or channel it concerns.
 */
export function buildActionItemModal(
  t: Translator,
  input: {
    periodLabel: string;
    metadata: MeetingModalMetadata;
    channels: TeamOptionRecord[];
    /** YYYY-MM-DD suggested as the due date. */
    suggestedDue: string;
  },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.actionItemModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(t.t('meetingForms.actionItemTitle')),
    submit: modalText(t.t('meetingForms.actionItemSubmit')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      context(t.t('meetingForms.actionItemIntro', { period: escapeMrkdwn(input.periodLabel) })),
      {
        type: 'input',
        block_id: ActionItemModalBlocks.owner,
        label: labelText(t.t('field.ownerId')),
        element: {
          type: 'users_select',
          action_id: INPUT_ACTION_ID,
          placeholder: placeholderText(t.t('meetingForms.ownerPlaceholder')),
        },
      },
      {
        type: 'input',
        block_id: ActionItemModalBlocks.text,
        label: labelText(t.t('meetingForms.task')),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          multiline: true,
          max_length: ACTION_ITEM_TEXT_MAX_LENGTH,
          placeholder: placeholderText(t.t('meetingForms.taskPlaceholder')),
        },
      },
      {
        type: 'input',
        block_id: ActionItemModalBlocks.due,
        label: labelText(t.t('meetingForms.due')),
        element: { type: 'datepicker', action_id: INPUT_ACTION_ID, initial_date: input.suggestedDue },
      },
      {
        type: 'input',
        block_id: ActionItemModalBlocks.related,
        optional: true,
        label: labelText(t.t('meetingForms.related')),
        element: recordSelect(t.t('modals.searchLeadsAndDeals')),
      },
      ...(input.channels.length > 0
        ? [
            {
              type: 'input' as const,
              block_id: ActionItemModalBlocks.channel,
              optional: true,
              label: labelText(t.t('meetingForms.channel')),
              element: {
                type: 'static_select' as const,
                action_id: INPUT_ACTION_ID,
                placeholder: placeholderText(t.t('modals.choose')),
                options: input.channels
                  .slice(0, 100)
                  .map((channel) => option(channel.key, teamOptionLabel(t, 'channel', channel))),
              },
            },
          ]
        : []),
    ],
  };
}

export function readActionItemModal(values: ViewOutput['state']['values']): ActionItemDraft {
  const draft: ActionItemDraft = {};
  const fields = {
    owner: readInput(values, ActionItemModalBlocks.owner),
    text: readInput(values, ActionItemModalBlocks.text),
    due: readInput(values, ActionItemModalBlocks.due),
    related: values[ActionItemModalBlocks.related]?.[ActionIds.meetingRecordSelect]?.selected_option?.value,
    channel: readInput(values, ActionItemModalBlocks.channel),
  };
  for (const [field, value] of Object.entries(fields) as [keyof ActionItemDraft, string | undefined][]) {
    if (value) draft[field] = value;
  }
  return draft;
}
