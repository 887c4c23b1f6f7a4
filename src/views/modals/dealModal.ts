import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import { type DealDraft, type DealField, OTHER_LOST_REASON } from '../../domain/deal';
import type { FieldProblem } from '../../domain/inputError';
import { STAGES, type Stage } from '../../domain/stages';
import { stageLabel } from '../../i18n/stageLabel';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds, CallbackIds, DealModalBlocks, INPUT_ACTION_ID } from '../../slack/ids';
import { plainTextInput } from '../../blockKit/inputBlocks';
import { describeProblem } from '../messages/problemMessage';
import { context, section } from '../../blockKit/message';
import { escapeTruncated } from '../../blockKit/text';
import { readInput } from './viewState';
import { labelText, modalText, option, placeholderText } from '../../blockKit/elements';

/** Carried in private_metadata: where to answer and, when moving a deal, which one at which version. */
export const dealModalMetadata = z.object({
  channelId: z.string().optional(),
  dealNumber: z.number().int().optional(),
  version: z.number().int().optional(),
});
export type DealModalMetadata = z.infer<typeof dealModalMetadata>;

export type DealModalInput = {
  /** A deal being moved; absent when the form opens a new deal. */
  deal?: { number: number; company: string; stage: Stage };
  /** The lead a new deal is for, when already known (`/deal L-12`). */
  lead?: { number: number; company: string };
  stage: Stage;
  values: DealDraft;
  lostReasons: TeamOptionRecord[];
  /** The round a move into NEGOTIATION would start (entries into NEGOTIATION + 1). */
  nextNegotiationRound: number;
  metadata: DealModalMetadata;
  notice?: string;
};

type Option = types.PlainTextOption;

export function leadOption(lead: { number: number; company: string }): Option {
  return option(String(lead.number), `L-${lead.number} · ${lead.company}`);
}

function dateInput(
  blockId: string,
  label: string,
  initial: string | undefined,
  hint: string,
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: labelText(label),
    hint: labelText(hint),
    element: {
      type: 'datepicker',
      action_id: INPUT_ACTION_ID,
      ...(initial ? { initial_date: initial } : {}),
    },
  };
}

/** The fields only one stage has: what was learned in discovery, the offer dates, negotiation, why it was lost. */
function stageFields(t: Translator, input: DealModalInput): (types.InputBlock | types.ContextBlock)[] {
  const { values } = input;
  switch (input.stage) {
    case 'DISCOVERY':
      return [
        plainTextInput(DealModalBlocks.problems, t.t('field.problems'), values.problems, {
          multiline: true,
          maxLength: 2000,
        }),
        plainTextInput(
          DealModalBlocks.desiredOutcomes,
          t.t('field.desiredOutcomes'),
          values.desiredOutcomes,
          { multiline: true, maxLength: 2000 },
        ),
      ];
    case 'OFFER':
      return [
        dateInput(
          DealModalBlocks.offerRequested,
          t.t('field.offerRequestedAt'),
          values.offerRequested,
          t.t('dealForm.offerRequestedHint', { stage: stageLabel(t, 'DISCOVERY') }),
        ),
        dateInput(
          DealModalBlocks.offerSent,
          t.t('field.offerSentAt'),
          values.offerSent,
          t.t('dealForm.offerSentHint', { stage: stageLabel(t, 'OFFER') }),
        ),
      ];
    case 'NEGOTIATION':
      return [
        context(
          t.t('dealForm.negotiationRound', {
            round: input.nextNegotiationRound,
            stage: stageLabel(t, 'NEGOTIATION'),
          }),
        ),
        plainTextInput(
          DealModalBlocks.negotiationNotes,
          t.t('field.negotiationNotes'),
          values.negotiationNotes,
          { multiline: true, maxLength: 2000 },
        ),
      ];
    case 'LOST': {
      // Slack allows 100 options; the last place is for Other.
      const reasons = [
        ...input.lostReasons
          .slice(0, 99)
          .map((reason) => option(reason.key, teamOptionLabel(t, 'lost_reason', reason))),
        option(OTHER_LOST_REASON, t.t('dealForm.otherReasonOption')),
      ];
      const initial = reasons.find((each) => each.value === values.reason);
      return [
        {
          type: 'input',
          block_id: DealModalBlocks.lostReason,
          label: labelText(t.t('dealForm.lostReason')),
          element: {
            type: 'static_select',
            action_id: INPUT_ACTION_ID,
            placeholder: placeholderText(t.t('dealForm.lostReasonPlaceholder')),
            options: reasons,
            ...(initial ? { initial_option: initial } : {}),
          },
        },
        plainTextInput(DealModalBlocks.lostReasonOther, t.t('field.reasonOther'), values.reasonOther, {
          hint: t.t('dealForm.otherReasonHint'),
          maxLength: 500,
        }),
      ];
    }
    default:
      return [];
  }
}

/**
 * The deal form in the user's language; which fields show depends on the chosen stage
 * (re-rendered with views.update).
 */
