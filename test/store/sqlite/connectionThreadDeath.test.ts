import type { Worker as WorkerThread } from 'node:worker_threads';
import { testDatabaseProvider } from '../../support/testDatabase';
import { startTestApp, type TestApp } from '../../support/testApp';
import { leadRow, run } from '../../slack/pipelineSupport';

/** Every worker thread this test file starts: the SQLite connection threads among them. */
const workers: WorkerThread[] = [];
jest.mock('node:worker_threads', () => {
  const actual = jest.requireActual<typeof import('node:worker_threads')>('node:worker_threads');
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      workers.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

let t: TestApp;

async function health(): Promise<{
  status: number;
  body: { status: string; database: { reachable: boolean } };
}> {
  const response = await fetch(`${t.baseUrl}/healthz`);
  return { status: response.status, body: (await response.json()) as never };
}

/** Kills the connection thread as a crash would (it exits; nothing closes it first). */
async function killConnectionThread(): Promise<void> {
  const connection = workers.filter((worker) => worker.threadId > 0).at(-1);
  if (!connection) throw new Error('no SQLite connection thread started');
  const exited = new Promise((resolve) => connection.once('exit', resolve));
  await connection.terminate();
  await exited;
}

(testDatabaseProvider() === 'sqlite' ? describe : describe.skip)('the SQLite connection thread dying', () => {
  beforeEach(async () => {
    t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  });

  afterEach(async () => {
    await t.close();
  });

  it('costs only the calls in flight: the next command and /healthz start a new thread and work', async () => {
    await run(t, '/lead', 'Acme Corp');
    expect((await health()).body.database.reachable).toBe(true);
    const threadsBefore = workers.length;

    await killConnectionThread();

    const healthAfter = await health();
    expect(healthAfter).toMatchObject({ status: 200, body: { status: 'ok', database: { reachable: true } } });
    const added = await run(t, '/lead', 'Beta Ltd');
    expect(added.text).toContain('Added `L-2`');
    expect(await leadRow(t, 2)).toMatchObject({ company: 'Beta Ltd' });
    expect(workers.length).toBe(threadsBefore + 1);
  });
});
