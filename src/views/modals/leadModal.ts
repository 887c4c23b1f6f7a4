import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import { countryName } from '../../domain/countries';
import { COMPANY_SIZES, LEAD_FIELDS, SEGMENTS, type LeadDraft, type LeadField } from '../../domain/lead';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds, CallbackIds, INPUT_ACTION_ID, LeadModalBlocks } from '../../slack/ids';
import { section } from '../../blockKit/message';
import { readInput } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

/** Where the modal came from and what it edits, carried in private_metadata. */
export const leadModalMetadata = z.object({
  number: z.number().int().optional(),
  version: z.number().int().optional(),
  channelId: z.string().optional(),
  responseUrl: z.string().optional(),
});
export type LeadModalMetadata = z.infer<typeof leadModalMetadata>;

type Option = types.PlainTextOption;

function fieldLabel(t: Translator, field: LeadField): string {
  return t.t(`field.${field}`);
}

function textInput(
  t: Translator,
  field: LeadField,
  initial: string | undefined,
  multiline = false,
): types.InputBlock {
  return {
    type: 'input',
    block_id: LeadModalBlocks[field],
    optional: field !== 'company',
    label: labelText(fieldLabel(t, field)),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION_ID,
      multiline,
      max_length: LEAD_FIELDS[field].maxLength,
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

function selectInput(
  t: Translator,
  field: LeadField,
  options: Option[],
  initial: string | undefined,
): types.InputBlock {
  const initialOption = options.find((each) => each.value === initial);
  return {
    type: 'input',
    block_id: LeadModalBlocks[field],
    optional: true,
    label: labelText(fieldLabel(t, field)),
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION_ID,
      placeholder: placeholderText(t.t('modals.choose')),
      options,
      ...(initialOption ? { initial_option: initialOption } : {}),
    },
  };
}

/** The lead form in the user's language, empty for a new lead or filled from `initial` for an edit. */
export function buildLeadModal(
  t: Translator,
  input: {
    channels: TeamOptionRecord[];
    initial: LeadDraft;
    metadata: LeadModalMetadata;
    defaultOwnerId: string;
    /** Shown above the form, e.g. when someone else saved the lead meanwhile. */
    notice?: string;
  },
): types.ModalView {
  const { initial } = input;
  const country = initial.country;
  const editing = input.metadata.number !== undefined;
  return {
    type: 'modal',
    callback_id: CallbackIds.leadModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(
      editing
        ? t.t('leadForm.titleEdit', { number: String(input.metadata.number) })
        : t.t('leadForm.titleNew'),
    ),
    submit: modalText(leadModalSubmitLabel(t, editing)),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      textInput(t, 'company', initial.company),
      selectInput(
        t,
        'source',
        input.channels.map((channel) =>
          option(channel.key, `${teamOptionLabel(t, 'channel', channel)} (${channel.key})`),
        ),
        initial.source,
      ),
      textInput(t, 'industry', initial.industry),
      selectInput(
        t,
        'segment',
        SEGMENTS.map((segment) => option(segment, t.t(`leadForm.segment.${segment}`))),
        initial.segment,
      ),
      selectInput(
        t,
        'companySize',
        COMPANY_SIZES.map((size) => option(size, t.t('leadForm.companySize', { size }))),
        initial.companySize,
      ),
      {
        type: 'input',
        block_id: LeadModalBlocks.country,
        optional: true,
        label: labelText(fieldLabel(t, 'country')),
        element: {
          type: 'external_select',
          action_id: ActionIds.countrySelect,
          min_query_length: 1,
          placeholder: placeholderText(t.t('leadForm.countryPlaceholder')),
          ...(country
            ? { initial_option: option(country, `${countryName(country, t.language)} (${country})`) }
            : {}),
        },
      },
      textInput(t, 'contactName', initial.contactName),
      textInput(t, 'email', initial.email),
      textInput(t, 'product', initial.product),
      textInput(t, 'heardFrom', initial.heardFrom),
      textInput(t, 'promptedBy', initial.promptedBy),
      textInput(t, 'campaign', initial.campaign),
      {
        type: 'input',
        block_id: LeadModalBlocks.ownerId,
        optional: true,
        label: labelText(fieldLabel(t, 'ownerId')),
        element: {
          type: 'users_select',
          action_id: INPUT_ACTION_ID,
          initial_user: initial.ownerId ?? input.defaultOwnerId,
        },
      },
      textInput(t, 'note', initial.note, true),
    ],
  };
}

/** The form's submit button: what a "could not save" message tells the user to press again. */
export function leadModalSubmitLabel(t: Translator, editing: boolean): string {
  return editing ? t.t('modals.save') : t.t('leadForm.submitNew');
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
