import { Client } from 'pg';

/**
 * Test schemas are named `tandem_test_<created, epoch seconds>_<pid>_<random>`, so a later run can
 * tell which ones were abandoned (a run killed before its cleanup) without touching any that a
 * concurrent run, here or of another engineer, is still using.
 */
const PREFIX = 'tandem_test_';
/** No test file runs this long: a schema older than this is abandoned whoever made it. */
export const ABANDONED_AFTER_MS = 2 * 60 * 60 * 1000;

export function testSchemaName(now = Date.now(), pid = process.pid, random = ''): string {
  return `${PREFIX}${Math.floor(now / 1000)}_${pid}_${random}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a schema is provably abandoned: named by `testSchemaName`, and either older than
 * `ABANDONED_AFTER_MS` or made by a process of this machine that no longer runs. Schemas named any
 * other way (older runs, other tools) are never taken for abandoned.
 */
export function isAbandoned(schema: string, now = Date.now(), running = isRunning): boolean {
  const match = /^tandem_test_(\d{9,11})_(\d+)_[0-9a-f]*$/.exec(schema);
  if (!match) return false;
  const createdMs = Number(match[1]) * 1000;
  if (now - createdMs > ABANDONED_AFTER_MS) return true;
  return !running(Number(match[2]));
}

/** Drops the abandoned test schemas of the PostgreSQL at `url`; returns their names. */
export async function dropAbandonedSchemas(url: string, now = Date.now()): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tandem\\_test\\_%'`,
    );
    const abandoned = rows.map((row) => row.nspname).filter((schema) => isAbandoned(schema, now));
    for (const schema of abandoned) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    return abandoned;
  } finally {
    await client.end();
  }
}
