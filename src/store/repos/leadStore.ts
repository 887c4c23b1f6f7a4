import { companyMatchKey, companySearchWord, duplicateMatch } from '../../domain/companyName';
import { companyKey, type LeadInput } from '../../domain/lead';
import { NotFoundError } from '../../errors';
import type { Lead } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';

/** The most rows a company-name lookup compares; names sharing a word are far fewer in practice. */
const COMPANY_CANDIDATES = 200;
/** Possible duplicates a warning names. */
const DUPLICATES_SHOWN = 3;

export type LeadRecord = Lead;

export type LeadListFilter = { ownerId?: string; source?: string; limit: number };

/** Reads of leads; every lead write goes through the pipeline writer (pipelineWriter.ts). */
export class LeadStore {
  constructor(private readonly prisma: PrismaDatabase) {}

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
}
