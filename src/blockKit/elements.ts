import type { OptionGroup, PlainTextElement, PlainTextOption } from '@slack/types';
import { truncate } from './text';

/** Slack's length limits on element texts: one text past them and Slack refuses the whole view. */
export const OPTION_TEXT_LIMIT = 75;
export const OPTION_GROUP_LABEL_LIMIT = 75;
/** A modal's title and the words of its submit and close buttons. */
export const MODAL_TEXT_LIMIT = 24;
/** An input block's label and hint. */
export const INPUT_LABEL_LIMIT = 2000;
export const PLACEHOLDER_LIMIT = 150;

/** Plain text cut to `limit` characters, marking the cut. */
export function plainText(text: string, limit: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, limit) };
}

/** A modal's title, or the words of its submit or close button. */
export function modalText(text: string): PlainTextElement {
  return plainText(text, MODAL_TEXT_LIMIT);
}

/** An input block's label or hint. */
export function labelText(text: string): PlainTextElement {
  return plainText(text, INPUT_LABEL_LIMIT);
}

/** The greyed example in an empty input or select. */
export function placeholderText(text: string): PlainTextElement {
  return plainText(text, PLACEHOLDER_LIMIT);
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
