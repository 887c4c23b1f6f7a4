import type { types } from '@slack/bolt';
import { INPUT_ACTION_ID } from '../ids';

/** A plain-text input block; optional unless said otherwise. */
export function plainTextInput(
  blockId: string,
  label: string,
  initial: string | undefined,
  options: { optional?: boolean; multiline?: boolean; hint?: string; maxLength?: number } = {},
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? true,
    label: { type: 'plain_text', text: label },
    ...(options.hint ? { hint: { type: 'plain_text', text: options.hint } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION_ID,
      multiline: options.multiline ?? false,
      ...(options.maxLength ? { max_length: options.maxLength } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}
