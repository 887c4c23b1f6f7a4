import Database from 'better-sqlite3';
import { Client } from 'pg';
import { databaseProblemOf, explainDatabaseProblem } from '../../src/store/db/databaseProblem';

/** The error a real call raises, for the classifier to read as the app would meet it. */
async function errorOf(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('databaseProblemOf, on errors the drivers really raise', () => {
  it('reads a SQLite database that takes no writes as read-only', async () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE t (x INTEGER)');
    sqlite.pragma('query_only = ON');
    expect(databaseProblemOf(await errorOf(() => sqlite.exec('UPDATE t SET x = x WHERE 1 = 0')))).toBe(
      'read_only',
    );
    expect(databaseProblemOf(await errorOf(() => sqlite.exec('SELECT * FROM missing_table')))).toBe(
      'pending_migrations',
    );
    sqlite.close();
  });

  it('reads a refused connection as unreachable and a wrapped cause through `cause`', async () => {
    const client = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/test' });
    const refused = await errorOf(() => client.connect());
    expect(databaseProblemOf(refused)).toBe('unreachable');
    expect(databaseProblemOf(new Error('Migration x failed', { cause: refused }))).toBe('unreachable');
    expect(databaseProblemOf(new Error('something else'))).toBe('error');
  });

  const postgresUrl = process.env.TEST_POSTGRES_URL;
  (postgresUrl ? it : it.skip)(
    'reads PostgreSQL errors: read-only transaction, missing database',
    async () => {
      const client = new Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query('BEGIN READ ONLY');
        const readOnly = await errorOf(() => client.query('CREATE TEMP TABLE never (x int)'));
        await client.query('ROLLBACK');
        expect(databaseProblemOf(readOnly)).toBe('read_only');
      } finally {
        await client.end();
      }
      const missing = new URL(postgresUrl!);
      missing.pathname = '/tandem_no_such_database';
      const absent = new Client({ connectionString: missing.toString() });
      expect(databaseProblemOf(await errorOf(() => absent.connect()))).toBe('missing');
    },
  );
});

describe('explainDatabaseProblem', () => {
  it('names the database without its password, and what to do', () => {
    const line = explainDatabaseProblem('access_denied', 'postgresql://tandem:s3cret@db.internal:6543/crm');
    expect(line).toBe(
      'PostgreSQL database "crm" at db.internal:6543 refused the user or password in DATABASE_URL: check them and the user\'s rights (pg_hba.conf)',
    );
    expect(explainDatabaseProblem('read_only', 'postgresql://db/crm')).toContain(
      'point DATABASE_URL at the primary',
    );
  });
});
