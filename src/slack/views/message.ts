import type { types } from '@slack/bolt';
import { truncate } from './text';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;

/** A message as Tandem sends it: blocks for Slack clients, text for notifications and screen readers. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** Slack refuses a section or context text longer than this, and with it the whole message. */
export const MRKDWN_TEXT_LIMIT = 3000;

/** A mrkdwn section; text over Slack's limit is cut (between entities) rather than refused. */
export function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, MRKDWN_TEXT_LIMIT) } };
}

export function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, MRKDWN_TEXT_LIMIT) }] };
}

/** Slack refuses option and button texts longer than this. */
export const CHOICE_TEXT_LIMIT = 75;

/** An option of a select, its text cut to Slack's limit. */
export function plainOption(value: string, text: string): types.PlainTextOption {
  return { text: { type: 'plain_text', text: truncate(text, CHOICE_TEXT_LIMIT) }, value };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  style?: 'primary' | 'danger',
): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(text, CHOICE_TEXT_LIMIT), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(...elements: types.Button[]): types.ActionsBlock {
  return { type: 'actions', elements };
}
