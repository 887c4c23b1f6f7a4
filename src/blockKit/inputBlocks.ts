import type { InputBlock } from '@slack/types';
import { INPUT_ACTION_ID } from '../slack/ids';
import { plainText } from './elements';

/** Slack's limit on an input block's label and hint. */
export const INPUT_LABEL_LIMIT = 2000;

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
    label: plainText(label, INPUT_LABEL_LIMIT),
    ...(options.hint ? { hint: plainText(options.hint, INPUT_LABEL_LIMIT) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION_ID,
      multiline: options.multiline ?? false,
      ...(options.maxLength ? { max_length: options.maxLength } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}
