import { companyMatchKey, companySearchWord, duplicateMatch } from '../../domain/companyName';
import { companyKey, type LeadInput } from '../../domain/lead';
import { NotFoundError, VersionConflictError } from '../../errors';
import type { Lead } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import type { PipelineFacts } from '../readModel/facts/refreshFacts';

/** The most rows a company-name lookup compares; names sharing a word are far fewer in practice. */
const COMPANY_CANDIDATES = 200;
/** Possible duplicates a warning names. */
const DUPLICATES_SHOWN = 3;

export type LeadRecord = Lead;

export type LeadListFilter = { ownerId?: string; source?: string; limit: number };

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

export class LeadStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly facts: PipelineFacts,
  ) {}

  /** Creates a lead with the team's next number; the number and the row are one transaction. */
  async create(teamId: string, input: LeadInput, actorId: string, at: Date): Promise<LeadRecord> {
    return this.prisma.$transaction(async (transaction) => {
      const team = await transaction.team.update({
        where: { id: teamId },
        data: { leadCounter: { increment: 1 } },
        select: { leadCounter: true },
      });
      const lead = await transaction.lead.create({
        data: {
          teamId,
          number: team.leadCounter,
          ...leadColumns(input),
          ownerId: input.ownerId ?? actorId,
          createdById: actorId,
          createdAt: at,
        },
      });
      await transaction.change.create({
        data: {
          teamId,
          entityType: 'lead',
          entityId: lead.id,
          actorId,
          action: 'create',
          afterJson: JSON.stringify(lead),
          createdAt: at,
        },
      });
      await this.facts.refreshLeads(transaction, teamId, [lead.id]);
      return lead;
    });
  }

  /**
   * Leads with the same company (case, punctuation and legal forms aside: "Acme Corp." is "Acme
   * Corp") or the same email, oldest first. The database narrows by the name's main word or the
   * email; `duplicateMatch` decides on those rows.
   */
  async findPossibleDuplicates(teamId: string, input: LeadInput, excludeId?: string): Promise<LeadRecord[]> {
    const matches: { companyKey?: { contains: string }; email?: string }[] = [
      { companyKey: { contains: companySearchWord(input.company) } },
    ];
    if (input.email) matches.push({ email: input.email });
    const candidates = await this.prisma.lead.findMany({
      where: { teamId, OR: matches, ...(excludeId ? { NOT: { id: excludeId } } : {}) },
      orderBy: { number: 'asc' },
      take: COMPANY_CANDIDATES,
    });
    return candidates.filter((lead) => duplicateMatch(lead, input) !== undefined).slice(0, DUPLICATES_SHOWN);
  }

  /**
   * Leads whose company is `company` once case, punctuation and legal forms are set aside
   * (`companyMatchKey`), oldest first. The database narrows by the name's main word; the key
   * comparison, which SQL cannot do portably, runs on those few rows.
   */
  async findByCompanyName(teamId: string, company: string, limit: number): Promise<LeadRecord[]> {
    const key = companyMatchKey(company);
    const candidates = await this.prisma.lead.findMany({
      where: { teamId, companyKey: { contains: companySearchWord(company) } },
      orderBy: { number: 'asc' },
      take: COMPANY_CANDIDATES,
    });
    return candidates.filter((lead) => companyMatchKey(lead.company) === key).slice(0, limit);
  }

  async findByNumber(teamId: string, number: number): Promise<LeadRecord | null> {
    return this.prisma.lead.findUnique({ where: { teamId_number: { teamId, number } } });
  }

  async getByNumber(teamId: string, number: number): Promise<LeadRecord> {
    const lead = await this.findByNumber(teamId, number);
    if (!lead) throw new NotFoundError('Lead', `L-${number}`);
    return lead;
  }

  /** Leads whose number is `number` or whose company contains `text` (case-insensitive), newest first. */
  async search(
    teamId: string,
    query: { number?: number; text: string },
    limit: number,
  ): Promise<LeadRecord[]> {
    const matches: { number?: number; companyKey?: { contains: string } }[] = [];
    if (query.number !== undefined) matches.push({ number: query.number });
    if (query.text !== '') matches.push({ companyKey: { contains: companyKey(query.text) } });
    return this.prisma.lead.findMany({
      where: { teamId, ...(matches.length > 0 ? { OR: matches } : {}) },
      orderBy: { number: 'desc' },
      take: limit,
    });
  }

  async list(teamId: string, filter: LeadListFilter): Promise<LeadRecord[]> {
    return this.prisma.lead.findMany({
      where: {
        teamId,
        ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
        ...(filter.source ? { source: filter.source } : {}),
      },
      orderBy: { number: 'desc' },
      take: filter.limit,
    });
  }

  /**
   * Replaces a lead's fields if nobody saved it since `expectedVersion` was read; otherwise
   * throws VersionConflictError carrying what the other person saved.
   */
  async update(
    teamId: string,
    number: number,
    input: LeadInput,
    expectedVersion: number,
    actorId: string,
    at: Date,
  ): Promise<LeadRecord> {
    return this.prisma.$transaction(async (transaction) => {
      const before = await transaction.lead.findUnique({ where: { teamId_number: { teamId, number } } });
      if (!before) throw new NotFoundError('Lead', `L-${number}`);
      const updated = await transaction.lead.updateMany({
        where: { id: before.id, version: expectedVersion },
        data: {
          ...leadColumns(input),
          ownerId: input.ownerId ?? before.ownerId,
          version: { increment: 1 },
          updatedAt: at,
        },
      });
      if (updated.count === 0) throw new VersionConflictError('Lead', `L-${number}`, before);
      const after = await transaction.lead.findUniqueOrThrow({ where: { id: before.id } });
      await transaction.change.create({
        data: {
          teamId,
          entityType: 'lead',
          entityId: before.id,
          actorId,
          action: 'update',
          beforeJson: JSON.stringify(before),
          afterJson: JSON.stringify(after),
          createdAt: at,
        },
      });
      await this.facts.refreshLeads(transaction, teamId, [before.id]);
      return after;
    });
  }
}
