import type { types, ViewOutput } from '@slack/bolt';
import { countryName } from '../../domain/countries';
import {
  COMPANY_SIZES,
  LEAD_FIELDS,
  SEGMENT_LABELS,
  SEGMENTS,
  type LeadDraft,
  type LeadField,
} from '../../domain/lead';
import type { TeamOptionRecord } from '../../store/teamStore';
import { ActionIds, CallbackIds, INPUT_ACTION_ID, LeadModalBlocks } from '../ids';
import { section } from './message';
import { readInput } from './viewState';

/** Where the modal came from and what it edits, carried in private_metadata. */
export type LeadModalMetadata = {
  number?: number;
  version?: number;
  channelId?: string;
  responseUrl?: string;
};

type Option = types.PlainTextOption;

function option(value: string, text: string): Option {
  return { text: { type: 'plain_text', text: text.slice(0, 75) }, value };
}

function textInput(field: LeadField, initial: string | undefined, multiline = false): types.InputBlock {
  const spec = LEAD_FIELDS[field];
  return {
    type: 'input',
    block_id: LeadModalBlocks[field],
    optional: field !== 'company',
    label: { type: 'plain_text', text: spec.label },
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION_ID,
      multiline,
      max_length: spec.maxLength,
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

function selectInput(field: LeadField, options: Option[], initial: string | undefined): types.InputBlock {
  const initialOption = options.find((each) => each.value === initial);
  return {
    type: 'input',
    block_id: LeadModalBlocks[field],
    optional: true,
    label: { type: 'plain_text', text: LEAD_FIELDS[field].label },
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION_ID,
      placeholder: { type: 'plain_text', text: 'Choose…' },
      options,
      ...(initialOption ? { initial_option: initialOption } : {}),
    },
  };
}

/** The lead form, empty for a new lead or filled from `initial` for an edit. */
export function buildLeadModal(input: {
  channels: TeamOptionRecord[];
  initial: LeadDraft;
  metadata: LeadModalMetadata;
  defaultOwnerId: string;
  /** Shown above the form, e.g. when someone else saved the lead meanwhile. */
  notice?: string;
}): types.ModalView {
  const { initial } = input;
  const country = initial.country;
  const editing = input.metadata.number !== undefined;
  return {
    type: 'modal',
    callback_id: CallbackIds.leadModal,
    private_metadata: JSON.stringify(input.metadata),
    title: { type: 'plain_text', text: editing ? `Edit L-${input.metadata.number}` : 'New lead' },
    submit: { type: 'plain_text', text: editing ? 'Save' : 'Add lead' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      textInput('company', initial.company),
      selectInput(
        'source',
        input.channels.map((channel) => option(channel.key, `${channel.label} (${channel.key})`)),
        initial.source,
      ),
      textInput('industry', initial.industry),
      selectInput(
        'segment',
        SEGMENTS.map((segment) => option(segment, SEGMENT_LABELS[segment])),
        initial.segment,
      ),
      selectInput(
        'companySize',
        COMPANY_SIZES.map((size) => option(size, `${size} people`)),
        initial.companySize,
      ),
      {
        type: 'input',
        block_id: LeadModalBlocks.country,
        optional: true,
        label: { type: 'plain_text', text: LEAD_FIELDS.country.label },
        element: {
          type: 'external_select',
          action_id: ActionIds.countrySelect,
          min_query_length: 1,
          placeholder: { type: 'plain_text', text: 'Type a country name or code' },
          ...(country ? { initial_option: option(country, `${countryName(country)} (${country})`) } : {}),
        },
      },
      textInput('contactName', initial.contactName),
      textInput('email', initial.email),
      textInput('product', initial.product),
      textInput('heardFrom', initial.heardFrom),
      textInput('promptedBy', initial.promptedBy),
      textInput('campaign', initial.campaign),
      {
        type: 'input',
        block_id: LeadModalBlocks.ownerId,
        optional: true,
        label: { type: 'plain_text', text: LEAD_FIELDS.ownerId.label },
        element: {
          type: 'users_select',
          action_id: INPUT_ACTION_ID,
          initial_user: initial.ownerId ?? input.defaultOwnerId,
        },
      },
      textInput('note', initial.note, true),
    ],
  };
}

/** The modal's values as a draft keyed by lead field, for the same validation as the quick command. */
export function readLeadModal(values: ViewOutput['state']['values']): LeadDraft {
  const draft: LeadDraft = {};
  for (const [field, blockId] of Object.entries(LeadModalBlocks) as [LeadField, string][]) {
    // The country select has its own action id so its options can be served by block_suggestion.
    const value =
      field === 'country'
        ? values[blockId]?.[ActionIds.countrySelect]?.selected_option?.value
        : readInput(values, blockId);
    if (value !== undefined && value !== null && value !== '') draft[field] = value;
  }
  return draft;
}
