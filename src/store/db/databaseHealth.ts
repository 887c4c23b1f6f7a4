import type { Database } from './database';
import { databaseProblemOf, type DatabaseProblem } from './databaseProblem';

export type DatabaseHealth =
  | { reachable: true; latencyMs: number; problem?: 'pending_migrations' | 'read_only' }
  | { reachable: false; problem: DatabaseProblem; error?: unknown };

/** What `checkDatabase` verifies beyond `SELECT 1`. */
export type DatabaseExpectations = {
  /** Names of the migrations that must be applied (`committedMigrationNames`). */
  migrations: readonly string[];
};

const APPLIED_MIGRATIONS = `SELECT migration_name FROM _prisma_migrations
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
/**
 * A write that changes nothing: the engine still refuses it on a read-only file or connection
 * (SQLite's SQLITE_READONLY, PostgreSQL's 25006 on a replica), so it proves writes are accepted.
 */
const WRITE_PROBE = `UPDATE _prisma_migrations SET logs = logs WHERE 1 = 0`;

/**
 * Runs `SELECT 1`, giving up after `timeoutMs` so a hung connection cannot hang the health check;
 * with `expect`, also checks that every migration is applied and that the database takes writes.
 */
export async function checkDatabase(
  database: Database,
  timeoutMs: number,
  expect?: DatabaseExpectations,
): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([database.prisma.$queryRaw`SELECT 1`, timedOut]);
    if (outcome === 'timeout') return { reachable: false, problem: 'timeout' };
    const latencyMs = Math.round(performance.now() - started);
    if (!expect) return { reachable: true, latencyMs };
    const problem = await Promise.race([schemaProblem(database, expect), timedOut]);
    if (problem === 'timeout') return { reachable: false, problem: 'timeout' };
    return problem ? { reachable: true, latencyMs, problem } : { reachable: true, latencyMs };
  } catch (error) {
    return { reachable: false, problem: databaseProblemOf(error), error };
  } finally {
    clearTimeout(timer);
  }
}

async function schemaProblem(
  database: Database,
  expect: DatabaseExpectations,
): Promise<'pending_migrations' | 'read_only' | undefined> {
  let applied: Set<string>;
  try {
    const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string }[]>(APPLIED_MIGRATIONS);
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if (databaseProblemOf(error) === 'pending_migrations') return 'pending_migrations';
    throw error;
  }
  if (expect.migrations.some((name) => !applied.has(name))) return 'pending_migrations';
  try {
    await database.prisma.$executeRawUnsafe(WRITE_PROBE);
  } catch (error) {
    if (databaseProblemOf(error) === 'read_only') return 'read_only';
    throw error;
  }
  return undefined;
}
