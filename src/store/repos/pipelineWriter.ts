import type { DealTerms } from '../../domain/deal';
import type { LeadInput, LeadStatus } from '../../domain/lead';
import type { StageMovePlan } from '../../domain/stageMove';
import { NotFoundError, VersionConflictError } from '../../errors';
import type { Lead } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { moneyAsNumber } from '../db/moneyColumns';
import type { PipelineFacts } from '../readModel/facts/refreshFacts';
import { bulkCreateDeals } from './bulkDeals';
import { bulkCreateLeads } from './bulkLeads';
import { recordChange } from './changeStore';
import type { DealWrite } from './dealStore';
import {
  leadColumns,
  moveColumns,
  PipelineTransaction,
  termColumns,
  withoutLead,
} from './pipelineTransaction';

export type LeadStatusChange = { before: Lead; lead: Lead; changeId: string };

/** A new deal: its lead, its first stage and terms; import also gives its owner, dates and CRM id. */
export type NewDeal = {
  teamId: string;
  leadId: string;
  plan: StageMovePlan;
  terms: DealTerms;
  currency: string;
  actorId: string;
  /** When it entered its stage (the event's time). */
  at: Date;
  ownerId?: string;
  createdAt?: Date;
  /** When the write happened, if not `at` (an import dates events in the past). */
  recordedAt?: Date;
  externalId?: string;
};

/** A change of a deal read at `expectedVersion`: new terms, and a stage move when `plan` is given. */
export type DealChange = {
  teamId: string;
  number: number;
  expectedVersion: number;
  plan?: StageMovePlan;
  terms: DealTerms;
  actorId: string;
  at: Date;
  recordedAt?: Date;
  externalId?: string;
};

/** What a change of a deal wrote; a move also has its event, and the lead if it got qualified. */
export type DealChangeWrite = Omit<DealWrite, 'event'> & { event: DealWrite['event'] | undefined };

/**
 * The one writer of leads, deals and stage events. Every write runs in `write`, which refreshes the
 * pipeline facts of each lead it touched in the same transaction (docs/CONVENTIONS.md → pipeline
 * facts), so no write can leave the digest's facts behind the rows. Commands, forms, undo and
 * import all write through it; import's bulk lead load goes through `bulkLeads.ts`.
 */
/** The draft a lead was to be made from was used (or discarded) by another request. */
export class DraftTakenError extends Error {
  constructor(readonly draftId: string) {
    super(`draft ${draftId} was already used`);
  }
}

