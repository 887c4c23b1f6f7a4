import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Prisma } from '../../src/generated/postgresql/client';
import { applyMigrations } from '../../src/store/db/migrations';
import { testSchemaName } from './abandonedSchemas';

/**
 * Migrated PostgreSQL schemas that a test process reuses: migrating a new schema for every test
 * database took 0.3–1.5 s, emptying a used one takes milliseconds. Each test process keeps its own
 * (named by `testSchemaName` with its pid and a random part starting with `f`, so once the process
 * has exited, globalSetup drops them as abandoned); a session advisory lock
 * marks the one a test database holds, so two databases of one test never share a schema.
 */

/** The tables a migrated schema has: one per model (none is renamed) and Prisma's migration history. */
const MIGRATED_TABLES = [...Object.values(Prisma.ModelName), '_prisma_migrations'].sort();

/** Advisory-lock namespace of pooled schemas (the first key of the two-key form). */
const POOL_LOCK = 0x7a6e_6431;

export type PooledSchema = { schema: string; release(): Promise<void> };

const withSearchPath = (url: string, schema: string) =>
  `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;

/** This process's pooled schemas, oldest first. */
async function ownSchemas(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace WHERE nspname LIKE $1 ORDER BY nspname`,
    [`tandem\\_test\\_%\\_${process.pid}\\_f%`],
  );
  return rows.map((row) => row.nspname);
}

async function tablesOf(client: Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1`,
    [schema],
  );
  return rows.map((row) => row.tablename).sort();
}

/**
 * Empties a reused schema; false when a test dropped one of its tables (to make the database fail):
 * such a schema is left out of the pool, for globalSetup to drop once this process has exited.
 * Foreign keys are not checked while emptying (as superuser, which the test PostgreSQL is), else
 * TRUNCATE (correct, but about a second).
 */
async function reset(client: Client, schema: string): Promise<boolean> {
  const tables = await tablesOf(client, schema);
  if (tables.join() !== MIGRATED_TABLES.join()) return false;
  const data = tables.filter((table) => table !== '_prisma_migrations').map((t) => `"${schema}"."${t}"`);
  try {
    await client.query(
      `BEGIN; SET LOCAL session_replication_role = replica; ${data.map((t) => `DELETE FROM ${t};`).join(' ')} COMMIT;`,
    );
  } catch {
    await client.query('ROLLBACK');
    await client.query(`TRUNCATE ${data.join(', ')} CASCADE`);
  }
  return true;
}

/**
 * A migrated, empty schema of this process's pool, held until `release()`; a new one is made and
 * added to the pool when all are held.
 */
export async function claimPooledSchema(url: string): Promise<PooledSchema> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const claim = async (schema: string) => {
      const { rows } = await client.query<{ claimed: boolean }>(
        'SELECT pg_try_advisory_lock($1, hashtext($2)) AS claimed',
        [POOL_LOCK, schema],
      );
      return rows[0]?.claimed === true;
    };
    for (const schema of await ownSchemas(client)) {
      if (!(await claim(schema))) continue;
      if (await reset(client, schema)) return { schema, release: () => client.end() };
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [POOL_LOCK, schema]);
    }
    const schema = testSchemaName(Date.now(), process.pid, `f${randomBytes(4).toString('hex')}`);
    if (!(await claim(schema))) throw new Error(`pooled schema ${schema} is already held`);
    await applyMigrations(withSearchPath(url, schema));
    return { schema, release: () => client.end() };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
