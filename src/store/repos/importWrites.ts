import type { DealCreate, DealUpdate } from '../../domain/import/dealImport';
import type { LeadCreate, LeadUpdate } from '../../domain/import/leadImport';
import { companyKey } from '../../domain/lead';
import type { SpendInput } from '../../domain/spend';
import type { Lead } from '../../generated/postgresql/client';
import { bulkInsertSpend, type BulkTarget, inBulkTransaction, openBulkTarget } from '../db/bulk';
import type { PrismaDatabase } from '../db/database';
import { parseDatabaseUrl } from '../db/databaseUrl';
import { PipelineFacts } from '../readModel/facts/refreshFacts';
import type { DealWriteProgress } from './bulkDeals';
import { PipelineWriter } from './pipelineWriter';

/**
 * The writes of an import. New leads, new deals and spend go in through the bulk loader
 * (src/store/db/bulk), each kind of a file in one transaction; each lead or deal update goes in its
 * own transaction. The
 * leads and deals are written by the pipeline writer, as `/lead` and `/deal` write them, so nothing
 * of a row is ever written without its audit row and facts.
 */
/** Leads read at once for the deals' qualification snapshots (below SQLite's parameter limit). */
const LEADS_PER_READ = 10_000;

export class ImportWrites {
  private readonly pipeline: PipelineWriter;

  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly databaseUrl: string,
  ) {
    this.pipeline = new PipelineWriter(prisma, new PipelineFacts(parseDatabaseUrl(databaseUrl).provider));
  }

  private async withBulkTarget<T>(work: (target: BulkTarget) => Promise<T>): Promise<T> {
    const target = await openBulkTarget(this.databaseUrl);
    try {
      return await inBulkTransaction(target, () => work(target));
    } finally {
      await target.close();
    }
  }

  /** Creates the leads with the team's next numbers, in one transaction; returns them in order. */
  async createLeads(teamId: string, rows: readonly LeadCreate[], actorId: string, at: Date): Promise<Lead[]> {
    if (rows.length === 0) return [];
    return this.withBulkTarget((target) =>
      this.pipeline.createLeadsInBulk(target, teamId, rows, actorId, at),
    );
  }

  /** Overwrites the fields the row gave, if nobody changed the lead since it was read. */
  async updateLead(teamId: string, update: LeadUpdate, actorId: string, at: Date): Promise<Lead> {
    const { lead, input } = update;
    const fields = {
      ...input,
      ...(input.company ? { companyKey: companyKey(input.company) } : {}),
      ...(update.externalId ? { externalId: update.externalId } : {}),
    };
    return this.pipeline.overwriteLead(teamId, lead, fields, actorId, at);
  }

  /** Dates a lead back to the first deal a CRM has for its company, so its deals do not predate it. */
  async moveLeadCreatedAt(
    teamId: string,
    lead: { id: string; number: number },
    createdAt: Date,
    actorId: string,
    at: Date,
  ): Promise<void> {
    await this.pipeline.moveLeadCreatedAt(teamId, lead.id, createdAt, actorId, at);
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
    return this.withBulkTarget((target) =>
      this.pipeline.createDealsInBulk(target, teamId, creates, leads, actor, progress),
    );
  }

  /** Opens a deal with the team's next number, its `create` event, and its lead qualified if the stage says so. */
  async createDeal(teamId: string, create: DealCreate, actorId: string, now: Date): Promise<number> {
    const write = await this.pipeline.createDeal({
      teamId,
      leadId: create.lead.id,
      plan: create.plan,
      terms: create.terms,
      currency: create.currency,
      actorId,
      at: create.at,
      ownerId: create.ownerId,
      createdAt: create.createdAt,
      recordedAt: now,
      externalId: create.externalId,
    });
    return write.deal.number;
  }

  /** Changes a deal's terms, or moves it with its stage event, if nobody changed it since it was read. */
  async updateDeal(teamId: string, update: DealUpdate, actorId: string, now: Date): Promise<void> {
    const { deal } = update;
    await this.pipeline.changeDeal({
      teamId,
      number: deal.number,
      expectedVersion: deal.version,
      plan: update.plan,
      terms: update.terms,
      actorId,
      at: update.at,
      recordedAt: now,
      externalId: update.externalId,
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
