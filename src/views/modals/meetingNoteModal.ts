import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import {
  MEETING_KPIS,
  type MeetingKpi,
  NOTE_KINDS,
  NOTE_TEXT_MAX_LENGTH,
  type NoteDraft,
} from '../../domain/meeting';
import type { Translator } from '../../i18n/translator';
import { ActionIds, CallbackIds, INPUT_ACTION_ID, MeetingNoteBlocks } from '../../slack/ids';
import { context } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';
import { optionalText, readInput, readMetadata } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

/** Which meeting a form adds to (its period value) and where the digest is, carried in private_metadata. */
const meetingModalMetadata = z.object({
  period: z.string().catch(''),
  channelId: optionalText,
  threadTs: optionalText,
});
export type MeetingModalMetadata = z.infer<typeof meetingModalMetadata>;

export function readMeetingModalMetadata(privateMetadata: string | undefined): MeetingModalMetadata {
  return readMetadata(privateMetadata, meetingModalMetadata) ?? { period: '' };
}

/** The picker of a lead or deal (L-12, D-7), served by the meeting's options listener. */
export function recordSelect(placeholder: string): types.ExternalSelect {
  return {
    type: 'external_select',
    action_id: ActionIds.meetingRecordSelect,
    min_query_length: 0,
    placeholder: placeholderText(placeholder),
  };
}

/**
 * The note form in the user's language: note or decision, its text, and optionally the KPI or
 * client it is about.
 */
export function buildMeetingNoteModal(
  t: Translator,
  input: {
    periodLabel: string;
    metadata: MeetingModalMetadata;
  },
): types.ModalView {
  const kinds = NOTE_KINDS.map((kind) => option(kind, t.t(`meetingForms.kind.${kind}`)));
  const kpis = Object.keys(MEETING_KPIS) as MeetingKpi[];
  return {
    type: 'modal',
    callback_id: CallbackIds.meetingNoteModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(t.t('meetingForms.noteTitle')),
    submit: modalText(t.t('modals.save')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      context(t.t('meetingForms.meetingOf', { period: escapeMrkdwn(input.periodLabel) })),
      {
        type: 'input',
        block_id: MeetingNoteBlocks.kind,
        label: labelText(t.t('meetingForms.kind')),
        element: {
          type: 'radio_buttons',
          action_id: INPUT_ACTION_ID,
          options: kinds,
          initial_option: kinds[0],
        },
      },
      {
        type: 'input',
        block_id: MeetingNoteBlocks.text,
        label: labelText(t.t('meetingForms.noteText')),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          multiline: true,
          max_length: NOTE_TEXT_MAX_LENGTH,
          placeholder: placeholderText(t.t('meetingForms.notePlaceholder')),
        },
      },
      {
        type: 'input',
        block_id: MeetingNoteBlocks.kpi,
        optional: true,
        label: labelText(t.t('meetingForms.kpi')),
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION_ID,
          placeholder: placeholderText(t.t('modals.choose')),
          options: kpis.map((key) => option(key, t.t(MEETING_KPIS[key]))),
        },
      },
      {
        type: 'input',
        block_id: MeetingNoteBlocks.client,
        optional: true,
        label: labelText(t.t('meetingForms.client')),
        hint: labelText(t.t('meetingForms.clientHint')),
        element: recordSelect(t.t('modals.searchLeadsAndDeals')),
      },
    ],
  };
}

export function readMeetingNoteModal(values: ViewOutput['state']['values']): NoteDraft {
  const draft: NoteDraft = {};
  const kind = readInput(values, MeetingNoteBlocks.kind);
  const text = readInput(values, MeetingNoteBlocks.text);
  const kpi = readInput(values, MeetingNoteBlocks.kpi);
  const client = values[MeetingNoteBlocks.client]?.[ActionIds.meetingRecordSelect]?.selected_option?.value;
  if (kind) draft.kind = kind;
  if (text) draft.text = text;
  if (kpi) draft.kpi = kpi;
  if (client) draft.client = client;
  return draft;
}
