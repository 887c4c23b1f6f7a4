import { DEAL_FIELDS, type DealField } from '../../domain/deal';
import type { StageMovePlan, StageMoveRefusal } from '../../domain/stageMove';
import type { WonValueSource } from '../../services/dealService';
import type { MessageKey } from '../../i18n/catalog';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { DealRecord, DealWithLead, DealWrite, StageEventRecord } from '../../store/repos/dealStore';
import type { LeadRecord } from '../../store/repos/leadStore';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { ActionIds, Commands } from '../../slack/ids';
import { dealReference, dealTermsText, dealTitle, moveText, stageLabel } from '../text/dealFormat';
import { leadReference } from './leadMessages';
import {
  actions,
  button,
  context,
  type KnownBlock,
  section,
  type SlackMessage,
} from '../../blockKit/message';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { echoBlockText } from './commandEcho';

type Echo = { command: string; text: string };

/** Each deal field's label, in the order `/deal help` lists the keys. */
export const DEAL_FIELD_LABELS: Record<Exclude<DealField, 'reasonOther'>, MessageKey> = {
  value: 'field.value',
  currency: 'field.currency',
  discount: 'field.discountPct',
  expectedClose: 'field.expectedCloseDate',
  problems: 'field.problems',
  desiredOutcomes: 'field.desiredOutcomes',
  offerRequested: 'field.offerRequestedAt',
  offerSent: 'field.offerSentAt',
  negotiationNotes: 'field.negotiationNotes',
  reason: 'field.reason',
};

function confirmationButtons(t: Translator, deal: DealRecord, changeId: string) {
  return actions(
    button(t.t('undo.button'), ActionIds.undoChange, changeId),
    button(t.t('deals.moveButton'), ActionIds.dealMove, String(deal.number)),
  );
}

/** A deal created or moved: the move, the terms now, who did it, and Undo (and how a won value was found). */
export function buildDealMovedMessage(
  t: Translator,
  write: DealWrite,
  plan: StageMovePlan,
  wonFrom?: WonValueSource,
): SlackMessage {
  const { deal, event } = write;
  const terms = dealTermsText(t, deal);
  const notes = [
    t.t('deals.by', { user: userMention(event.byUserId) }),
    plan.kind === 'create' ? t.t('deals.forLead', { reference: leadReference(deal.lead) }) : undefined,
    write.qualifiedLead
      ? t.t('deals.leadQualified', { reference: leadReference(write.qualifiedLead) })
      : undefined,
    event.reason ? t.t('deals.reason', { reason: escapeMrkdwn(event.reason) }) : undefined,
    wonFrom && deal.valueMinor !== null
      ? t.t('flow.wonFromOffer', {
          value: t.money(deal.valueMinor, deal.currency),
          offer: t.money(wonFrom.offerMinor, deal.currency),
          percent: t.percent(wonFrom.discountPct ?? 0),
        })
      : undefined,
  ].filter((note): note is string => note !== undefined);
  const created = plan.kind === 'create';
  const move = moveText(t, plan);
  const params = { reference: dealReference(deal), company: deal.lead.company, move };
  const headline = t.t(created ? 'deals.created' : 'deals.moved', {
    deal: dealTitle(deal, deal.lead.company),
    move,
  });
  return {
    text: t.t(created ? 'deals.createdText' : 'deals.movedText', params),
    blocks: [
      section(`:white_check_mark: ${headline}${terms ? `\n${terms}` : ''}`),
      context(notes.join(' · ')),
      confirmationButtons(t, deal, write.changeId),
    ],
  };
}

/** Terms changed without a stage change. */
export function buildDealUpdatedMessage(t: Translator, deal: DealWithLead, changeId: string): SlackMessage {
  const terms = dealTermsText(t, deal);
  const headline = t.t('deals.updated', {
    deal: dealTitle(deal, deal.lead.company),
    stage: stageLabel(t, deal.stage),
  });
  return {
    text: t.t('deals.updatedText', { reference: dealReference(deal), company: deal.lead.company }),
    blocks: [
      section(`:white_check_mark: ${headline}${terms ? `\n${terms}` : ''}`),
      confirmationButtons(t, deal, changeId),
    ],
  };
}

