import {
  type ClientReference,
  type FeedbackInput,
  type FeedbackKind,
  parseClientReference,
} from '../../domain/feedback';
import { companyKey } from '../../domain/lead';
import { type Feedback, Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation, toNumber } from '../db/sqlDialect';

/** Feedback with the client it is about, as lists and confirmations show it. */
export type FeedbackRecord = Feedback & {
  lead: { number: number; company: string } | null;
  deal: { number: number } | null;
};

/** The lead (and deal) a client reference names. */
export type ResolvedClient = { leadId: string; dealId?: string };

/** Where feedback came from when it was filed from a Slack message. */
export type FeedbackOrigin = { messageAuthorId?: string; permalink?: string };

/** Leads and deals a client picker offers. */
export type ClientMatches = {
  leads: { number: number; company: string }[];
  deals: { number: number; stage: string; lead: { company: string } }[];
};

export type FeedbackListFilter = { kind?: FeedbackKind; start: Date; end: Date; limit: number };

/** Wishes for one product (lower-cased): mentions, and distinct clients (a lead's companyKey) that asked. */
export type WishCount = { product: string | null; mentions: number; clients: number };

const WITH_CLIENT = {
  lead: { select: { number: true, company: true } },
  deal: { select: { number: true } },
} as const;

/** Numbering can race between two saves; the unique (teamId, number) makes the loser retry. */
const NUMBER_ATTEMPTS = 5;

export class FeedbackStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The lead a reference names, or the deal and its lead; undefined when the team has none. */
  async resolveClient(teamId: string, reference: ClientReference): Promise<ResolvedClient | undefined> {
    const key = { teamId_number: { teamId, number: reference.number } };
    if (reference.type === 'lead') {
      const lead = await this.prisma.lead.findUnique({ where: key, select: { id: true } });
      return lead ? { leadId: lead.id } : undefined;
    }
    const deal = await this.prisma.deal.findUnique({ where: key, select: { id: true, leadId: true } });
    return deal ? { leadId: deal.leadId, dealId: deal.id } : undefined;
  }

  /**
   * Leads and deals matching what was typed in the client picker: an id (L-12, D-7 or just 12)
   * or part of the company name; the newest of each when nothing is typed yet.
   */
  async searchClients(teamId: string, query: string, limit: number): Promise<ClientMatches> {
    const typed = query.trim();
    const reference = parseClientReference(typed);
    const number = reference?.number ?? (/^\d{1,9}$/.test(typed) ? Number.parseInt(typed, 10) : undefined);
    const byCompany = companyKey(typed) === '' ? {} : { companyKey: { contains: companyKey(typed) } };
    const leadWhere = number === undefined ? { teamId, ...byCompany } : { teamId, number };
    const dealWhere = number === undefined ? { teamId, lead: byCompany } : { teamId, number };
    const [leads, deals] = await Promise.all([
      reference?.type === 'deal'
        ? []
        : this.prisma.lead.findMany({
            where: leadWhere,
            select: { number: true, company: true },
            orderBy: { number: 'desc' },
            take: limit,
          }),
      reference?.type === 'lead'
        ? []
        : this.prisma.deal.findMany({
            where: dealWhere,
            select: { number: true, stage: true, lead: { select: { company: true } } },
            orderBy: { number: 'desc' },
            take: limit,
          }),
    ]);
    return { leads, deals };
  }

  /** Stores feedback as the team's next number (highest + 1; no counter column needed). */
  async create(
    teamId: string,
    input: Omit<FeedbackInput, 'client'>,
    client: ResolvedClient | undefined,
    origin: FeedbackOrigin,
    actorId: string,
    at: Date,
  ): Promise<FeedbackRecord> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction(async (transaction) => {
          const highest = await transaction.feedback.aggregate({ where: { teamId }, _max: { number: true } });
          return transaction.feedback.create({
            data: {
              teamId,
              number: (highest._max.number ?? 0) + 1,
              kind: input.kind,
              text: input.text,
              product: input.product ?? null,
              sentiment: input.sentiment,
              source: input.source,
              leadId: client?.leadId ?? null,
              dealId: client?.dealId ?? null,
              messageAuthorId: origin.messageAuthorId ?? null,
              permalink: origin.permalink ?? null,
              createdById: actorId,
              createdAt: at,
            },
            include: WITH_CLIENT,
          });
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  /** The newest feedback in the window, optionally of one kind. */
  async list(teamId: string, filter: FeedbackListFilter): Promise<FeedbackRecord[]> {
    return this.prisma.feedback.findMany({
      where: {
        teamId,
        createdAt: { gte: filter.start, lt: filter.end },
        ...(filter.kind ? { kind: filter.kind } : {}),
      },
      include: WITH_CLIENT,
      orderBy: { number: 'desc' },
      take: filter.limit,
    });
  }

  /** How much feedback of each kind the window holds. */
  async countByKind(teamId: string, window: { start: Date; end: Date }): Promise<Map<string, number>> {
    const groups = await this.prisma.feedback.groupBy({
      by: ['kind'],
      where: { teamId, createdAt: { gte: window.start, lt: window.end } },
      _count: { _all: true },
    });
    return new Map(groups.map((group) => [group.kind, group._count._all]));
  }

  /**
   * Wishes in the window grouped by product, the most distinct clients first. Products compare
   * case-insensitively and are returned lower-cased (the same on both databases, whatever their
   * collation); wishes naming no product form one row with product null.
   */
  async wishCounts(teamId: string, window: { start: Date; end: Date }, limit: number): Promise<WishCount[]> {
    const product = Prisma.sql`NULLIF(LOWER(TRIM(f."product")), '')`;
    const rows = await this.prisma.$queryRaw<
      { product: string | null; mentions: unknown; clients: unknown }[]
    >(
      Prisma.sql`
        SELECT ${product} AS "product",
          CAST(COUNT(*) AS INTEGER) AS "mentions",
          CAST(COUNT(DISTINCT l."companyKey") AS INTEGER) AS "clients"
        FROM "Feedback" f LEFT JOIN "Lead" l ON l."id" = f."leadId"
        WHERE f."teamId" = ${teamId} AND f."kind" = 'wish'
          AND f."createdAt" >= ${window.start} AND f."createdAt" < ${window.end}
        GROUP BY ${product}
        ORDER BY CAST(COUNT(DISTINCT l."companyKey") AS INTEGER) DESC, CAST(COUNT(*) AS INTEGER) DESC, ${product}
        LIMIT ${limit}`,
    );
    return rows.map((row) => ({
      product: row.product,
      mentions: toNumber(row.mentions),
      clients: toNumber(row.clients),
    }));
  }
}
