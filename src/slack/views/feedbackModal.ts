import type { types, ViewOutput } from '@slack/bolt';
import {
  defaultSentiment,
  FEEDBACK_FIELDS,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  type FeedbackDraft,
  type FeedbackField,
  normalizeFeedbackKind,
  SENTIMENT_LABELS,
  SENTIMENTS,
} from '../../domain/feedback';
import type { FieldProblem } from '../../domain/inputError';
import type { TeamOptionRecord } from '../../store/teamStore';
import { ActionIds, CallbackIds, FeedbackModalBlocks, INPUT_ACTION_ID } from '../ids';
import { context } from './message';
import { userMention } from './text';
import { readInput, readMetadata } from './viewState';

/** Where the modal came from, carried in private_metadata; a message shortcut adds its origin. */
export type FeedbackModalMetadata = { channelId?: string; messageAuthorId?: string; permalink?: string };

/** The metadata as Slack returns it; anything not a non-empty string is dropped. */
export function readFeedbackModalMetadata(privateMetadata: string | undefined): FeedbackModalMetadata {
  const raw = readMetadata(privateMetadata);
  const metadata: FeedbackModalMetadata = {};
  for (const key of ['channelId', 'messageAuthorId', 'permalink'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') metadata[key] = value;
  }
  return metadata;
}

type Option = types.PlainTextOption;
type StateValues = ViewOutput['state']['values'];

function option(value: string, text: string): Option {
  return { text: { type: 'plain_text', text: text.slice(0, 75) }, value };
}

function staticSelect(actionId: string, options: Option[], initial: string | undefined): types.StaticSelect {
  const initialOption = options.find((each) => each.value === initial);
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: { type: 'plain_text', text: 'Choose…' },
    options,
    ...(initialOption ? { initial_option: initialOption } : {}),
  };
}

/** The sentiment block's id for a kind; see FeedbackModalBlocks for why it changes with the kind. */
export function sentimentBlockId(kind: string | undefined): string {
  return `${FeedbackModalBlocks.sentimentPrefix}_${kind ?? 'unset'}`;
}

