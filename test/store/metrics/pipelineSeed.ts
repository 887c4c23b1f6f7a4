import { TZDate } from '@date-fns/tz';
import { companyKey } from '../../../src/domain/lead';
import type { Stage } from '../../../src/domain/stages';
import type { PrismaDatabase } from '../../../src/store/db/database';
import { countSeededEvents, refreshSeededFacts } from '../../support/pipelineFacts';

/** Writes pipeline rows directly with Prisma, for metrics tests; times are local to `timeZone`. */

/** `2026-11-02 09:00` or `2026-11-15 23:59:59.999` in `timeZone`, as an instant. */
export function localTime(text: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/.exec(text);
  if (!match) throw new Error(`Bad local time ${text}`);
  const [year, month, day, hour, minute, second, milli] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[];
  return new Date(new TZDate(year!, month! - 1, day!, hour!, minute!, second!, milli!, timeZone).getTime());
}

/** `2026-11-01` as the UTC midnight of that date, the way spend rows store dates. */
export function calendarDate(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

export type LeadSeed = {
  company: string;
  created: string;
  ownerId: string;
  source?: string;
  product?: string;
  status?: 'new' | 'qualified' | 'disqualified';
  qualified?: string;
};

export type EventSeed = {
  to: Stage;
  at: string;
  kind?: 'create' | 'forward' | 'skip' | 'backward' | 'reopen' | 'update';
  value?: number;
  discountPct?: number;
  skipped?: string;
};

export type DealSeed = {
  ownerId: string;
  currency?: string;
  negotiationRounds?: number;
  lostReason?: string;
  /** In order; the first is the create event, the last sets the deal's stage. */
  events: EventSeed[];
};

export class PipelineSeeder {
  private leadNumber = 0;
  private dealNumber = 0;
  private feedbackNumber = 0;

  constructor(
    private readonly prisma: PrismaDatabase,
    readonly teamId: string,
    private readonly timeZone: string,
    private readonly currency: string,
  ) {}

  at(text: string): Date {
    return localTime(text, this.timeZone);
  }

  async lead(seed: LeadSeed, ...deals: DealSeed[]): Promise<void> {
    this.leadNumber += 1;
    const lead = await this.prisma.lead.create({
      data: {
        teamId: this.teamId,
        number: this.leadNumber,
        company: seed.company,
        companyKey: companyKey(seed.company),
        source: seed.source ?? null,
        product: seed.product ?? null,
        ownerId: seed.ownerId,
        status: seed.status ?? 'new',
        qualifiedAt: seed.qualified ? this.at(seed.qualified) : null,
        createdById: seed.ownerId,
        createdAt: this.at(seed.created),
      },
    });
    for (const deal of deals) await this.deal(lead.id, deal);
    await refreshSeededFacts(this.prisma, this.teamId, [lead.id]);
  }

  private async deal(leadId: string, seed: DealSeed): Promise<void> {
    this.dealNumber += 1;
    const moves = seed.events.filter((event) => event.kind !== 'update');
    const last = moves.at(-1);
    const first = seed.events[0];
    if (!first || !last) throw new Error('A deal needs events');
    const currency = seed.currency ?? this.currency;
    const deal = await this.prisma.deal.create({
      data: {
        teamId: this.teamId,
        number: this.dealNumber,
        leadId,
        stage: last.to,
        valueMinor: last.value ?? null,
        currency,
        discountPct: last.discountPct ?? null,
        negotiationRounds: seed.negotiationRounds ?? 0,
        lostReason: seed.lostReason ?? null,
        ownerId: seed.ownerId,
        createdById: seed.ownerId,
        createdAt: this.at(first.at),
        stageEnteredAt: this.at(last.at),
        closedAt: last.to === 'WON' || last.to === 'LOST' ? this.at(last.at) : null,
      },
    });
    let fromStage: Stage | null = null;
    for (const [index, event] of seed.events.entries()) {
      await this.prisma.stageEvent.create({
        data: {
          teamId: this.teamId,
          dealId: deal.id,
          fromStage: event.kind === 'update' ? event.to : fromStage,
          toStage: event.to,
          kind: event.kind ?? (index === 0 ? 'create' : 'forward'),
          skipped: event.skipped ?? null,
          at: this.at(event.at),
          byUserId: seed.ownerId,
          valueMinor: event.value ?? null,
          currency,
          discountPct: event.discountPct ?? null,
          reason: event.to === 'LOST' ? (seed.lostReason ?? null) : null,
        },
      });
      if (event.kind !== 'update') fromStage = event.to;
    }
    await countSeededEvents(this.prisma, this.teamId, deal.id);
  }

  async spend(
    channel: string,
    amountMinor: number,
    firstDay: string,
    endDay: string,
    currency = this.currency,
  ) {
    await this.prisma.spend.create({
      data: {
        teamId: this.teamId,
        channel,
        amountMinor,
        currency,
        periodStart: calendarDate(firstDay),
        periodEnd: calendarDate(endDay),
        createdById: 'U_MARKETING',
      },
    });
  }

  async feedback(sentiment: 'positive' | 'neutral' | 'negative', created: string) {
    this.feedbackNumber += 1;
    await this.prisma.feedback.create({
      data: {
        teamId: this.teamId,
        number: this.feedbackNumber,
        kind: sentiment === 'positive' ? 'praise' : 'complaint',
        text: `Feedback ${this.feedbackNumber}`,
        sentiment,
        source: 'call',
        createdById: 'U_SALES',
        createdAt: this.at(created),
      },
    });
  }
}
