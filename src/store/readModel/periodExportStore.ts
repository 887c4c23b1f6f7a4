import type { ReportingPeriod } from '../../domain/digestFigures';
import type { Deal, Lead } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';

/** A deal that moved in the period, with its lead and the stage events that fall in the period. */
export type ExportedDeal = MoneyAsNumber<Deal> & {
  lead: Pick<Lead, 'number' | 'company'>;
  events: { toStage: string; at: Date }[];
};

/** The rows of a period export (`/digest export`): the records themselves, not figures. */
export class PeriodExportStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Leads created in the period, by number. */
  async leadsCreated(teamId: string, period: ReportingPeriod): Promise<Lead[]> {
    return this.prisma.lead.findMany({
      where: { teamId, createdAt: { gte: period.start, lt: period.end } },
      orderBy: { number: 'asc' },
    });
  }

  /** Deals with a stage change in the period (created, moved, won or lost in it), by number. */
  async dealsMoved(teamId: string, period: ReportingPeriod): Promise<ExportedDeal[]> {
    // Kind `update` rows record new terms, not moves.
    const inPeriod = { at: { gte: period.start, lt: period.end }, kind: { not: 'update' } };
    const deals = await this.prisma.deal.findMany({
      where: { teamId, events: { some: inPeriod } },
      include: {
        lead: { select: { number: true, company: true } },
        events: {
          where: inPeriod,
          select: { toStage: true, at: true },
          orderBy: [{ at: 'asc' }, { id: 'asc' }],
        },
      },
      orderBy: { number: 'asc' },
    });
    return moneyAsNumber(deals);
  }
}