/** Someone else changed the deal between reading and writing: nothing was saved; here is where it is now. */
export function buildDealConflictMessage(
  t: Translator,
  current: DealWithLead,
  lastEvent: StageEventRecord | undefined,
  echo: Echo,
): SlackMessage {
  const stage = stageLabel(t, current.stage);
  const deal = dealTitle(current, current.lead.company);
  const headline = lastEvent
    ? t.t('deals.conflictMovedBy', { deal, stage, user: userMention(lastEvent.byUserId) })
    : t.t('deals.conflict', { deal, stage });
  return {
    text: t.t('deals.conflictText', { reference: dealReference(current), stage }),
    blocks: [section(`:warning: ${headline}`), section(echoBlockText(t, echo.command, echo.text))],
  };
}

/** Why a move was refused, with the command that does what was probably meant. */
export function refusalText(t: Translator, deal: DealWithLead, refusal: StageMoveRefusal): string {
  const params = {
    reference: dealReference(deal),
    stage: stageLabel(t, refusal.stage),
    command: Commands.deal,
  };
  switch (refusal.reason) {
    case 'closed':
      return t.t('deals.refusedClosed', params);
    case 'same_stage':
      return t.t('deals.refusedSameStage', { ...params, example: DEAL_FIELDS.value.example });
    case 'not_closed':
      return t.t('deals.refusedNotClosed', params);
    case 'reopen_to_closed':
      return t.t('deals.refusedReopenToClosed', params);
  }
}

export function buildDealRefusedMessage(
  t: Translator,
  deal: DealWithLead,
  refusal: StageMoveRefusal,
  echo: Echo,
): SlackMessage {
  const message = refusalText(t, deal, refusal);
  return {
    text: message,
    blocks: [
      section(`:no_entry: ${dealTitle(deal, deal.lead.company)}: ${message}`),
      section(echoBlockText(t, echo.command, echo.text)),
    ],
  };
}

/** A quick command named a lead that already has an open deal: most likely that deal was meant. */
export function buildLeadHasOpenDealsMessage(
  t: Translator,
  lead: LeadRecord,
  openDeals: DealRecord[],
  echo: Echo,
): SlackMessage {
  const [first] = openDeals;
  const listed = openDeals
    .map((deal) => `\`${dealReference(deal)}\` (${stageLabel(t, deal.stage)})`)
    .join(', ');
  const params = {
    lead: `\`${leadReference(lead)}\` *${escapeMrkdwn(lead.company)}*`,
    deals: listed,
    command: Commands.deal,
  };
  const hint = first
    ? t.t('deals.openDealHint', { command: Commands.deal, reference: dealReference(first) })
    : '';
  return {
    text: t.t('deals.leadHasOpenDealText', { reference: leadReference(lead), deals: listed }),
    blocks: [
      section(
        `:point_right: ${t.t('deals.leadHasOpenDeal', params)} ${hint}; ${t.t('deals.secondDealHint', params)}`,
      ),
      section(echoBlockText(t, echo.command, echo.text)),
    ],
  };
}

export function buildDealHelpMessage(t: Translator, lostReasons: TeamOptionRecord[]): SlackMessage {
  const command = Commands.deal;
  const keys = (Object.keys(DEAL_FIELD_LABELS) as (keyof typeof DEAL_FIELD_LABELS)[])
    .map((field) =>
      t.t('help.keyLine', {
        key: DEAL_FIELDS[field].key,
        label: t.t(DEAL_FIELD_LABELS[field]),
        example: DEAL_FIELDS[field].example,
      }),
    )
    .join('\n');
  const reasons = lostReasons
    .map((reason) => `\`${reason.key}\` (${escapeMrkdwn(teamOptionLabel(t, 'lost_reason', reason))})`)
    .join(', ');
  const blocks: KnownBlock[] = [
    section(t.t('help.deal', { command })),
    section(
      `${t.t('help.dealStages', { stages: t.t('problem.stageWords') })}\n${t.t('help.keysHeading')}\n${keys}`,
    ),
  ];
  if (reasons) blocks.push(context(t.t('help.dealLostReasons', { reasons })));
  return { text: t.t('help.title', { command }), blocks };
}
