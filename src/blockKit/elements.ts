import type { OptionGroup, PlainTextElement, PlainTextOption } from '@slack/types';
import { truncate } from './text';

/** Slack's length limits on element texts: one text past them and Slack refuses the whole view. */
export const OPTION_TEXT_LIMIT = 75;
export const OPTION_GROUP_LABEL_LIMIT = 75;

/** Plain text cut to `limit` characters, marking the cut. */
export function plainText(text: string, limit: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, limit) };
}

/**
 * One choice of a select or of checkboxes. The value is an id the listener reads back, so it is
 * never cut: a value past Slack's limit is a bug to see, not to hide.
 */
export function option(value: string, text: string): PlainTextOption {
  return { text: plainText(text, OPTION_TEXT_LIMIT), value };
}

/** A labelled group of choices in an external select's answer. */
export function optionGroup(label: string, options: PlainTextOption[]): OptionGroup {
  return { label: plainText(label, OPTION_GROUP_LABEL_LIMIT), options };
}
