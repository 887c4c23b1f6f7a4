import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { truncate } from './text';

export type { Button, KnownBlock };

/** Slack's length limits: one text past them and Slack refuses the whole message. */
export const SECTION_TEXT_LIMIT = 3000;
export const CONTEXT_TEXT_LIMIT = 3000;
export const BUTTON_TEXT_LIMIT = 75;

/** A message as Tandem sends it: blocks for Slack clients, text for notifications and screen readers. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) } };
}

export function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, CONTEXT_TEXT_LIMIT) }] };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(text, BUTTON_TEXT_LIMIT), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(...elements: Button[]): ActionsBlock {
  return { type: 'actions', elements };
}
