import { plainTextInput } from './inputBlocks';
import type { types, ViewOutput } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { SPEND_FIELDS, type SpendDraft } from '../../domain/spend';
import type { TeamOptionRecord } from '../../store/teamStore';
import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../ids';
import { readInput } from './viewState';

export type SpendModalMetadata = { channelId?: string };

function dayInput(blockId: string, label: string, hint: string): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: { type: 'datepicker', action_id: INPUT_ACTION_ID },
  };
}

export function buildSpendModal(input: {
  channels: TeamOptionRecord[];
  currency: string;
  metadata: SpendModalMetadata;
}): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.spendModal,
    private_metadata: JSON.stringify(input.metadata),
    title: { type: 'plain_text', text: 'Marketing spend' },
    submit: { type: 'plain_text', text: 'Record' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: SpendModalBlocks.channel,
        label: { type: 'plain_text', text: SPEND_FIELDS.channel.label },
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION_ID,
          placeholder: { type: 'plain_text', text: 'Choose…' },
          options: input.channels.slice(0, 100).map((channel) => ({
            text: { type: 'plain_text', text: `${channel.label} (${channel.key})`.slice(0, 75) },
            value: channel.key,
          })),
        },
      },
      plainTextInput(SpendModalBlocks.amount, SPEND_FIELDS.amount.label, undefined, {
        optional: false,
        hint: 'e.g. 4500 or 12 000,50',
      }),
      plainTextInput(SpendModalBlocks.currency, SPEND_FIELDS.currency.label, input.currency, {
        optional: false,
        maxLength: 3,
        hint: 'ISO code, e.g. PLN, EUR, USD',
      }),
      dayInput(
        SpendModalBlocks.firstDay,
        'First day',
        'The spend is spread evenly over the days from first to last',
      ),
      dayInput(
        SpendModalBlocks.lastDay,
        'Last day',
        'Included; the same as the first day for a one-day spend',
      ),
      plainTextInput(SpendModalBlocks.note, SPEND_FIELDS.note.label, undefined, {
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

export function spendModalErrors(problems: FieldProblem[]): Record<string, string> {
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
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${each.message}` : each.message;
  }
  return errors;
}
