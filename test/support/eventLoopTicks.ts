import { Prisma } from '../../src/generated/postgresql/client';

/** A statement that keeps SQLite busy for a while (counts to two million): long enough to see the event loop turn beside it. */
export const LONG_SQLITE_STATEMENT = Prisma.sql`WITH RECURSIVE "n"("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < 2000000)
  SELECT COUNT(*) AS "count" FROM "n"`;

/**
 * Runs `work` while a 5 ms timer counts its ticks: work that holds the event loop (a synchronous
 * SQLite statement on the main thread) lets none fire.
 */
export async function countTicksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
  }, 5);
  try {
    const result = await work();
    return { result, ticks };
  } finally {
    clearInterval(timer);
  }
}
