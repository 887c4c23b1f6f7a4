import type { DealTerms } from '../../domain/deal';
import type { StageMovePlan } from '../../domain/stageMove';
import { NotFoundError, VersionConflictError } from '../../errors';
import type { Deal, Lead, StageEvent } from '../../generated/postgresql/client';
import { recordChange, type Transaction } from './changeStore';
import type { PrismaDatabase } from '../db/database';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';
import type { PipelineFacts } from '../readModel/facts/refreshFacts';
import { moveColumns, qualifyLeadOfDeal, termColumns, withoutLead, writeEvent } from './dealWrites';

export type DealRecord = MoneyAsNumber<Deal>;
export type DealWithLead = DealRecord & { lead: Lead };
export type StageEventRecord = MoneyAsNumber<StageEvent>;

/** What a create or move wrote: the deal after it, its event, the audit row, and the lead if it got qualified. */
export type DealWrite = {
  deal: DealWithLead;
  event: StageEventRecord;
  changeId: string;
  qualifiedLead: Lead | undefined;
};

export class DealStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly facts: PipelineFacts,
  ) {}

  /** Creates a deal with the team's next number and its `create` event, in one transaction. */
  async create(input: {
    lead: Lead;
    plan: StageMovePlan;
    terms: DealTerms;
    currency: string;
    actorId: string;
    at: Date;
  }): Promise<DealWrite> {
    const { lead, plan, terms, actorId, at } = input;
    return this.prisma.$transaction(async (transaction) => {
      const team = await transaction.team.update({
        where: { id: lead.teamId },
        data: { dealCounter: { increment: 1 } },
        select: { dealCounter: true },
      });
      const deal = await transaction.deal.create({
        data: {
          teamId: lead.teamId,
          number: team.dealCounter,
          leadId: lead.id,
          currency: input.currency,
          ...moveColumns(plan, terms, at),
          negotiationRounds: plan.toStage === 'NEGOTIATION' ? 1 : 0,
          ownerId: actorId,
          createdById: actorId,
          createdAt: at,
          updatedAt: at,
        },
      });
      const event = await writeEvent(transaction, deal, plan, terms, actorId, at);
      await this.facts.countEvents(transaction, lead.teamId, [event], 1);
      const qualified = await qualifyLeadOfDeal(transaction, lead.id, plan, actorId, at);
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: deal.id },
        include: { lead: true },
      });
      const changeId = await recordChange(transaction, {
        teamId: lead.teamId,
        entityType: 'deal',
        entityId: deal.id,
        actorId,
        action: 'create',
        before: qualified ? { lead: qualified.before } : undefined,
        after: {
          deal: withoutLead(after),
          eventId: event.id,
          lead: qualified?.after,
          leadChangeId: qualified?.changeId,
        },
        at,
      });
      await this.facts.refreshLeads(transaction, lead.teamId, [lead.id]);
      return moneyAsNumber({ deal: after, event, changeId, qualifiedLead: qualified?.after });
    });
  }

  /**
   * Moves a deal if nobody changed it since `expectedVersion` was read; otherwise throws
   * VersionConflictError carrying the deal as it is now.
   */
  async move(input: {
    teamId: string;
    number: number;
    expectedVersion: number;
    plan: StageMovePlan;
    terms: DealTerms;
    actorId: string;
    at: Date;
  }): Promise<DealWrite> {
    const { teamId, number, plan, terms, actorId, at } = input;
    return this.prisma.$transaction(async (transaction) => {
      const before = await this.lockedRead(
        transaction,
        teamId,
        number,
        input.expectedVersion,
        {
          ...moveColumns(plan, terms, at),
          ...(plan.toStage === 'NEGOTIATION' ? { negotiationRounds: { increment: 1 } } : {}),
        },
        at,
      );
      const moved = await transaction.deal.findUniqueOrThrow({ where: { id: before.id } });
      const event = await writeEvent(transaction, moved, plan, terms, actorId, at);
      await this.facts.countEvents(transaction, teamId, [event], 1);
      const qualified = await qualifyLeadOfDeal(transaction, before.leadId, plan, actorId, at);
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: before.id },
        include: { lead: true },
      });
      const changeId = await recordChange(transaction, {
        teamId,
        entityType: 'deal',
        entityId: before.id,
        actorId,
        action: 'move',
        before: { deal: before, lead: qualified?.before },
        after: {
          deal: withoutLead(after),
          eventId: event.id,
          lead: qualified?.after,
          leadChangeId: qualified?.changeId,
        },
        at,
      });
      await this.facts.refreshLeads(transaction, teamId, [before.leadId]);
      return moneyAsNumber({ deal: after, event, changeId, qualifiedLead: qualified?.after });
    });
  }

  /** Changes a deal's terms without moving it: no stage event, one audit row. */
  async update(input: {
    teamId: string;
    number: number;
    expectedVersion: number;
    terms: DealTerms;
    actorId: string;
    at: Date;
  }): Promise<{ deal: DealWithLead; changeId: string }> {
    const { teamId, number, terms, actorId, at } = input;
    return this.prisma.$transaction(async (transaction) => {
      const before = await this.lockedRead(
        transaction,
        teamId,
        number,
        input.expectedVersion,
        termColumns(terms),
        at,
      );
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: before.id },
        include: { lead: true },
      });
      const changeId = await recordChange(transaction, {
        teamId,
        entityType: 'deal',
        entityId: before.id,
        actorId,
        action: 'update',
        before: { deal: before },
        after: { deal: withoutLead(after) },
        at,
      });
      return moneyAsNumber({ deal: after, changeId });
    });
  }

  /** Applies `data` only at `expectedVersion` (optimistic check) and returns the deal as it was before. */
  private async lockedRead(
    transaction: Transaction,
    teamId: string,
    number: number,
    expectedVersion: number,
    data: object,
    at: Date,
  ): Promise<Deal> {
    const before = await transaction.deal.findUnique({ where: { teamId_number: { teamId, number } } });
    if (!before) throw new NotFoundError('Deal', `D-${number}`);
    const updated = await transaction.deal.updateMany({
      where: { id: before.id, version: expectedVersion },
      data: { ...data, version: { increment: 1 }, updatedAt: at },
    });
    if (updated.count === 0) throw new VersionConflictError('Deal', `D-${number}`, before);
    return before;
  }

  async findByNumber(teamId: string, number: number): Promise<DealWithLead | null> {
    const deal = await this.prisma.deal.findUnique({
      where: { teamId_number: { teamId, number } },
      include: { lead: true },
    });
    return moneyAsNumber(deal);
  }

  async getByNumber(teamId: string, number: number): Promise<DealWithLead> {
    const deal = await this.findByNumber(teamId, number);
    if (!deal) throw new NotFoundError('Deal', `D-${number}`);
    return deal;
  }

  /** A deal's stage events, oldest first. */
  async events(teamId: string, dealId: string): Promise<StageEventRecord[]> {
    const events = await this.prisma.stageEvent.findMany({
      where: { teamId, dealId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    return moneyAsNumber(events);
  }

  /** The newest event of a deal: who moved it last, and from where a closed deal was closed. */
  async lastEvent(teamId: string, dealId: string): Promise<StageEventRecord | undefined> {
    const event = await this.prisma.stageEvent.findFirst({
      where: { teamId, dealId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    return event ? moneyAsNumber(event) : undefined;
  }

  /** Every deal of one lead, newest first (a lead rarely has more than a few). */
  async dealsOfLead(teamId: string, leadId: string, limit = 20): Promise<DealRecord[]> {
    const deals = await this.prisma.deal.findMany({
      where: { teamId, leadId },
      orderBy: { number: 'desc' },
      take: limit,
    });
    return moneyAsNumber(deals);
  }
}
