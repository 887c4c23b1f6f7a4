import type { PrismaDatabase } from '../db/database';

/** A team's rate from `currency` to its currency `toCurrency`, in force from `validFrom` (a calendar date). */
export type ExchangeRateRecord = {
  currency: string;
  toCurrency: string;
  validFrom: Date;
  startsAt: Date;
  rate: number;
  minorFactor: number;
};

export type ExchangeRateInput = ExchangeRateRecord & { setById: string };

/** The team's exchange rates (docs/METRICS.md → Money); the digest reads them in its SQL. */
export class ExchangeRateStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Sets the rate of a currency from a date on, replacing one set for that same date. */
  async set(teamId: string, input: ExchangeRateInput): Promise<ExchangeRateRecord> {
    const key = {
      teamId,
      currency: input.currency,
      toCurrency: input.toCurrency,
      validFrom: input.validFrom,
    };
    return this.prisma.exchangeRate.upsert({
      where: { teamId_currency_toCurrency_validFrom: key },
      create: { ...key, ...input },
      update: {
        startsAt: input.startsAt,
        rate: input.rate,
        minorFactor: input.minorFactor,
        setById: input.setById,
      },
    });
  }

  /** The rates to `toCurrency`, by currency, then by the date they apply from. */
  async list(teamId: string, toCurrency: string): Promise<ExchangeRateRecord[]> {
    return this.prisma.exchangeRate.findMany({
      where: { teamId, toCurrency },
      orderBy: [{ currency: 'asc' }, { validFrom: 'asc' }],
    });
  }
}