/** The feedback form; `initial` fills it (a shortcut's message text, or the values before a kind change). */
export function buildFeedbackModal(input: {
  products: TeamOptionRecord[];
  initial: FeedbackDraft;
  metadata: FeedbackModalMetadata;
  /** The picked client's option text, so the picker shows it again after a re-render. */
  clientLabel?: string;
}): types.ModalView {
  const { initial, products, metadata } = input;
  const kind = initial.kind ? normalizeFeedbackKind(initial.kind) : undefined;
  const listedProduct = products.find((product) => product.key === initial.product);
  const origin = [
    metadata.messageAuthorId
      ? `From a message by ${userMention(metadata.messageAuthorId)}`
      : 'From a Slack message',
    metadata.permalink ? `<${metadata.permalink}|open the message>` : undefined,
  ].filter(Boolean);
  const blocks: types.KnownBlock[] = [
    ...(metadata.messageAuthorId || metadata.permalink ? [context(origin.join(' · '))] : []),
    {
      type: 'input',
      block_id: FeedbackModalBlocks.kind,
      dispatch_action: true,
      label: { type: 'plain_text', text: FEEDBACK_FIELDS.kind.label },
      element: staticSelect(
        ActionIds.feedbackKindSelect,
        FEEDBACK_KINDS.map((each) => option(each, FEEDBACK_KIND_LABELS[each])),
        kind,
      ),
    },
    {
      type: 'input',
      block_id: FeedbackModalBlocks.text,
      label: { type: 'plain_text', text: FEEDBACK_FIELDS.text.label },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION_ID,
        multiline: true,
        max_length: FEEDBACK_FIELDS.text.maxLength,
        ...(initial.text ? { initial_value: initial.text.slice(0, FEEDBACK_FIELDS.text.maxLength) } : {}),
      },
    },
    {
      type: 'input',
      block_id: FeedbackModalBlocks.client,
      optional: true,
      label: { type: 'plain_text', text: 'Client (lead or deal)' },
      element: {
        type: 'external_select',
        action_id: ActionIds.feedbackClientSelect,
        min_query_length: 0,
        placeholder: { type: 'plain_text', text: 'Type L-12, D-7 or a company name' },
        ...(initial.client
          ? { initial_option: option(initial.client, input.clientLabel ?? initial.client) }
          : {}),
      },
    },
    ...(products.length > 0
      ? [
          {
            type: 'input',
            block_id: FeedbackModalBlocks.productChoice,
            optional: true,
            label: { type: 'plain_text', text: FEEDBACK_FIELDS.product.label },
            element: staticSelect(
              INPUT_ACTION_ID,
              products.map((product) => option(product.key, product.label)),
              listedProduct?.key,
            ),
          } satisfies types.InputBlock,
        ]
      : []),
    {
      type: 'input',
      block_id: FeedbackModalBlocks.productText,
      optional: true,
      label: {
        type: 'plain_text',
        text: products.length > 0 ? 'Or another product' : FEEDBACK_FIELDS.product.label,
      },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION_ID,
        max_length: FEEDBACK_FIELDS.product.maxLength,
        ...(initial.product && !listedProduct ? { initial_value: initial.product } : {}),
      },
    },
    {
      type: 'input',
      block_id: sentimentBlockId(kind),
      optional: true,
      label: { type: 'plain_text', text: FEEDBACK_FIELDS.sentiment.label },
      hint: { type: 'plain_text', text: 'Set from the kind; change it if the client sounded otherwise.' },
      element: staticSelect(
        INPUT_ACTION_ID,
        SENTIMENTS.map((each) => option(each, SENTIMENT_LABELS[each])),
        initial.sentiment ?? (kind ? defaultSentiment(kind) : undefined),
      ),
    },
    {
      type: 'input',
      block_id: FeedbackModalBlocks.source,
      label: { type: 'plain_text', text: FEEDBACK_FIELDS.source.label },
      element: staticSelect(
        INPUT_ACTION_ID,
        FEEDBACK_SOURCES.map((each) => option(each, FEEDBACK_SOURCE_LABELS[each])),
        initial.source,
      ),
    },
  ];
  return {
    type: 'modal',
    callback_id: CallbackIds.feedbackModal,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Client feedback' },
    submit: { type: 'plain_text', text: 'Log feedback' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

function sentimentBlockIn(values: StateValues): string | undefined {
  return Object.keys(values).find((blockId) => blockId.startsWith(FeedbackModalBlocks.sentimentPrefix));
}

/** The form's values as a draft, plus the problems only a form can have (two products at once). */
export function readFeedbackModal(values: StateValues): { draft: FeedbackDraft; problems: FieldProblem[] } {
  const sentimentBlock = sentimentBlockIn(values);
  const fields: Record<FeedbackField, string | undefined> = {
    kind: values[FeedbackModalBlocks.kind]?.[ActionIds.feedbackKindSelect]?.selected_option?.value,
    text: readInput(values, FeedbackModalBlocks.text),
    client: values[FeedbackModalBlocks.client]?.[ActionIds.feedbackClientSelect]?.selected_option?.value,
    product: undefined,
    sentiment: sentimentBlock ? readInput(values, sentimentBlock) : undefined,
    source: readInput(values, FeedbackModalBlocks.source),
  };
  const chosen = readInput(values, FeedbackModalBlocks.productChoice);
  const typed = readInput(values, FeedbackModalBlocks.productText)?.trim();
  const problems: FieldProblem[] = [];
  if (chosen && typed) {
    problems.push({
      field: 'product',
      message: 'Pick a product from the list or type another one, not both',
    });
  }
  fields.product = typed || chosen;
  const draft: FeedbackDraft = {};
  for (const [field, value] of Object.entries(fields) as [FeedbackField, string | undefined][]) {
    if (value !== undefined && value !== '') draft[field] = value;
  }
  return { draft, problems };
}

/** The picked client's option text, to show it again when the form is rebuilt. */
export function readClientLabel(values: StateValues): string | undefined {
  return values[FeedbackModalBlocks.client]?.[ActionIds.feedbackClientSelect]?.selected_option?.text.text;
}

/** Field problems under the right blocks; Slack keeps every typed value when errors come back. */
export function feedbackModalErrors(problems: FieldProblem[], values: StateValues): Record<string, string> {
  const blockIds: Record<FeedbackField, string> = {
    kind: FeedbackModalBlocks.kind,
    text: FeedbackModalBlocks.text,
    client: FeedbackModalBlocks.client,
    product: FeedbackModalBlocks.productText,
    sentiment: sentimentBlockIn(values) ?? FeedbackModalBlocks.kind,
    source: FeedbackModalBlocks.source,
  };
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = blockIds[each.field as FeedbackField] ?? FeedbackModalBlocks.text;
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${each.message}` : each.message;
  }
  return errors;
}
