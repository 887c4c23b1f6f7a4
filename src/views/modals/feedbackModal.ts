import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import {
  defaultSentiment,
  FEEDBACK_FIELDS,
  FEEDBACK_KINDS,
  FEEDBACK_SOURCES,
  type FeedbackDraft,
  type FeedbackField,
  normalizeFeedbackKind,
  SENTIMENTS,
} from '../../domain/feedback';
import type { FieldProblem } from '../../domain/inputError';
import { problemText } from '../../i18n/problemText';
import type { Translator } from '../../i18n/translator';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds, CallbackIds, FeedbackModalBlocks, INPUT_ACTION_ID } from '../../slack/ids';
import { context } from '../../blockKit/message';
import { userMention } from '../../blockKit/text';
import { optionalText, readInput, readMetadata } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

/** Where the modal came from, carried in private_metadata; a message shortcut adds its origin. */
const feedbackModalMetadata = z.object({
  channelId: optionalText,
  messageAuthorId: optionalText,
  permalink: optionalText,
});
export type FeedbackModalMetadata = z.infer<typeof feedbackModalMetadata>;

/** The metadata as Slack returns it; anything not a non-empty string is dropped. */
export function readFeedbackModalMetadata(privateMetadata: string | undefined): FeedbackModalMetadata {
  return readMetadata(privateMetadata, feedbackModalMetadata) ?? {};
}

type Option = types.PlainTextOption;
type StateValues = ViewOutput['state']['values'];

function staticSelect(
  t: Translator,
  actionId: string,
  options: Option[],
  initial: string | undefined,
): types.StaticSelect {
  const initialOption = options.find((each) => each.value === initial);
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: placeholderText(t.t('modals.choose')),
    options,
    ...(initialOption ? { initial_option: initialOption } : {}),
  };
}

/** The sentiment block's id for a kind; see FeedbackModalBlocks for why it changes with the kind. */
export function sentimentBlockId(kind: string | undefined): string {
  return `${FeedbackModalBlocks.sentimentPrefix}_${kind ?? 'unset'}`;
}

/**
 * The feedback form in the user's language; `initial` fills it (a shortcut's message text, or the
 * values before a kind change).
 */
export function buildFeedbackModal(
  t: Translator,
  input: {
    products: TeamOptionRecord[];
    initial: FeedbackDraft;
    metadata: FeedbackModalMetadata;
    /** The picked client's option text, so the picker shows it again after a re-render. */
    clientLabel?: string;
  },
): types.ModalView {
  const { initial, products, metadata } = input;
  const kind = initial.kind ? normalizeFeedbackKind(initial.kind) : undefined;
  const listedProduct = products.find((product) => product.key === initial.product);
  const origin = [
    metadata.messageAuthorId
      ? t.t('feedbackForm.fromMessageBy', { user: userMention(metadata.messageAuthorId) })
      : t.t('feedbackForm.fromMessage'),
    metadata.permalink ? `<${metadata.permalink}|${t.t('feedbackForm.openMessage')}>` : undefined,
  ].filter(Boolean);
  const blocks: types.KnownBlock[] = [
    ...(metadata.messageAuthorId || metadata.permalink ? [context(origin.join(' · '))] : []),
    {
      type: 'input',
      block_id: FeedbackModalBlocks.kind,
      dispatch_action: true,
      label: labelText(t.t('feedbackForm.kind')),
      element: staticSelect(
        t,
        ActionIds.feedbackKindSelect,
        FEEDBACK_KINDS.map((each) => option(each, t.t(`feedbackForm.kind.${each}`))),
        kind,
      ),
    },
    {
      type: 'input',
      block_id: FeedbackModalBlocks.text,
      label: labelText(t.t('feedbackForm.text')),
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
      label: labelText(t.t('feedbackForm.client')),
      element: {
        type: 'external_select',
        action_id: ActionIds.feedbackClientSelect,
        min_query_length: 0,
        placeholder: placeholderText(t.t('feedbackForm.clientPlaceholder')),
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
            label: labelText(t.t('field.feedbackProduct')),
            element: staticSelect(
              t,
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
      label: labelText(products.length > 0 ? t.t('feedbackForm.otherProduct') : t.t('field.feedbackProduct')),
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
      label: labelText(t.t('field.sentiment')),
      hint: labelText(t.t('feedbackForm.sentimentHint')),
      element: staticSelect(
        t,
        INPUT_ACTION_ID,
        SENTIMENTS.map((each) => option(each, t.t(`feedbackForm.sentiment.${each}`))),
        initial.sentiment ?? (kind ? defaultSentiment(kind) : undefined),
      ),
    },
    {
      type: 'input',
      block_id: FeedbackModalBlocks.source,
      label: labelText(t.t('field.feedbackSource')),
      element: staticSelect(
        t,
        INPUT_ACTION_ID,
        FEEDBACK_SOURCES.map((each) => option(each, t.t(`feedbackForm.source.${each}`))),
        initial.source,
      ),
    },
  ];
  return {
    type: 'modal',
    callback_id: CallbackIds.feedbackModal,
    private_metadata: JSON.stringify(metadata),
    title: modalText(t.t('feedbackForm.title')),
    submit: modalText(t.t('feedbackForm.submit')),
    close: modalText(t.t('modals.cancel')),
    blocks,
  };
}

function sentimentBlockIn(values: StateValues): string | undefined {
  return Object.keys(values).find((blockId) => blockId.startsWith(FeedbackModalBlocks.sentimentPrefix));
}

/** The form's values as a draft, and whether a listed product was picked and another typed at once. */
export function readFeedbackModal(values: StateValues): { draft: FeedbackDraft; twoProducts: boolean } {
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
  fields.product = typed || chosen;
  const draft: FeedbackDraft = {};
  for (const [field, value] of Object.entries(fields) as [FeedbackField, string | undefined][]) {
    if (value !== undefined && value !== '') draft[field] = value;
  }
  return { draft, twoProducts: Boolean(chosen && typed) };
}

/** The one problem only the form can have: a listed product picked and another one typed. */
export function twoProductsError(t: Translator): Record<string, string> {
  return { [FeedbackModalBlocks.productText]: t.t('feedbackForm.productTwice') };
}

/** The picked client's option text, to show it again when the form is rebuilt. */
export function readClientLabel(values: StateValues): string | undefined {
  return values[FeedbackModalBlocks.client]?.[ActionIds.feedbackClientSelect]?.selected_option?.text.text;
}

/** Field problems under the right blocks in the user's language; Slack keeps every typed value. */
export function feedbackModalErrors(
  t: Translator,
  problems: FieldProblem[],
  values: StateValues,
): Record<string, string> {
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
    const text = problemText(t, each);
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}