export function buildDealModal(t: Translator, input: DealModalInput): types.ModalView {
  const { values } = input;
  const stageOptions = STAGES.map((stage) => option(stage, stageLabel(t, stage)));
  const header = input.deal
    ? [
        section(
          t.t('dealForm.currentStage', {
            number: String(input.deal.number),
            company: escapeTruncated(input.deal.company, 150),
            stage: stageLabel(t, input.deal.stage),
          }),
        ),
      ]
    : [
        {
          type: 'input',
          block_id: DealModalBlocks.lead,
          label: labelText(t.t('dealForm.lead')),
          element: {
            type: 'external_select',
            action_id: ActionIds.dealLeadSelect,
            min_query_length: 0,
            placeholder: placeholderText(t.t('dealForm.leadPlaceholder')),
            ...(input.lead ? { initial_option: leadOption(input.lead) } : {}),
          },
        } satisfies types.InputBlock,
      ];
  const value =
    input.stage === 'WON'
      ? plainTextInput(DealModalBlocks.finalValue, t.t('dealForm.finalValue'), values.value, {
          optional: false,
          hint: t.t('dealForm.finalValueHint'),
        })
      : plainTextInput(DealModalBlocks.value, t.t('field.value'), values.value, {
          hint: t.t('dealForm.valueHint'),
        });
  return {
    type: 'modal',
    callback_id: CallbackIds.dealModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(
      input.deal
        ? t.t('dealForm.titleMove', { number: String(input.deal.number) })
        : t.t('dealForm.titleNew'),
    ),
    submit: modalText(dealModalSubmitLabel(t, input.deal !== undefined)),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      ...header,
      {
        type: 'input',
        block_id: DealModalBlocks.stage,
        dispatch_action: true,
        label: labelText(t.t('dealForm.stage')),
        element: {
          type: 'static_select',
          action_id: ActionIds.dealStageSelect,
          options: stageOptions,
          initial_option: option(input.stage, stageLabel(t, input.stage)),
        },
      },
      value,
      plainTextInput(DealModalBlocks.currency, t.t('field.currency'), values.currency, {
        hint: t.t('modals.currencyHint'),
        maxLength: 3,
      }),
      plainTextInput(DealModalBlocks.discount, t.t('dealForm.discount'), values.discount, {
        hint: t.t('dealForm.discountHint'),
      }),
      dateInput(
        DealModalBlocks.expectedClose,
        t.t('field.expectedCloseDate'),
        values.expectedClose,
        t.t('dealForm.expectedCloseHint'),
      ),
      ...stageFields(t, input),
    ],
  };
}

/** The form's submit button: Save when moving a deal, Open deal for a new one. */
export function dealModalSubmitLabel(t: Translator, moving: boolean): string {
  return moving ? t.t('modals.save') : t.t('dealForm.submitNew');
}

type StateValues = ViewOutput['state']['values'];

/** Which draft field each block holds; a block in the form but left empty reads as '' (clear it). */
const BLOCK_FIELDS: [string, DealField][] = [
  [DealModalBlocks.value, 'value'],
  [DealModalBlocks.finalValue, 'value'],
  [DealModalBlocks.currency, 'currency'],
  [DealModalBlocks.discount, 'discount'],
  [DealModalBlocks.expectedClose, 'expectedClose'],
  [DealModalBlocks.problems, 'problems'],
  [DealModalBlocks.desiredOutcomes, 'desiredOutcomes'],
  [DealModalBlocks.offerRequested, 'offerRequested'],
  [DealModalBlocks.offerSent, 'offerSent'],
  [DealModalBlocks.negotiationNotes, 'negotiationNotes'],
  [DealModalBlocks.lostReason, 'reason'],
  [DealModalBlocks.lostReasonOther, 'reasonOther'],
];

export function readDealModal(values: StateValues): {
  draft: DealDraft;
  stage: Stage | undefined;
  leadNumber: number | undefined;
} {
  const draft: DealDraft = {};
  for (const [blockId, field] of BLOCK_FIELDS) {
    if (values[blockId] !== undefined) draft[field] = readInput(values, blockId) ?? '';
  }
  const stageText = values[DealModalBlocks.stage]?.[ActionIds.dealStageSelect]?.selected_option?.value;
  const leadText = values[DealModalBlocks.lead]?.[ActionIds.dealLeadSelect]?.selected_option?.value;
  const leadNumber = leadText ? Number.parseInt(leadText, 10) : undefined;
  return {
    draft,
    stage: STAGES.find((stage) => stage === stageText),
    leadNumber: leadNumber !== undefined && Number.isInteger(leadNumber) ? leadNumber : undefined,
  };
}

/** Form field errors under the right blocks (the final value when winning), in the user's language. */
export function dealModalErrors(
  t: Translator,
  problems: FieldProblem[],
  stage: Stage | undefined,
): Record<string, string> {
  const blockOf: Record<string, string> = {
    lead: DealModalBlocks.lead,
    value: stage === 'WON' ? DealModalBlocks.finalValue : DealModalBlocks.value,
    currency: DealModalBlocks.currency,
    discount: DealModalBlocks.discount,
    expectedClose: DealModalBlocks.expectedClose,
    problems: DealModalBlocks.problems,
    desiredOutcomes: DealModalBlocks.desiredOutcomes,
    offerRequested: DealModalBlocks.offerRequested,
    offerSent: DealModalBlocks.offerSent,
    negotiationNotes: DealModalBlocks.negotiationNotes,
    reason: DealModalBlocks.lostReason,
    reasonOther: DealModalBlocks.lostReasonOther,
  };
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = blockOf[each.field] ?? DealModalBlocks.stage;
    const text = describeProblem(t, each, formExample(each.example));
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}

/** A quick-command example as a form user would type it: `value:12000` → `12000`; whole commands are dropped. */
function formExample(example: string | undefined): string | undefined {
  if (!example || example.startsWith('/') || example.includes(' ')) return undefined;
  const match = /^[a-z]+:(.+)$/.exec(example);
  return match?.[1]?.replace(/^"|"$/g, '') ?? example;
}