export class PipelineWriter {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly facts: PipelineFacts,
  ) {}

  /** Runs `work` in one transaction, then, in it, refreshes the facts of every lead it touched. */
  async write<T>(teamId: string, work: (pipeline: PipelineTransaction) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (transaction) => {
      const pipeline = new PipelineTransaction(transaction, teamId, this.facts);
      const result = await work(pipeline);
      const touched = pipeline.touchedLeads();
      if (touched.length > 0) await this.facts.refreshLeads(transaction, teamId, touched);
      return result;
    });
  }

  /** Creates a lead with the team's next number; the number and the row are one transaction. */
  /**
   * With `fromDraftId`, the parked draft is deleted in the same transaction and must still be
   * there: two "Add anyway" clicks (or the button and the form) add the lead once; the other gets
   * `DraftTakenError` with nothing written.
   */
  async createLead(
    teamId: string,
    input: LeadInput,
    actorId: string,
    at: Date,
    fromDraftId?: string,
  ): Promise<Lead> {
    return this.write(teamId, async (pipeline) => {
      const { transaction } = pipeline;
      if (fromDraftId !== undefined) {
        const { count } = await transaction.draft.deleteMany({ where: { id: fromDraftId, teamId } });
        if (count === 0) throw new DraftTakenError(fromDraftId);
      }
      const lead = await transaction.lead.create({
        data: {
          teamId,
          number: await pipeline.nextNumber('leadCounter'),
          ...leadColumns(input),
          ownerId: input.ownerId ?? actorId,
          createdById: actorId,
          createdAt: at,
        },
      });
      pipeline.touch(lead.id);
      await recordChange(transaction, {
        teamId,
        entityType: 'lead',
        entityId: lead.id,
        actorId,
        action: 'create',
        before: undefined,
        after: lead,
        at,
      });
      return lead;
    });
  }

  /**
   * Replaces a lead's fields if nobody saved it since `expectedVersion` was read; otherwise
   * throws VersionConflictError carrying what the other person saved.
   */
  async updateLead(
    teamId: string,
    number: number,
    input: LeadInput,
    expectedVersion: number,
    actorId: string,
    at: Date,
  ): Promise<Lead> {
    return this.write(teamId, async (pipeline) => {
      const before = await pipeline.leadByNumber(number);
      const data = { ...leadColumns(input), ownerId: input.ownerId ?? before.ownerId };
      if (!(await pipeline.setLead({ id: before.id, version: expectedVersion }, data, at)))
        throw new VersionConflictError('Lead', `L-${number}`, before);
      return pipeline.auditLead(before, 'update', actorId, at);
    });
  }

  /** Overwrites the fields an import row gave, if nobody changed the lead since it was read. */
  async overwriteLead(
    teamId: string,
    lead: { id: string; number: number; version: number },
    fields: Partial<LeadInput> & { companyKey?: string; externalId?: string },
    actorId: string,
    at: Date,
  ): Promise<Lead> {
    return this.write(teamId, async (pipeline) => {
      const before = await pipeline.transaction.lead.findUniqueOrThrow({ where: { id: lead.id } });
      if (!(await pipeline.setLead(lead, fields, at)))
        throw new VersionConflictError('Lead', `L-${lead.number}`, before);
      return pipeline.auditLead(before, 'update', actorId, at);
    });
  }

  /** Dates a lead back (an import's first deal for its company), never forward. */
  async moveLeadCreatedAt(teamId: string, leadId: string, createdAt: Date, actorId: string, at: Date) {
    await this.write(teamId, async (pipeline) => {
      const before = await pipeline.transaction.lead.findUniqueOrThrow({ where: { id: leadId } });
      if (before.createdAt <= createdAt) return;
      await pipeline.setLead({ id: leadId }, { createdAt }, at);
      await pipeline.auditLead(before, 'update', actorId, at);
    });
  }

  /**
   * Sets a lead's status; `qualifiedAt` is set on qualifying and cleared on disqualifying, so
   * "qualified" always means status qualified with its time.
   */
  async setLeadStatus(input: {
    teamId: string;
    number: number;
    status: Exclude<LeadStatus, 'new'>;
    reason: string | undefined;
    actorId: string;
    at: Date;
  }): Promise<LeadStatusChange> {
    const { status, actorId, at } = input;
    return this.write(input.teamId, async (pipeline) => {
      const before = await pipeline.leadByNumber(input.number);
      await pipeline.setLead(
        { id: before.id },
        {
          status,
          statusReason: input.reason ?? null,
          statusChangedAt: at,
          qualifiedAt: status === 'qualified' ? at : null,
        },
        at,
      );
      const action = status === 'qualified' ? 'qualify' : 'disqualify';
      const lead = await pipeline.transaction.lead.findUniqueOrThrow({ where: { id: before.id } });
      const changeId = await recordChange(pipeline.transaction, {
        teamId: input.teamId,
        entityType: 'lead',
        entityId: before.id,
        actorId,
        action,
        before,
        after: lead,
        at,
      });
      return { before, lead, changeId };
    });
  }

  /** Creates a deal with the team's next number and its `create` event, qualifying its lead if due. */
  async createDeal(input: NewDeal): Promise<DealWrite> {
    const { teamId, plan, terms, actorId, at } = input;
    const recordedAt = input.recordedAt ?? at;
    return this.write(teamId, async (pipeline) => {
      const { transaction } = pipeline;
      const deal = await transaction.deal.create({
        data: {
          teamId,
          number: await pipeline.nextNumber('dealCounter'),
          leadId: input.leadId,
          currency: input.currency,
          ...moveColumns(plan, terms, at),
          negotiationRounds: plan.toStage === 'NEGOTIATION' ? 1 : 0,
          ownerId: input.ownerId ?? actorId,
          createdById: actorId,
          createdAt: input.createdAt ?? at,
          updatedAt: recordedAt,
          ...(input.externalId ? { externalId: input.externalId } : {}),
        },
      });
      const event = await pipeline.addEvent(deal, plan, terms, actorId, at);
      const qualified = await pipeline.qualifyLeadOfDeal(input.leadId, plan, actorId, at);
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: deal.id },
        include: { lead: true },
      });
      const changeId = await recordChange(transaction, {
        teamId,
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
        at: recordedAt,
      });
      return moneyAsNumber({ deal: after, event, changeId, qualifiedLead: qualified?.after });
    });
  }

  /**
   * Changes a deal if nobody changed it since `expectedVersion` was read (else throws
   * VersionConflictError carrying the deal as it is now): its terms, and with a `plan` its stage,
   * with the move's event and its lead qualified if due.
   */
  async changeDeal(input: DealChange): Promise<DealChangeWrite> {
    const { teamId, number, plan, terms, actorId, at } = input;
    const recordedAt = input.recordedAt ?? at;
    return this.write(teamId, async (pipeline) => {
      const { transaction } = pipeline;
      const before = await transaction.deal.findUnique({ where: { teamId_number: { teamId, number } } });
      if (!before) throw new NotFoundError('Deal', `D-${number}`);
      const columns = plan
        ? {
            ...moveColumns(plan, terms, at),
            ...(plan.toStage === 'NEGOTIATION' ? { negotiationRounds: { increment: 1 } } : {}),
          }
        : termColumns(terms);
      const data = { ...columns, ...(input.externalId ? { externalId: input.externalId } : {}) };
      if (!(await pipeline.setDeal({ ...before, version: input.expectedVersion }, data, recordedAt)))
        throw new VersionConflictError('Deal', `D-${number}`, before);
      const moved = await transaction.deal.findUniqueOrThrow({ where: { id: before.id } });
      const event = plan
        ? await pipeline.addEvent(moved, plan, terms, actorId, at)
        : await pipeline.addTermsEvent(before, moved, actorId, at);
      const qualified = plan ? await pipeline.qualifyLeadOfDeal(before.leadId, plan, actorId, at) : undefined;
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: before.id },
        include: { lead: true },
      });
      const changeId = await recordChange(transaction, {
        teamId,
        entityType: 'deal',
        entityId: before.id,
        actorId,
        action: plan ? 'move' : 'update',
        before: { deal: before, lead: qualified?.before },
        after: {
          deal: withoutLead(after),
          ...(event ? { eventId: event.id } : {}),
          lead: qualified?.after,
          leadChangeId: qualified?.changeId,
        },
        at: recordedAt,
      });
      return moneyAsNumber({ deal: after, event, changeId, qualifiedLead: qualified?.after });
    });
  }

  /** Moves a deal to `plan`'s stage (see `changeDeal`). */
  async moveDeal(input: DealChange & { plan: StageMovePlan }): Promise<DealWrite> {
    const write = await this.changeDeal(input);
    if (!write.event) throw new Error(`the move of D-${input.number} wrote no stage event`);
    return { ...write, event: write.event };
  }

  /** Changes a deal's terms without moving it: no stage change (a kind `update` row when money terms changed), one audit row. */
  async updateDeal(input: Omit<DealChange, 'plan'>): Promise<DealChangeWrite> {
    return this.changeDeal(input);
  }

  /**
   * Import's bulk path: new leads loaded through a bulk target in its transaction, with the team's
   * next numbers, their audit rows and their facts.
   */
  readonly createLeadsInBulk = bulkCreateLeads;

  /**
   * Import's bulk path for new deals: in a bulk target's transaction, with the team's next numbers,
   * their stage events, their leads' qualification, the audit rows and the facts (bulkDeals.ts).
   */
  readonly createDealsInBulk = bulkCreateDeals;
}
