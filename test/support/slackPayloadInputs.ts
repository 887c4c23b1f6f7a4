import type { BlockAction, BlockElementAction } from '@slack/bolt';
import { slackTimestamp } from './fixtures';
import type { RecordedCall } from './recordedCall';
import type { StateValuesMap, ViewSource } from './viewState';

/** Who acts; defaults come from the requester (Alice in Team A unless configured). */
export interface Actor {
  userId?: string;
  teamId?: string;
}

export interface CommandInput extends Actor {
  /** The slash command with its slash, e.g. `/lead`. */
  command: string;
  text?: string;
  channelId?: string;
  /** Extra or overriding form fields, e.g. `{ enterprise_id: 'E1' }`. */
  fields?: Record<string, string>;
}

/** A message in the form tests have it: a fixture object or the chat.postMessage call that posted it. */
export type MessageSource =
  { ts: string; text?: string; user?: string; blocks?: unknown[]; thread_ts?: string } | RecordedCall;

export interface BlockActionsInput extends Actor {
  /** The element(s) used, e.g. `buttonAction('approve', { value: '42' })`. */
  actions: BlockElementAction | BlockElementAction[];
  /** Channel of the message; defaults to the posting call's channel or the requester's channel. */
  channelId?: string;
  /** The message holding the element. Ignored when `view` is given. */
  message?: MessageSource;
  /** The modal or Home tab holding the element; such actions carry no response_url, like Slack's. */
  view?: ViewSource;
  /** Values already entered in the view (or message inputs), in the short form of `stateValues`. */
  values?: StateValuesMap;
  ephemeral?: boolean;
}

export interface SubmitViewOptions extends Actor {
  privateMetadata?: string;
  callbackId?: string;
}

export interface BlockSuggestionInput extends Actor {
  actionId: string;
  blockId?: string;
  /** What the user has typed so far. */
  value: string;
  /** The modal the external_select is in; otherwise it is in a message in `channelId`. */
  view?: ViewSource;
  channelId?: string;
}

export interface MessageShortcutInput extends Actor {
  callbackId: string;
  message?: MessageSource;
  channelId?: string;
}

export interface EventOptions {
  teamId?: string;
  /** Sets `X-Slack-Retry-Num`, as Slack does when redelivering an event the app did not ack in time. */
  retryNum?: number;
  /** `X-Slack-Retry-Reason`; defaults to `http_timeout` when `retryNum` is set. */
  retryReason?: string;
  /** Reuse an event_id to simulate a redelivery of the same event. */
  eventId?: string;
  eventTime?: number;
}

/** `block_actions` as Bolt types it, except that response_url is absent for actions inside views. */
export type BlockActionsPayload = Omit<BlockAction, 'response_url'> & { response_url?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isRecordedCall(source: MessageSource): source is RecordedCall {
  return 'method' in source && 'response' in source;
}

/** Normalises a message source to the payload's `message` object and the channel it was posted in. */
export function resolveMessage(
  source: MessageSource | undefined,
  botUserId: string,
): { message: NonNullable<BlockAction['message']>; channelId: string | undefined } {
  if (source === undefined) {
    return {
      message: { type: 'message', ts: slackTimestamp(), text: '', user: botUserId },
      channelId: undefined,
    };
  }
  if (!isRecordedCall(source))
    return { message: { type: 'message', user: botUserId, ...source }, channelId: undefined };
  const answered = source.response.body;
  const channelId =
    typeof answered.channel === 'string' ? answered.channel : (source.body.channel as string | undefined);
  if (isRecord(answered.message) && typeof answered.message.ts === 'string') {
    return { message: { ...answered.message, type: 'message', ts: answered.message.ts }, channelId };
  }
  const ts =
    typeof answered.ts === 'string'
      ? answered.ts
      : typeof answered.message_ts === 'string'
        ? answered.message_ts
        : slackTimestamp();
  const blocks = source.json('blocks');
  const text = typeof source.body.text === 'string' ? source.body.text : '';
  return {
    message: { type: 'message', ts, text, user: botUserId, ...(blocks === undefined ? {} : { blocks }) },
    channelId,
  };
}
