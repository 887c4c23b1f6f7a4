import type { InputBlock } from '@slack/types';
import { INPUT_ACTION_ID } from '../slack/ids';
import { labelText } from './elements';

/** A plain-text input block; optional unless said otherwise. */
export function plainTextInput(
  blockId: string,
  label: string,
  initial: string | undefined,
  options: { optional?: boolean; multiline?: boolean; hint?: string; maxLength?: number } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? true,
    label: labelText(label),
    ...(options.hint ? { hint: labelText(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION_ID,
      multiline: options.multiline ?? false,
      ...(options.maxLength ? { max_length: options.maxLength } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}
