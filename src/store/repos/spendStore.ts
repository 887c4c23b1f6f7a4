import { millisecondsInDay } from 'date-fns/constants';
import type { CalendarRange } from '../../domain/calendar';
import type { SpendInput } from '../../domain/spend';
import { Prisma, type Spend } from '../../generated/postgresql/client';
import type { Database } from '../db/database';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';

export type SpendRecord = MoneyAsNumber<Spend>;

/** A channel's share of the spend in a window (spread per day), per currency. */
export type ChannelSpend = { channel: string; currency: string; shareMinor: number; entries: number };

// Literal SQL numbers, so both databases do integer (bigint) arithmetic with them.
const DAY_SQL = Prisma.raw(String(millisecondsInDay));
const HALF_DAY_SQL = Prisma.raw(String(millisecondsInDay / 2));

type ShareRow = { channel: string; currency: string; shareMinor: bigint | number; entries: bigint | number };

export class SpendStore {
  constructor(private readonly database: Database) {}

  async create(teamId: string, input: SpendInput, actorId: string, at: Date): Promise<SpendRecord> {
    const spend = await this.database.prisma.spend.create({
      data: {
        teamId,
        channel: input.channel,
        amountMinor: input.amountMinor,
        currency: input.currency,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        note: input.note ?? null,
        createdById: actorId,
        createdAt: at,
      },
    });
    return moneyAsNumber(spend);
  }

  /** Spend rows whose period overlaps the window, earliest first. */
  async overlapping(teamId: string, window: CalendarRange, limit: number): Promise<SpendRecord[]> {
    const rows = await this.database.prisma.spend.findMany({
      where: { teamId, periodStart: { lt: window.end }, periodEnd: { gt: window.start } },
      orderBy: [{ periodStart: 'asc' }, { channel: 'asc' }, { createdAt: 'asc' }],
      take: limit,
    });
    return moneyAsNumber(rows);
  }

  /**
   * Each channel's share of the spend in the window, computed in SQL with the rule of
   * `spendShareMinor` (src/domain/spend.ts): with amount A over N days, the window's days
   * [from, to) of the period carry floor(A·to / N) − floor(A·from / N).
   */
  async channelShares(teamId: string, window: CalendarRange): Promise<ChannelSpend[]> {
    const rows =
      this.database.provider === 'sqlite'
        ? await this.sqliteShares(teamId, window)
        : await this.postgresShares(teamId, window);
    return rows.map((row) => ({
      channel: row.channel,
      currency: row.currency,
      shareMinor: Number(row.shareMinor),
      entries: Number(row.entries),
    }));
  }

  // SQLite stores timestamps as integer epoch milliseconds; integer division truncates like floor here.
  private sqliteShares(teamId: string, window: CalendarRange): Promise<ShareRow[]> {
    const start = Prisma.sql`CAST(${window.start.getTime()} AS INTEGER)`;
    const end = Prisma.sql`CAST(${window.end.getTime()} AS INTEGER)`;
    return this.database.prisma.$queryRaw<ShareRow[]>(Prisma.sql`
      WITH spans AS (
        SELECT "channel", "currency", "amountMinor" AS amount,
          ("periodEnd" - "periodStart" + ${HALF_DAY_SQL}) / ${DAY_SQL} AS days,
          (MIN(MAX(${start} - "periodStart", 0), "periodEnd" - "periodStart") + ${HALF_DAY_SQL}) / ${DAY_SQL} AS from_day,
          (MIN(MAX(${end} - "periodStart", 0), "periodEnd" - "periodStart") + ${HALF_DAY_SQL}) / ${DAY_SQL} AS to_day
        FROM "Spend"
        WHERE "teamId" = ${teamId} AND "periodStart" < ${end} AND "periodEnd" > ${start}
      )
      SELECT "channel", "currency",
        SUM(amount * to_day / days - amount * from_day / days) AS "shareMinor",
        COUNT(*) AS "entries"
      FROM spans WHERE days > 0
      GROUP BY "channel", "currency"
      ORDER BY "shareMinor" DESC, "channel", "currency"`);
  }

  private postgresShares(teamId: string, window: CalendarRange): Promise<ShareRow[]> {
    const start = window.start.toISOString();
    const end = window.end.toISOString();
    const millis = (interval: Prisma.Sql) => Prisma.sql`(EXTRACT(EPOCH FROM ${interval}) * 1000)::bigint`;
    const length = millis(Prisma.sql`("periodEnd" - "periodStart")`);
    const offset = (bound: string) =>
      Prisma.sql`LEAST(GREATEST(${millis(Prisma.sql`(${bound}::timestamp - "periodStart")`)}, 0), ${length})`;
    return this.database.prisma.$queryRaw<ShareRow[]>(Prisma.sql`
      WITH spans AS (
        SELECT "channel", "currency", "amountMinor"::bigint AS amount,
          (${length} + ${HALF_DAY_SQL}) / ${DAY_SQL} AS days,
          (${offset(start)} + ${HALF_DAY_SQL}) / ${DAY_SQL} AS from_day,
          (${offset(end)} + ${HALF_DAY_SQL}) / ${DAY_SQL} AS to_day
        FROM "Spend"
        WHERE "teamId" = ${teamId} AND "periodStart" < ${end}::timestamp AND "periodEnd" > ${start}::timestamp
      )
      SELECT "channel", "currency",
        SUM(amount * to_day / days - amount * from_day / days)::bigint AS "shareMinor",
        COUNT(*)::bigint AS "entries"
      FROM spans WHERE days > 0
      GROUP BY "channel", "currency"
      ORDER BY "shareMinor" DESC, "channel", "currency"`);
  }
}
