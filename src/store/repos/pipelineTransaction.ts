import type { DealTerms } from '../../domain/deal';
import { companyKey, type LeadInput } from '../../domain/lead';
import { isClosedStage, type StageMovePlan, stageQualifiesLead } from '../../domain/stageMove';
import { NotFoundError } from '../../errors';
import type { Deal, Lead, StageEvent } from '../../generated/postgresql/client';
import type { PipelineFacts } from '../readModel/facts/refreshFacts';
import { recordChange, type Transaction } from './changeStore';

// The row writes of leads, deals and stage events, only ever run inside `PipelineWriter.write`,
// which refreshes the facts of every lead they touch before the transaction commits.

/** Every optional lead column, so an edit that clears a field writes null rather than keeping it. */
export function leadColumns(input: LeadInput) {
  return {
    company: input.company,
    companyKey: companyKey(input.company),
    contactName: input.contactName ?? null,
    email: input.email ?? null,
    source: input.source ?? null,
    campaign: input.campaign ?? null,
    industry: input.industry ?? null,
    segment: input.segment ?? null,
    companySize: input.companySize ?? null,
    country: input.country ?? null,
    heardFrom: input.heardFrom ?? null,
    promptedBy: input.promptedBy ?? null,
    product: input.product ?? null,
    note: input.note ?? null,
  };
}

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

/** The deal columns alone, as its audit snapshot stores them. */
export function withoutLead(deal: Deal & { lead: Lead }): Deal {
  const { lead: _lead, ...columns } = deal;
  return columns;
}

/** What a qualification by a deal move wrote: the lead before and after, and its audit row. */
export type QualifiedLead = { before: Lead; after: Lead; changeId: string };

/**
 * One pipeline transaction: the Prisma transaction to read and write in, and the writes whose
 * facts upkeep is not a matter of the lead alone (stage events count into StageDay one by one).
 */
export class PipelineTransaction {
  private readonly touched = new Set<string>();

  constructor(
    readonly transaction: Transaction,
    readonly teamId: string,
    private readonly facts: PipelineFacts,
  ) {}

  /** Marks a lead (with all its deals) as changed: its facts are refreshed before the commit. */
  touch(leadId: string): void {
    this.touched.add(leadId);
  }

  /** The leads whose facts the transaction must refresh. */
  touchedLeads(): string[] {
    return [...this.touched];
  }

  /** The team's next lead or deal number, counted in this transaction. */
  async nextNumber(counter: 'leadCounter' | 'dealCounter'): Promise<number> {
    const team = await this.transaction.team.update({
      where: { id: this.teamId },
      data: { [counter]: { increment: 1 } },
      select: { leadCounter: true, dealCounter: true },
    });
    return team[counter];
  }

  async leadByNumber(number: number): Promise<Lead> {
    const { teamId } = this;
    const lead = await this.transaction.lead.findUnique({ where: { teamId_number: { teamId, number } } });
    if (!lead) throw new NotFoundError('Lead', `L-${number}`);
    return lead;
  }

  /** The lead as written, with the audit row of the change from `before`. */
  async auditLead(before: Lead, action: string, actorId: string, at: Date): Promise<Lead> {
    const after = await this.transaction.lead.findUniqueOrThrow({ where: { id: before.id } });
    await recordChange(this.transaction, {
      teamId: this.teamId,
      entityType: 'lead',
      entityId: before.id,
      actorId,
      action,
      before,
      after,
      at,
    });
    return after;
  }

