import type { DealCreate, DealUpdate } from '../../domain/import/dealImport';
import type { LeadCreate, LeadUpdate } from '../../domain/import/leadImport';
import { companyKey } from '../../domain/lead';
import type { SpendInput } from '../../domain/spend';
import { VersionConflictError } from '../../errors';
import type { Lead } from '../../generated/postgresql/client';
import {
  bulkInsertLeads,
  bulkInsertSpend,
  type BulkTarget,
  inBulkTransaction,
  newRowId,
  openBulkTarget,
} from '../db/bulk';
import { insertRows } from '../db/bulk/bulkInsertRows';
import { recordChange, type Transaction } from './changeStore';
import { leadColumns } from './leadStore';
import type { PrismaDatabase } from '../db/database';
import { parseDatabaseUrl } from '../db/databaseUrl';
import { bulkFactSql } from '../readModel/facts/factSql';
import { PipelineFacts, refreshLeadFacts } from '../readModel/facts/refreshFacts';
import { moveColumns, qualifyLeadOfDeal, termColumns, withoutLead, writeEvent } from './dealWrites';
import { bulkCreateDeals, CHANGE_TABLE, type DealWriteProgress } from './importDealCreates';

/** Leads read at once for the deals' qualification snapshots (below SQLite's parameter limit). */
const LEADS_PER_READ = 10_000;

/**
 * The writes of an import. New leads, new deals and spend go in through the bulk loader
 * (src/store/db/bulk), each kind of a file in one transaction; each lead or deal update goes in its
 * own Prisma transaction. Deals follow the same stage-event, qualification and audit rules as
 * `/deal` either way. Nothing of a row is ever written without the rest of it.
 */
