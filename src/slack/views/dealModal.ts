import type { types, ViewOutput } from '@slack/bolt';
import { DEAL_FIELDS, type DealDraft, type DealField, OTHER_LOST_REASON } from '../../domain/deal';
import { STAGE_LABELS, STAGES, type Stage } from '../../domain/stages';
import type { TeamOptionRecord } from '../../store/teamStore';
import { ActionIds, CallbackIds, DealModalBlocks, INPUT_ACTION_ID } from '../ids';
import { plainTextInput } from './inputBlocks';
import { context, section } from './message';
import { escapeMrkdwn, truncate } from './text';
import { readInput } from './viewState';

/** Carried in private_metadata: where to answer and, when moving a deal, which one at which version. */
export type DealModalMetadata = { channelId?: string; dealNumber?: number; version?: number };

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

function option(value: string, text: string): Option {
  return { text: { type: 'plain_text', text: truncate(text, 75) }, value };
}

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
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: {
      type: 'datepicker',
      action_id: INPUT_ACTION_ID,
      ...(initial ? { initial_date: initial } : {}),
    },
  };
}

/** The fields only one stage has: what was learned in discovery, the offer dates, negotiation, why it was lost. */
function stageFields(input: DealModalInput): (types.InputBlock | types.ContextBlock)[] {
  const { values } = input;
  switch (input.stage) {
    case 'DISCOVERY':
      return [
        plainTextInput(DealModalBlocks.problems, DEAL_FIELDS.problems.label, values.problems, {
          multiline: true,
          maxLength: 2000,
        }),
        plainTextInput(
          DealModalBlocks.desiredOutcomes,
          DEAL_FIELDS.desiredOutcomes.label,
          values.desiredOutcomes,
          { multiline: true, maxLength: 2000 },
        ),
      ];
    case 'OFFER':
      return [
        dateInput(
          DealModalBlocks.offerRequested,
          DEAL_FIELDS.offerRequested.label,
          values.offerRequested,
          'Preparation time runs from here; empty: from entering Discovery',
        ),
        dateInput(
          DealModalBlocks.offerSent,
          DEAL_FIELDS.offerSent.label,
          values.offerSent,
          'Empty: when the deal enters Offer',
        ),
      ];
    case 'NEGOTIATION':
      return [
        context(
          `This is negotiation round ${input.nextNegotiationRound}: every entry into Negotiation counts as a round.`,
        ),
        plainTextInput(
          DealModalBlocks.negotiationNotes,
          DEAL_FIELDS.negotiationNotes.label,
          values.negotiationNotes,
          { multiline: true, maxLength: 2000 },
        ),
      ];
    case 'LOST': {
      // Slack allows 100 options; the last place is for Other.
      const reasons = [
        ...input.lostReasons.slice(0, 99).map((reason) => option(reason.key, reason.label)),
        option(OTHER_LOST_REASON, 'Other (say what)'),
      ];
      const initial = reasons.find((each) => each.value === values.reason);
      return [
        {
          type: 'input',
          block_id: DealModalBlocks.lostReason,
          label: { type: 'plain_text', text: 'Why was it lost?' },
          element: {
            type: 'static_select',
            action_id: INPUT_ACTION_ID,
            placeholder: { type: 'plain_text', text: 'Choose a reason…' },
            options: reasons,
            ...(initial ? { initial_option: initial } : {}),
          },
        },
        plainTextInput(DealModalBlocks.lostReasonOther, DEAL_FIELDS.reasonOther.label, values.reasonOther, {
          hint: 'Required when the reason is Other',
          maxLength: 500,
        }),
      ];
    }
    default:
      return [];
  }
}

/** The deal form; which fields show depends on the chosen stage (re-rendered with views.update). */
export function buildDealModal(input: DealModalInput): types.ModalView {
  const { values } = input;
  const stageOptions = STAGES.map((stage) => option(stage, STAGE_LABELS[stage]));
  const header = input.deal
    ? [
        section(
          `\`D-${input.deal.number}\` *${escapeMrkdwn(truncate(input.deal.company, 150))}* is in *${STAGE_LABELS[input.deal.stage]}*`,
        ),
      ]
    : [
        {
          type: 'input',
          block_id: DealModalBlocks.lead,
          label: { type: 'plain_text', text: 'Lead' },
          element: {
            type: 'external_select',
            action_id: ActionIds.dealLeadSelect,
            min_query_length: 0,
            placeholder: { type: 'plain_text', text: 'Type a lead id (L-12) or company' },
            ...(input.lead ? { initial_option: leadOption(input.lead) } : {}),
          },
        } satisfies types.InputBlock,
      ];
  const value =
    input.stage === 'WON'
      ? plainTextInput(DealModalBlocks.finalValue, 'Final value', values.value, {
          optional: false,
          hint: 'What the client pays, e.g. 10 800 or 10,800.50',
        })
      : plainTextInput(DealModalBlocks.value, DEAL_FIELDS.value.label, values.value, {
          hint: 'e.g. 12000 or 12 000,50',
        });
  return {
    type: 'modal',
    callback_id: CallbackIds.dealModal,
    private_metadata: JSON.stringify(input.metadata),
    title: { type: 'plain_text', text: input.deal ? `Move D-${input.deal.number}` : 'New deal' },
    submit: { type: 'plain_text', text: input.deal ? 'Save' : 'Open deal' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      ...header,
      {
        type: 'input',
        block_id: DealModalBlocks.stage,
        dispatch_action: true,
        label: { type: 'plain_text', text: 'Stage' },
        element: {
          type: 'static_select',
          action_id: ActionIds.dealStageSelect,
          options: stageOptions,
          initial_option: option(input.stage, STAGE_LABELS[input.stage]),
        },
      },
      value,
      plainTextInput(DealModalBlocks.currency, DEAL_FIELDS.currency.label, values.currency, {
        hint: 'ISO code, e.g. PLN, EUR, USD',
        maxLength: 3,
      }),
      plainTextInput(DealModalBlocks.discount, 'Discount %', values.discount, { hint: 'e.g. 10 or 7.5' }),
      dateInput(
        DealModalBlocks.expectedClose,
        DEAL_FIELDS.expectedClose.label,
        values.expectedClose,
        'When you expect the client to decide',
      ),
      ...stageFields(input),
    ],
  };
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

/** Form field errors under the right blocks (the final value when winning). */
export function dealModalErrors(
  problems: { field: string; message: string; example?: string }[],
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
    const example = formExample(each.example);
    const text = `${each.message}${example ? ` (e.g. ${example})` : ''}`;
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
