import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { SPEND_FIELDS, type SpendDraft } from '../../domain/spend';
import { problemText } from '../../i18n/problemText';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../../slack/ids';
import { plainTextInput } from '../../blockKit/inputBlocks';
import { readInput } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

export const spendModalMetadata = z.object({ channelId: z.string().optional() });
export type SpendModalMetadata = z.infer<typeof spendModalMetadata>;

function dayInput(blockId: string, label: string, hint: string): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: labelText(label),
    hint: labelText(hint),
    element: { type: 'datepicker', action_id: INPUT_ACTION_ID },
  };
}

/** The marketing spend form in the user's language. */
export function buildSpendModal(
  t: Translator,
  input: {
    channels: TeamOptionRecord[];
    currency: string;
    metadata: SpendModalMetadata;
  },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.spendModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(t.t('spendForm.title')),
    submit: modalText(t.t('spendForm.submit')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      {
        type: 'input',
        block_id: SpendModalBlocks.channel,
        label: labelText(t.t('field.channel')),
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION_ID,
          placeholder: placeholderText(t.t('modals.choose')),
          options: input.channels
            .slice(0, 100)
            .map((channel) =>
              option(channel.key, `${teamOptionLabel(t, 'channel', channel)} (${channel.key})`),
            ),
        },
      },
      plainTextInput(SpendModalBlocks.amount, t.t('field.amount'), undefined, {
        optional: false,
        hint: t.t('spendForm.amountHint'),
      }),
      plainTextInput(SpendModalBlocks.currency, t.t('field.currency'), input.currency, {
        optional: false,
        maxLength: 3,
        hint: t.t('modals.currencyHint'),
      }),
      dayInput(SpendModalBlocks.firstDay, t.t('spendForm.firstDay'), t.t('spendForm.firstDayHint')),
      dayInput(SpendModalBlocks.lastDay, t.t('spendForm.lastDay'), t.t('spendForm.lastDayHint')),
      plainTextInput(SpendModalBlocks.note, t.t('field.note'), undefined, {
        maxLength: SPEND_FIELDS.note.maxLength,
        multiline: true,
      }),
    ],
  };
}

/** The form as a draft for the same validation as the quick command; the two days become a period. */
export function readSpendModal(values: ViewOutput['state']['values']): SpendDraft {
  const first = readInput(values, SpendModalBlocks.firstDay);
  const last = readInput(values, SpendModalBlocks.lastDay);
  const draft: SpendDraft = {};
  const fields = [
    ['channel', SpendModalBlocks.channel],
    ['amount', SpendModalBlocks.amount],
    ['currency', SpendModalBlocks.currency],
    ['note', SpendModalBlocks.note],
  ] as const;
  for (const [field, blockId] of fields) {
    const value = readInput(values, blockId);
    if (value) draft[field] = value;
  }
  if (first || last) draft.period = `${first ?? last}..${last ?? first}`;
  return draft;
}

/** Field problems under their inputs, in the user's language. */
export function spendModalErrors(t: Translator, problems: FieldProblem[]): Record<string, string> {
  const blockOf: Record<string, string> = {
    channel: SpendModalBlocks.channel,
    amount: SpendModalBlocks.amount,
    currency: SpendModalBlocks.currency,
    period: SpendModalBlocks.lastDay,
    note: SpendModalBlocks.note,
  };
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = blockOf[each.field] ?? SpendModalBlocks.amount;
    const text = problemText(t, each);
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}
