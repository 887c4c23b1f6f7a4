import type { types } from '@slack/bolt';
import { isoDate } from '../domain/calendar';
import type { DealDraft } from '../domain/deal';
import { moneyInputText } from '../domain/money';
import type { Stage } from '../domain/stages';
import type { DealWithLead } from '../store/repos/dealStore';
import type { SlackDependencies } from './dependencies';
import type { TeamContext } from './teamContext';
import { buildDealModal } from '../views/modals/dealModal';

/** A stored deal as the text its form fields hold. */
export function dealToDraft(deal: DealWithLead): DealDraft {
  const draft: DealDraft = { currency: deal.currency };
  if (deal.valueMinor !== null) draft.value = moneyInputText(deal.valueMinor, deal.currency);
  if (deal.discountPct !== null) draft.discount = String(deal.discountPct);
  if (deal.expectedCloseDate) draft.expectedClose = isoDate(deal.expectedCloseDate);
  if (deal.offerRequestedAt) draft.offerRequested = isoDate(deal.offerRequestedAt);
  if (deal.offerSentAt) draft.offerSent = isoDate(deal.offerSentAt);
  if (deal.problems) draft.problems = deal.problems;
  if (deal.desiredOutcomes) draft.desiredOutcomes = deal.desiredOutcomes;
  if (deal.negotiationNotes) draft.negotiationNotes = deal.negotiationNotes;
  if (deal.lostReason) draft.reason = deal.lostReason;
  if (deal.lostReasonText) draft.reasonOther = deal.lostReasonText;
  return draft;
}

export type DealModalRequest = {
  channelId?: string | undefined;
  /** Move this deal; otherwise the form opens a new deal. */
  dealNumber?: number | undefined;
  /** Preselect this lead for a new deal. */
  leadNumber?: number | undefined;
  /** The stage to show (default: the deal's stage, or Lead for a new deal). */
  stage?: Stage | undefined;
  /** What the user typed so far, kept when the form is re-rendered; over the stored or default values. */
  values?: DealDraft | undefined;
  /** The version the user started from, kept across re-renders so a concurrent move is noticed. */
  version?: number | undefined;
  notice?: string | undefined;
};

/**
 * Reads what the deal form needs (the deal or lead, the team's lost reasons) and builds it in the
 * requesting user's language.
 */
export async function loadDealModal(
  deps: SlackDependencies,
  { team, t }: Pick<TeamContext, 'team' | 't'>,
  request: DealModalRequest,
): Promise<types.ModalView> {
  const lostReasons = await deps.store.teams.options(team.id, 'lost_reason');
  const channel = request.channelId ? { channelId: request.channelId } : {};
  if (request.dealNumber !== undefined) {
    const deal = await deps.store.deals.getByNumber(team.id, request.dealNumber);
    return buildDealModal(t, {
      deal: { number: deal.number, company: deal.lead.company, stage: deal.stage as Stage },
      stage: request.stage ?? (deal.stage as Stage),
      values: { ...dealToDraft(deal), ...request.values },
      lostReasons,
      nextNegotiationRound: deal.negotiationRounds + 1,
      metadata: { ...channel, dealNumber: deal.number, version: request.version ?? deal.version },
      ...(request.notice ? { notice: request.notice } : {}),
    });
  }
  const lead =
    request.leadNumber === undefined
      ? undefined
      : await deps.store.leads.getByNumber(team.id, request.leadNumber);
  return buildDealModal(t, {
    ...(lead ? { lead: { number: lead.number, company: lead.company } } : {}),
    stage: request.stage ?? 'LEAD',
    values: { currency: team.currency, ...request.values },
    lostReasons,
    nextNegotiationRound: 1,
    metadata: channel,
    ...(request.notice ? { notice: request.notice } : {}),
  });
}
