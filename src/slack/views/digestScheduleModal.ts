import type { types, ViewOutput } from '@slack/bolt';
import { CADENCE_CHOICES, WEEKDAY_NAMES } from '../../domain/digestSchedule';
import type { DigestScheduleDraft } from '../../domain/digestCommand';
import { CallbackIds, DigestScheduleBlocks, INPUT_ACTION_ID } from '../ids';
import { section } from './message';
import { readInput } from './viewState';

/** The form's starting values: the saved schedule, or the default (every 2 weeks, Monday 09:00, team zone). */
export type DigestScheduleInitial = {
  channelId?: string;
  weekday: number;
  time: string;
  timeZone: string;
  cadenceWeeks: number;
  enabled: boolean;
};

export type DigestScheduleMetadata = { channelId?: string };

type Option = types.PlainTextOption;

function option(value: string, text: string): Option {
  return { text: { type: 'plain_text', text }, value };
}

const ENABLED_OPTION = option('enabled', 'Post the digest on this schedule');

function staticSelect(blockId: string, label: string, options: Option[], initial: string): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION_ID,
      options,
      ...(options.find((each) => each.value === initial)
        ? { initial_option: options.find((each) => each.value === initial) }
        : {}),
    },
  };
}

export function buildDigestScheduleModal(
  initial: DigestScheduleInitial,
  metadata: DigestScheduleMetadata,
): types.View {
  const channelInput: types.InputBlock = {
    type: 'input',
    block_id: DigestScheduleBlocks.channel,
    label: { type: 'plain_text', text: 'Channel' },
    hint: { type: 'plain_text', text: 'Tandem needs to be a member of a private channel to post there.' },
    element: {
      type: 'conversations_select',
      action_id: INPUT_ACTION_ID,
      filter: { include: ['public', 'private'], exclude_bot_users: true },
      ...(initial.channelId
        ? { initial_conversation: initial.channelId }
        : { default_to_current_conversation: true }),
    },
  };
  return {
    type: 'modal',
    callback_id: CallbackIds.digestScheduleModal,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Digest schedule' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(
        'When and where the sales–marketing digest is posted. Each digest reports the weeks up to its day.',
      ),
      channelInput,
      staticSelect(
        DigestScheduleBlocks.weekday,
        'Day',
        WEEKDAY_NAMES.map((name, index) => option(String(index + 1), name)),
        String(initial.weekday),
      ),
      {
        type: 'input',
        block_id: DigestScheduleBlocks.time,
        label: { type: 'plain_text', text: 'Time' },
        element: { type: 'timepicker', action_id: INPUT_ACTION_ID, initial_time: initial.time },
      },
      {
        type: 'input',
        block_id: DigestScheduleBlocks.timeZone,
        label: { type: 'plain_text', text: 'Time zone' },
        hint: { type: 'plain_text', text: 'A time zone name, e.g. Europe/Warsaw or America/New_York.' },
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          initial_value: initial.timeZone,
          max_length: 64,
        },
      },
      staticSelect(
        DigestScheduleBlocks.cadenceWeeks,
        'How often',
        CADENCE_CHOICES.map((weeks) =>
          option(String(weeks), weeks === 1 ? 'Every week' : `Every ${weeks} weeks`),
        ),
        String(initial.cadenceWeeks),
      ),
      {
        type: 'input',
        block_id: DigestScheduleBlocks.enabled,
        optional: true,
        label: { type: 'plain_text', text: 'Automatic posting' },
        element: {
          type: 'checkboxes',
          action_id: INPUT_ACTION_ID,
          options: [ENABLED_OPTION],
          ...(initial.enabled ? { initial_options: [ENABLED_OPTION] } : {}),
        },
      },
    ],
  };
}

export function readDigestScheduleModal(values: ViewOutput['state']['values']): DigestScheduleDraft {
  const time = values[DigestScheduleBlocks.time]?.[INPUT_ACTION_ID];
  const enabled = values[DigestScheduleBlocks.enabled]?.[INPUT_ACTION_ID]?.selected_options ?? [];
  return {
    channelId: readInput(values, DigestScheduleBlocks.channel),
    weekday: readInput(values, DigestScheduleBlocks.weekday),
    time: time?.selected_time ?? undefined,
    timeZone: readInput(values, DigestScheduleBlocks.timeZone),
    cadenceWeeks: readInput(values, DigestScheduleBlocks.cadenceWeeks),
    enabled: enabled.some((each) => each.value === ENABLED_OPTION.value),
  };
}