  /** Writes the stage event of a move of `deal` (as it is after the move) and counts it. */
  async addEvent(
    deal: Deal,
    plan: StageMovePlan,
    terms: DealTerms,
    actorId: string,
    at: Date,
  ): Promise<StageEvent> {
    const event = await this.transaction.stageEvent.create({
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
    await this.facts.countEvents(this.transaction, this.teamId, [event], 1);
    this.touch(deal.leadId);
    return event;
  }

  /**
   * A kind `update` row: an edit's new money terms in the deal's stage, not a stage change, so the
   * figures know the value a deal had while in a stage (docs/METRICS.md). Only when they changed.
   */
  async addTermsEvent(before: Deal, deal: Deal, actorId: string, at: Date): Promise<StageEvent | undefined> {
    const changed =
      before.valueMinor !== deal.valueMinor ||
      before.currency !== deal.currency ||
      before.discountPct !== deal.discountPct;
    if (!changed) return undefined;
    const event = await this.transaction.stageEvent.create({
      data: {
        teamId: deal.teamId,
        dealId: deal.id,
        fromStage: deal.stage,
        toStage: deal.stage,
        kind: 'update',
        at,
        byUserId: actorId,
        valueMinor: deal.valueMinor,
        currency: deal.currency,
        discountPct: deal.discountPct,
      },
    });
    this.touch(deal.leadId);
    return event;
  }

  /**
   * Takes stage events of a deal out of StageDay: one (`eventId`, which is then deleted), or all of
   * them when the deal itself is about to be deleted (its events go with it).
   */
  async removeEvents(deal: { id: string; leadId: string }, eventId: string | undefined): Promise<void> {
    const where = { dealId: deal.id, ...(eventId ? { id: eventId } : {}) };
    const removed = await this.transaction.stageEvent.findMany({ where });
    await this.facts.countEvents(this.transaction, this.teamId, removed, -1);
    if (eventId) await this.transaction.stageEvent.deleteMany({ where });
    this.touch(deal.leadId);
  }

  /** Qualifies a `new` lead whose deal reached QUALIFIED or beyond, with its own audit row. */
  async qualifyLeadOfDeal(
    leadId: string,
    plan: StageMovePlan,
    actorId: string,
    at: Date,
  ): Promise<QualifiedLead | undefined> {
    if (!stageQualifiesLead(plan.toStage)) return undefined;
    const before = await this.transaction.lead.findUniqueOrThrow({ where: { id: leadId } });
    if (before.status !== 'new') return undefined;
    // Only a lead still `new` is qualified, even if another move qualified it meanwhile.
    const updated = await this.transaction.lead.updateMany({
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
    this.touch(leadId);
    const after = await this.transaction.lead.findUniqueOrThrow({ where: { id: leadId } });
    const changeId = await recordChange(this.transaction, {
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

  /**
   * Sets a lead's columns, only if it is still at `version` when one is given; false when someone
   * changed it meanwhile.
   */
  async setLead(lead: { id: string; version?: number }, data: object, at: Date): Promise<boolean> {
    const updated = await this.transaction.lead.updateMany({
      where: {
        id: lead.id,
        teamId: this.teamId,
        ...(lead.version === undefined ? {} : { version: lead.version }),
      },
      data: { ...data, version: { increment: 1 }, updatedAt: at },
    });
    this.touch(lead.id);
    return updated.count > 0;
  }

  /** Sets a deal's columns if it is still at `version`; false when someone changed it meanwhile. */
  async setDeal(
    deal: { id: string; leadId: string; version: number },
    data: object,
    at: Date,
  ): Promise<boolean> {
    const updated = await this.transaction.deal.updateMany({
      where: { id: deal.id, teamId: this.teamId, version: deal.version },
      data: { ...data, version: { increment: 1 }, updatedAt: at },
    });
    this.touch(deal.leadId);
    return updated.count > 0;
  }

  /** Deletes a lead if it is still at `version`; false when someone changed it meanwhile. */
  async deleteLead(lead: { id: string; version: number }): Promise<boolean> {
    const deleted = await this.transaction.lead.deleteMany({
      where: { id: lead.id, teamId: this.teamId, version: lead.version },
    });
    this.touch(lead.id);
    return deleted.count > 0;
  }

  /** Deletes a deal (its events with it) if it is still at `version`. */
  async deleteDeal(deal: { id: string; leadId: string; version: number }): Promise<boolean> {
    const deleted = await this.transaction.deal.deleteMany({
      where: { id: deal.id, teamId: this.teamId, version: deal.version },
    });
    this.touch(deal.leadId);
    return deleted.count > 0;
  }
}
