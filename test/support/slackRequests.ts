import type {
  BlockSuggestion,
  EnvelopedEvent,
  MessageShortcut,
  SlashCommand,
  ViewClosedAction,
  ViewSubmitAction,
} from '@slack/bolt';
import type { FakeSlackApi } from './fakeSlackApi';
import { VERIFICATION_TOKEN } from './fixtures';
import {
  blockActionsPayload,
  blockSuggestionPayload,
  commandPayload,
  eventEnvelope,
  messageShortcutPayload,
  payloadContext,
  viewClosedPayload,
  viewSubmissionPayload,
  type Actor,
  type BlockActionsInput,
  type BlockActionsPayload,
  type BlockSuggestionInput,
  type CommandInput,
  type EventOptions,
  type MessageShortcutInput,
  type SubmitViewOptions,
} from './slackPayloads';
import { signSlackRequest } from './slackSigner';
import { ackProblems } from './slackValidation';
import type { StateValuesMap, ViewSource } from './viewState';

export type * from './slackPayloadInputs';

/** How `post` signs: correctly, not at all, with the wrong secret, or with a timestamp outside the 5-minute window. */
export type SigningMode = 'valid' | 'none' | 'forged' | 'stale';

export interface SlackHttpResponse {
  status: number;
  /** Parsed JSON when the app answered JSON, else the text ('' for a bare 200 ack). */
  body: unknown;
  headers: Headers;
}

/** An app's answer plus the exact payload that was sent (its trigger_id, response_url, view id...). */
export interface SlackHttpResult<Sent> extends SlackHttpResponse {
  sent: Sent;
}

export interface SlackRequesterOptions {
  /** The app's Bolt endpoint, e.g. `http://127.0.0.1:PORT/slack/events`. */
  appUrl: string;
  signingSecret: string;
  /** Mints the response_urls and trigger_ids that the payloads carry. */
  fake: FakeSlackApi;
  /** Defaults for payloads that do not say who or where: Alice, Team A, #sales. */
  userId?: string;
  teamId?: string;
  channelId?: string;
}

export interface SlackRequester {
  sendCommand(input: CommandInput): Promise<SlackHttpResult<SlashCommand>>;
  sendBlockActions(input: BlockActionsInput): Promise<SlackHttpResult<BlockActionsPayload>>;
  submitView(
    view: ViewSource,
    values?: StateValuesMap,
    options?: SubmitViewOptions,
  ): Promise<SlackHttpResult<ViewSubmitAction>>;
  closeView(
    view: ViewSource,
    options?: Actor & { isCleared?: boolean },
  ): Promise<SlackHttpResult<ViewClosedAction>>;
  sendBlockSuggestion(input: BlockSuggestionInput): Promise<SlackHttpResult<BlockSuggestion>>;
  sendMessageShortcut(input: MessageShortcutInput): Promise<SlackHttpResult<MessageShortcut>>;
  sendEvent(
    event: Record<string, unknown>,
    options?: EventOptions,
  ): Promise<SlackHttpResult<EnvelopedEvent<Record<string, unknown>>>>;
  /** Slack's unsigned `ssl_check=1` probe of a slash command URL. */
  sendSslCheck(): Promise<SlackHttpResponse>;
  /** The signed Events API `url_verification` handshake; the app must echo the challenge. */
  sendUrlVerification(challenge: string): Promise<SlackHttpResponse>;
  /** Posts a raw body; include `content-type` in `headers`. */
  post(
    body: string,
    headers?: Record<string, string>,
    options?: { signing?: SigningMode },
  ): Promise<SlackHttpResponse>;
}

// Bolt compares the content type exactly, so the `;charset=UTF-8` that fetch adds to URLSearchParams bodies
// would break parsing: bodies are sent as strings with an explicit content type instead.
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

async function readResponse(response: Response): Promise<SlackHttpResponse> {
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes(JSON_TYPE) && text !== '';
  return {
    status: response.status,
    body: isJson ? (JSON.parse(text) as unknown) : text,
    headers: response.headers,
  };
}

export function createSlackRequester(options: SlackRequesterOptions): SlackRequester {
  const context = payloadContext(options.fake, options);

  const post = async (
    body: string,
    headers: Record<string, string> = {},
    postOptions: { signing?: SigningMode } = {},
  ): Promise<SlackHttpResponse> => {
    const signing = postOptions.signing ?? 'valid';
    const signature =
      signing === 'none'
        ? {}
        : signSlackRequest(body, {
            signingSecret: options.signingSecret,
            stale: signing === 'stale',
            wrongSecret: signing === 'forged',
          });
    const response = await fetch(options.appUrl, {
      method: 'POST',
      headers: { ...headers, ...signature },
      body,
    });
    const read = await readResponse(response);
    // Slack shows the user nothing for an answer it refuses: fail the test where it happened.
    const problems = ackProblems(read.body);
    if (problems.length > 0) throw new Error(`Slack would refuse this answer:\n${problems.join('\n')}`);
    return read;
  };

  const postForm = (fields: Record<string, string>) =>
    post(new URLSearchParams(fields).toString(), { 'content-type': FORM });

  /** Interactivity requests are form-encoded with the JSON in a single `payload` field. */
  const postPayload = async <Sent>(sent: Sent): Promise<SlackHttpResult<Sent>> => ({
    ...(await postForm({ payload: JSON.stringify(sent) })),
    sent,
  });

  return {
    post,
    sendCommand: async (input) => {
      const sent = commandPayload(context, input);
      return { ...(await postForm(sent)), sent };
    },
    sendBlockActions: (input) => postPayload(blockActionsPayload(context, input)),
    submitView: (view, values, submitOptions) =>
      postPayload(viewSubmissionPayload(context, view, values, submitOptions)),
    closeView: (view, closeOptions) => postPayload(viewClosedPayload(context, view, closeOptions)),
    sendBlockSuggestion: (input) => postPayload(blockSuggestionPayload(context, input)),
    sendMessageShortcut: (input) => postPayload(messageShortcutPayload(context, input)),
    sendEvent: async (event, eventOptions = {}) => {
      const sent = eventEnvelope(context, event, eventOptions);
      const retry: Record<string, string> =
        eventOptions.retryNum === undefined
          ? {}
          : {
              'x-slack-retry-num': String(eventOptions.retryNum),
              'x-slack-retry-reason': eventOptions.retryReason ?? 'http_timeout',
            };
      return { ...(await post(JSON.stringify(sent), { 'content-type': JSON_TYPE, ...retry })), sent };
    },
    sendSslCheck: () =>
      post(
        new URLSearchParams({ ssl_check: '1', token: VERIFICATION_TOKEN }).toString(),
        { 'content-type': FORM },
        { signing: 'none' },
      ),
    sendUrlVerification: (challenge) =>
      post(JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: 'url_verification' }), {
        'content-type': JSON_TYPE,
      }),
  };
}