export class ImportWrites {
  private readonly facts: PipelineFacts;

  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly databaseUrl: string,
  ) {
    this.facts = new PipelineFacts(parseDatabaseUrl(databaseUrl).provider);
  }

  private async withBulkTarget<T>(work: (target: BulkTarget) => Promise<T>): Promise<T> {
    const target = await openBulkTarget(this.databaseUrl);
    try {
      return await inBulkTransaction(target, () => work(target));
    } finally {
      await target.close();
    }
  }

  /** Moves the team's lead counter on by `count` and returns the first of the numbers reserved. */
  private async reserveLeadNumbers(target: BulkTarget, teamId: string, count: number): Promise<number> {
    const sql = (parameter: (index: number) => string) =>
      `UPDATE "Team" SET "leadCounter" = "leadCounter" + ${parameter(1)} WHERE "id" = ${parameter(2)} RETURNING "leadCounter"`;
    const row =
      target.provider === 'sqlite'
        ? (target.sqlite.prepare(sql(() => '?')).get(count, teamId) as { leadCounter: number } | undefined)
        : ((
            await target.postgres.query<{ leadCounter: number }>(
              sql((index) => `$${index}`),
              [count, teamId],
            )
          ).rows[0] ?? undefined);
    if (!row) throw new Error(`team ${teamId} does not exist`);
    return row.leadCounter - count + 1;
  }

  /** Creates the leads with the team's next numbers, in one transaction; returns them in order. */
  async createLeads(teamId: string, rows: readonly LeadCreate[], actorId: string, at: Date): Promise<Lead[]> {
    if (rows.length === 0) return [];
    return this.withBulkTarget(async (target) => {
      const first = await this.reserveLeadNumbers(target, teamId, rows.length);
      const leads = rows.map((row, index): Lead => {
        const { input } = row;
        return {
          id: newRowId(),
          teamId,
          number: first + index,
          ...leadColumns(input),
          ownerId: input.ownerId ?? actorId,
          status: 'new',
          statusReason: null,
          statusChangedAt: null,
          qualifiedAt: null,
          createdById: actorId,
          createdAt: row.createdAt ?? at,
          updatedAt: at,
          version: 1,
          externalId: row.externalId ?? null,
        };
      });
      await bulkInsertLeads(target, leads);
      await insertRows(
        target,
        CHANGE_TABLE,
        leads.map((lead) => ({
          teamId,
          entityType: 'lead',
          entityId: lead.id,
          actorId,
          action: 'create',
          afterJson: JSON.stringify(lead),
          createdAt: at,
        })),
      );
      await refreshLeadFacts(
        bulkFactSql(target),
        teamId,
        leads.map((lead) => lead.id),
      );
      return leads;
    });
  }

  /** Overwrites the fields the row gave, if nobody changed the lead since it was read. */
  async updateLead(teamId: string, update: LeadUpdate, actorId: string, at: Date): Promise<Lead> {
    const { lead, input } = update;
    return this.prisma.$transaction(async (transaction) => {
      const before = await transaction.lead.findUniqueOrThrow({ where: { id: lead.id } });
      const updated = await transaction.lead.updateMany({
        where: { id: lead.id, teamId, version: lead.version },
        data: {
          ...input,
          ...(input.company ? { companyKey: companyKey(input.company) } : {}),
          ...(update.externalId ? { externalId: update.externalId } : {}),
          version: { increment: 1 },
          updatedAt: at,
        },
      });
      if (updated.count === 0) throw new VersionConflictError('Lead', `L-${lead.number}`, before);
      const after = await transaction.lead.findUniqueOrThrow({ where: { id: lead.id } });
      await this.auditLeadUpdate(transaction, teamId, { before, after }, actorId, at);
      return after;
    });
  }

  /** The audit row of a lead update and the lead's facts after it. */
  private async auditLeadUpdate(
    transaction: Transaction,
    teamId: string,
    change: { before: Lead; after: Lead },
    actorId: string,
    at: Date,
  ): Promise<void> {
    await recordChange(transaction, {
      teamId,
      entityType: 'lead',
      entityId: change.after.id,
      actorId,
      action: 'update',
      ...change,
      at,
    });
    await this.facts.refreshLeads(transaction, teamId, [change.after.id]);
  }

  /** Dates a lead back to the first deal a CRM has for its company, so its deals do not predate it. */
  async moveLeadCreatedAt(
    teamId: string,
    lead: { id: string; number: number },
    createdAt: Date,
    actorId: string,
    at: Date,
  ): Promise<void> {
    await this.prisma.$transaction(async (transaction) => {
      const before = await transaction.lead.findUniqueOrThrow({ where: { id: lead.id } });
      if (before.createdAt <= createdAt) return;
      const after = await transaction.lead.update({
        where: { id: lead.id, teamId },
        data: { createdAt, version: { increment: 1 }, updatedAt: at },
      });
      await this.auditLeadUpdate(transaction, teamId, { before, after }, actorId, at);
    });
  }

  /**
   * Opens the deals with the team's next numbers, all in one bulk transaction, with what `createDeal`
   * writes for each; `progress` hears of every `progress.every` deals written. Returns their numbers.
   */
  async createDeals(
    teamId: string,
    creates: readonly DealCreate[],
    actor: { actorId: string; now: Date },
    progress?: DealWriteProgress,
  ): Promise<number[]> {
    if (creates.length === 0) return [];
    const leadIds = [...new Set(creates.map((create) => create.lead.id))];
    const leads = new Map<string, Lead>();
    for (let start = 0; start < leadIds.length; start += LEADS_PER_READ) {
      const rows = await this.prisma.lead.findMany({
        where: { teamId, id: { in: leadIds.slice(start, start + LEADS_PER_READ) } },
      });
      for (const lead of rows) leads.set(lead.id, lead);
    }
    return this.withBulkTarget((target) => bulkCreateDeals(target, teamId, creates, leads, actor, progress));
  }

  /** Opens a deal with the team's next number, its `create` event, and its lead qualified if the stage says so. */
  async createDeal(teamId: string, create: DealCreate, actorId: string, now: Date): Promise<number> {
    const { lead, plan, terms } = create;
    return this.prisma.$transaction(async (transaction) => {
      const team = await transaction.team.update({
        where: { id: teamId },
        data: { dealCounter: { increment: 1 } },
        select: { dealCounter: true },
      });
      const deal = await transaction.deal.create({
        data: {
          teamId,
          number: team.dealCounter,
          leadId: lead.id,
          currency: create.currency,
          ...moveColumns(plan, terms, create.at),
          negotiationRounds: plan.toStage === 'NEGOTIATION' ? 1 : 0,
          ownerId: create.ownerId,
          createdById: actorId,
          createdAt: create.createdAt,
          updatedAt: now,
          externalId: create.externalId ?? null,
        },
      });
      const event = await writeEvent(transaction, deal, plan, terms, actorId, create.at);
      await this.facts.countEvents(transaction, teamId, [event], 1);
      const qualified = await qualifyLeadOfDeal(transaction, lead.id, plan, actorId, create.at);
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: deal.id },
        include: { lead: true },
      });
      await recordChange(transaction, {
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
        at: now,
      });
      await this.facts.refreshLeads(transaction, teamId, [lead.id]);
      return deal.number;
    });
  }

  /** Changes a deal's terms, or moves it with its stage event, if nobody changed it since it was read. */
  async updateDeal(teamId: string, update: DealUpdate, actorId: string, now: Date): Promise<void> {
    const { deal, plan, terms } = update;
    await this.prisma.$transaction(async (transaction) => {
      const before = await transaction.deal.findUniqueOrThrow({ where: { id: deal.id } });
      const columns = plan
        ? {
            ...moveColumns(plan, terms, update.at),
            ...(plan.toStage === 'NEGOTIATION' ? { negotiationRounds: { increment: 1 } } : {}),
          }
        : termColumns(terms);
      const updated = await transaction.deal.updateMany({
        where: { id: deal.id, teamId, version: deal.version },
        data: {
          ...columns,
          ...(update.externalId ? { externalId: update.externalId } : {}),
          version: { increment: 1 },
          updatedAt: now,
        },
      });
      if (updated.count === 0) throw new VersionConflictError('Deal', `D-${deal.number}`, before);
      const moved = await transaction.deal.findUniqueOrThrow({ where: { id: deal.id } });
      const event = plan ? await writeEvent(transaction, moved, plan, terms, actorId, update.at) : undefined;
      if (event) await this.facts.countEvents(transaction, teamId, [event], 1);
      const qualified = plan
        ? await qualifyLeadOfDeal(transaction, deal.leadId, plan, actorId, update.at)
        : undefined;
      const after = await transaction.deal.findUniqueOrThrow({
        where: { id: deal.id },
        include: { lead: true },
      });
      await recordChange(transaction, {
        teamId,
        entityType: 'deal',
        entityId: deal.id,
        actorId,
        action: plan ? 'move' : 'update',
        before: { deal: before, lead: qualified?.before },
        after: {
          deal: withoutLead(after),
          ...(event ? { eventId: event.id } : {}),
          lead: qualified?.after,
          leadChangeId: qualified?.changeId,
        },
        at: now,
      });
      await this.facts.refreshLeads(transaction, teamId, [deal.leadId]);
    });
  }

  /** Records the spend rows, all in one transaction. */
  async createSpend(teamId: string, rows: readonly SpendInput[], actorId: string, at: Date): Promise<number> {
    if (rows.length === 0) return 0;
    return this.withBulkTarget((target) =>
      bulkInsertSpend(
        target,
        rows.map((row) => ({
          teamId,
          channel: row.channel,
          amountMinor: row.amountMinor,
          currency: row.currency,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          note: row.note ?? null,
          createdById: actorId,
          createdAt: at,
        })),
      ),
    );
  }
}
