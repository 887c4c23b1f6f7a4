import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import { CADENCE_CHOICES } from '../../domain/digestSchedule';
import type { DigestScheduleDraft } from '../../domain/digestCommand';
import type { Translator } from '../../i18n/translator';
import { CallbackIds, DigestScheduleBlocks, INPUT_ACTION_ID } from '../../slack/ids';
import { section } from '../../blockKit/message';
import { readInput } from './viewState';
import { labelText, modalText, option } from '../../blockKit/elements';

/** The form's starting values: the saved schedule, or the default (every 2 weeks, Monday 09:00, team zone). */
export type DigestScheduleInitial = {
  channelId?: string;
  weekday: number;
  time: string;
  timeZone: string;
  cadenceWeeks: number;
  enabled: boolean;
};

export const digestScheduleMetadata = z.object({ channelId: z.string().optional() });
export type DigestScheduleMetadata = z.infer<typeof digestScheduleMetadata>;

type Option = types.PlainTextOption;

const ENABLED_VALUE = 'enabled';

/** A weekday's name (1 = Monday … 7 = Sunday) as a sentence writes it: "Monday", "poniedziałek". */
export function weekdayName(t: Translator, weekday: number): string {
  // 1 January 2024 was a Monday.
  return t.date(new Date(Date.UTC(2024, 0, weekday)), 'EEEE', 'UTC');
}

/** A weekday as an option of the Day picker, capitalised in every language: "Poniedziałek". */
function weekdayOption(t: Translator, weekday: number): Option {
  const name = weekdayName(t, weekday);
  return option(String(weekday), name.charAt(0).toLocaleUpperCase(t.locale) + name.slice(1));
}

/** "Every week", "Every 3 weeks". */
export function cadenceText(t: Translator, weeks: number): string {
  return weeks === 1
    ? t.t('digestScheduleForm.everyWeek')
    : t.t('digestScheduleForm.everyWeeks', { count: weeks });
}

function staticSelect(blockId: string, label: string, options: Option[], initial: string): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: labelText(label),
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

/** The digest schedule form in the user's language. */
export function buildDigestScheduleModal(
  t: Translator,
  initial: DigestScheduleInitial,
  metadata: DigestScheduleMetadata,
): types.View {
  const enabledOption = option(ENABLED_VALUE, t.t('digestScheduleForm.enabledOption'));
  const channelInput: types.InputBlock = {
    type: 'input',
    block_id: DigestScheduleBlocks.channel,
    label: labelText(t.t('digestScheduleForm.channel')),
    hint: labelText(t.t('digestScheduleForm.channelHint')),
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
    title: modalText(t.t('digestScheduleForm.title')),
    submit: modalText(t.t('modals.save')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      section(t.t('digestScheduleForm.intro')),
      channelInput,
      staticSelect(
        DigestScheduleBlocks.weekday,
        t.t('digestScheduleForm.weekday'),
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => weekdayOption(t, weekday)),
        String(initial.weekday),
      ),
      {
        type: 'input',
        block_id: DigestScheduleBlocks.time,
        label: labelText(t.t('digestScheduleForm.time')),
        element: { type: 'timepicker', action_id: INPUT_ACTION_ID, initial_time: initial.time },
      },
      {
        type: 'input',
        block_id: DigestScheduleBlocks.timeZone,
        label: labelText(t.t('digestScheduleForm.timeZone')),
        hint: labelText(t.t('digestScheduleForm.timeZoneHint')),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          initial_value: initial.timeZone,
          max_length: 64,
        },
      },
      staticSelect(
        DigestScheduleBlocks.cadenceWeeks,
        t.t('digestScheduleForm.cadence'),
        CADENCE_CHOICES.map((weeks) => option(String(weeks), cadenceText(t, weeks))),
        String(initial.cadenceWeeks),
      ),
      {
        type: 'input',
        block_id: DigestScheduleBlocks.enabled,
        optional: true,
        label: labelText(t.t('digestScheduleForm.enabled')),
        element: {
          type: 'checkboxes',
          action_id: INPUT_ACTION_ID,
          options: [enabledOption],
          ...(initial.enabled ? { initial_options: [enabledOption] } : {}),
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
    enabled: enabled.some((each) => each.value === ENABLED_VALUE),
  };
}
