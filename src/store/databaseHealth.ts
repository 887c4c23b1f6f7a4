import type { Database } from './database';

export type DatabaseHealth =
  | { reachable: true; latencyMs: number }
  | { reachable: false; problem: 'timeout' | 'error'; error?: unknown };

/** Runs `SELECT 1`, giving up after `timeoutMs` so a hung connection cannot hang the health check. */
export async function checkDatabase(database: Database, timeoutMs: number): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([database.prisma.$queryRaw`SELECT 1`, timedOut]);
    if (outcome === 'timeout') return { reachable: false, problem: 'timeout' };
    return { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { reachable: false, problem: 'error', error };
  } finally {
    clearTimeout(timer);
  }
}
