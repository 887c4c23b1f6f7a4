import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { ABANDONED_AFTER_MS, isAbandoned, testSchemaName } from '../support/abandonedSchemas';
import { startTestApp } from '../support/testApp';

describe('test schemas left behind', () => {
  const now = Date.UTC(2026, 11, 7, 20, 0, 0);
  const running = (pid: number) => pid === 4242;

  it('counts as abandoned only what is provably so: too old, or made by a process gone', () => {
    expect(isAbandoned(testSchemaName(now - 60_000, 4242, 'ab12'), now, running)).toBe(false);
    expect(isAbandoned(testSchemaName(now - 60_000, 999_999, 'ab12'), now, running)).toBe(true);
    expect(isAbandoned(testSchemaName(now - ABANDONED_AFTER_MS - 1000, 4242, 'ab12'), now, running)).toBe(
      true,
    );
    // Named the old way (or by anything else): never dropped, whoever may be using it.
    expect(isAbandoned('tandem_test_0123456789ab', now, () => false)).toBe(false);
    expect(isAbandoned('tandem_bench_1700000000_1_aa', now, () => false)).toBe(false);
  });
});

describe('startTestApp when the app cannot start', () => {
  it('rejects and leaves no database schema behind', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const before = await ownSchemas();
    try {
      await expect(startTestApp({ config: { port } })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
    expect(await ownSchemas()).toEqual(before);
  });
});

/** This process's test schemas on the PostgreSQL pass; always [] on SQLite. */
async function ownSchemas(): Promise<string[]> {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) return [];
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE $1 ORDER BY nspname`,
      [`tandem\\_test\\_%\\_${process.pid}\\_%`],
    );
    return rows.map((row) => row.nspname);
  } finally {
    await client.end();
  }
}
