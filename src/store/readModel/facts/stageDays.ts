import { millisecondsInDay } from 'date-fns/constants';
import { Prisma } from '../../../generated/postgresql/client';
import type { SqlDialect } from '../../db/sqlDialect';
import type { FactSql } from './factSql';

/**
 * StageDay: stage changes per UTC day and stage entered. Events are only ever added (a move) or
 * removed (an undo, or a deal removed with them), so each write adds or takes away its events'
 * counts; bulk loads count them all afresh.
 */

export type CountedEvent = { toStage: string; at: Date; kind: string };

/** Adds (sign 1) or takes away (sign -1) the stage changes among `events` of team `teamId`. */
export async function countStageChanges(
  sql: FactSql,
  teamId: string,
  events: readonly CountedEvent[],
  sign: 1 | -1,
): Promise<void> {
  const counts = new Map<string, { day: Date; toStage: string; entries: number }>();
  for (const event of events) {
    if (event.kind === 'update') continue;
    const day = new Date(Math.floor(event.at.getTime() / millisecondsInDay) * millisecondsInDay);
    const key = `${day.toISOString()} ${event.toStage}`;
    const count = counts.get(key) ?? { day, toStage: event.toStage, entries: 0 };
    count.entries += sign;
    counts.set(key, count);
  }
  if (counts.size === 0) return;
  // In key order, so concurrent writers on PostgreSQL take the rows' locks in one order.
  const rows = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([, count]) =>
        Prisma.sql`(${teamId}, ${sql.dialect.instant(count.day)}, ${count.toStage}, ${sql.dialect.integer(count.entries)})`,
    );
  await sql.execute(Prisma.sql`INSERT INTO "StageDay" ("teamId", "day", "toStage", "entries")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("teamId", "toStage", "day") DO UPDATE SET "entries" = "StageDay"."entries" + excluded."entries"`);
  if (sign === -1) {
    const days = [...new Set([...counts.values()].map((count) => count.day.getTime()))].map((time) =>
      sql.dialect.instant(new Date(time)),
    );
    await sql.execute(Prisma.sql`DELETE FROM "StageDay"
      WHERE "teamId" = ${teamId} AND "entries" <= 0 AND "day" IN (${Prisma.join(days)})`);
  }
}

/** Counts every stage change (StageEvent `e`) matching `where` into StageDay, which must hold none of them. */
export function countAllStageChanges(dialect: SqlDialect, where: Prisma.Sql): Prisma.Sql {
  const day = dialect.utcDay(Prisma.sql`e."at"`);
  return Prisma.sql`INSERT INTO "StageDay" ("teamId", "day", "toStage", "entries")
    SELECT e."teamId", ${day}, e."toStage", COUNT(*) FROM "StageEvent" e
    WHERE ${where} AND e."kind" <> 'update'
    GROUP BY e."teamId", ${day}, e."toStage"`;
}
