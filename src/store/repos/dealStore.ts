import { NotFoundError } from '../../errors';
import type { Deal, Lead, StageEvent } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';

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

/** Reads of deals and their events; every write goes through the pipeline writer (pipelineWriter.ts). */
export class DealStore {
  constructor(private readonly prisma: PrismaDatabase) {}

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

  /** A deal's stage changes, oldest first (without the `update` rows that record new terms). */
  async events(teamId: string, dealId: string): Promise<StageEventRecord[]> {
    const events = await this.prisma.stageEvent.findMany({
      where: { teamId, dealId, kind: { not: 'update' } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    return moneyAsNumber(events);
  }

  /** The newest stage change of a deal: who moved it last, and from where a closed deal was closed. */
  async lastEvent(teamId: string, dealId: string): Promise<StageEventRecord | undefined> {
    const event = await this.prisma.stageEvent.findFirst({
      where: { teamId, dealId, kind: { not: 'update' } },
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
