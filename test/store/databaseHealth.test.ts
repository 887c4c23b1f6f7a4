import type { Database } from '../../src/store/db/database';
import { checkDatabase } from '../../src/store/db/databaseHealth';
import { createTestDatabase } from '../support/testDatabase';

describe('checkDatabase', () => {
  it('reports a reachable database with its latency', async () => {
    const database = await createTestDatabase();
    try {
      await expect(checkDatabase(database, 2000)).resolves.toEqual({
        reachable: true,
        latencyMs: expect.any(Number),
      });
    } finally {
      await database.destroy();
    }
  });

  it('gives up on a database that does not answer in time', async () => {
    const hung = { prisma: { $queryRaw: () => new Promise(() => undefined) } } as unknown as Database;
    await expect(checkDatabase(hung, 30)).resolves.toEqual({ reachable: false, problem: 'timeout' });
  });

  it('reports a refused connection as unreachable, keeping the error for the log', async () => {
    const failing = {
      prisma: { $queryRaw: () => Promise.reject(new Error('ECONNREFUSED')) },
    } as unknown as Database;
    await expect(checkDatabase(failing, 1000)).resolves.toMatchObject({
      reachable: false,
      problem: 'unreachable',
      error: new Error('ECONNREFUSED'),
    });
  });
});
