import type { DealTerms } from '../../domain/deal';
import { isClosedStage, type StageMovePlan, stageQualifiesLead } from '../../domain/stageMove';
import type { Deal, Lead, StageEvent } from '../../generated/postgresql/client';
import { recordChange, type Transaction } from './changeStore';

// The pieces of a deal write, shared by create, move and edit inside their transactions.

/** The deal columns a move writes: the stage, its clocks, and the terms that were given. */
export function moveColumns(plan: StageMovePlan, terms: DealTerms, at: Date) {
  const leavingLost = plan.fromStage === 'LOST';
  return {
    ...termColumns(terms),
    stage: plan.toStage,
    stageEnteredAt: at,
    closedAt: isClosedStage(plan.toStage) ? at : null,
    ...(plan.toStage === 'LOST'
      ? { lostReason: terms.lostReason ?? null, lostReasonText: terms.lostReasonText ?? null }
      : {}),
    // A reopened deal is no longer lost; its reason stays on the LOST event.
    ...(leavingLost ? { lostReason: null, lostReasonText: null } : {}),
  };
}

/** Only the terms that were given: undefined keeps the column, null clears it. */
export function termColumns(terms: DealTerms) {
  const columns = {
    valueMinor: terms.valueMinor,
    currency: terms.currency,
    discountPct: terms.discountPct,
    expectedCloseDate: terms.expectedCloseDate,
    problems: terms.problems,
    desiredOutcomes: terms.desiredOutcomes,
    offerRequestedAt: terms.offerRequestedAt,
    offerSentAt: terms.offerSentAt,
    negotiationNotes: terms.negotiationNotes,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as Partial<
    typeof columns
  >;
}

export async function writeEvent(
  transaction: Transaction,
  deal: Deal,
  plan: StageMovePlan,
  terms: DealTerms,
  actorId: string,
  at: Date,
): Promise<StageEvent> {
  return transaction.stageEvent.create({
    data: {
      teamId: deal.teamId,
      dealId: deal.id,
      fromStage: plan.fromStage,
      toStage: plan.toStage,
      kind: plan.kind,
      skipped: plan.skipped.length > 0 ? plan.skipped.join(',') : null,
      at,
      byUserId: actorId,
      valueMinor: deal.valueMinor,
      currency: deal.currency,
      discountPct: deal.discountPct,
      reason: terms.reason ?? null,
    },
  });
}

/** Qualifies a `new` lead whose deal reached QUALIFIED or beyond, with its own audit row. */
export async function qualifyLeadOfDeal(
  transaction: Transaction,
  leadId: string,
  plan: StageMovePlan,
  actorId: string,
  at: Date,
): Promise<{ before: Lead; after: Lead; changeId: string } | undefined> {
  if (!stageQualifiesLead(plan.toStage)) return undefined;
  const before = await transaction.lead.findUniqueOrThrow({ where: { id: leadId } });
  if (before.status !== 'new') return undefined;
  // Only a lead still `new` is qualified, even if another move qualified it meanwhile.
  const updated = await transaction.lead.updateMany({
    where: { id: leadId, status: 'new' },
    data: {
      status: 'qualified',
      qualifiedAt: at,
      statusChangedAt: at,
      statusReason: null,
      version: { increment: 1 },
      updatedAt: at,
    },
  });
  if (updated.count === 0) return undefined;
  const after = await transaction.lead.findUniqueOrThrow({ where: { id: leadId } });
  const changeId = await recordChange(transaction, {
    teamId: before.teamId,
    entityType: 'lead',
    entityId: leadId,
    actorId,
    action: 'qualify',
    before,
    after,
    at,
  });
  return { before, after, changeId };
}

/** The deal columns alone, as its audit snapshot stores them. */
export function withoutLead(deal: Deal & { lead: Lead }): Deal {
  const { lead: _lead, ...columns } = deal;
  return columns;
}
