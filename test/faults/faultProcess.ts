import type { ChildProcess } from 'node:child_process';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../support/slackRequests';
// The compiled entry point (built when stale as tandemProcess loads): it starts in about half the
// time tsx takes, and the kill suite restarts it 20 times per engine.
import { exitOf, freePort, startTandem, stopTandem } from '../support/tandemProcess';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/**
 * Tandem as a process (the real entry point) on a migrated test database of the engine under test,
 * with a fake Slack; `kill()` is SIGKILL and `restart()` starts it again on the same port and data.
 */
export type FaultRig = {
  fake: FakeSlackApi;
  slack: SlackRequester;
  database: TestDatabase;
  child(): ChildProcess;
  output(): string;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** A second instance on the same database and fake Slack (another port); stopped by `close()`. */
  startSecondInstance(): Promise<SlackRequester>;
  close(): Promise<void>;
};

/** Short enough that a restarted instance takes over a killed one's commands within a test's patience. */
export const FAULT_LEASE_SECONDS = 1;

export async function startFaultRig(extraEnvironment: Record<string, string> = {}): Promise<FaultRig> {
  const fake = await startFakeSlackApi();
  const database = await createTestDatabase();
  const port = await freePort();
  const environment = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: database.url,
    COMMAND_LEASE_SECONDS: String(FAULT_LEASE_SECONDS),
    LOG_LEVEL: 'info',
    ...extraEnvironment,
  };
  let running = await startTandem(environment);
  let earlierOutput = '';
  const others: ChildProcess[] = [];
  const slack = createSlackRequester({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake,
  });
  return {
    fake,
    slack,
    database,
    child: () => running.child,
    output: () => earlierOutput + running.output(),
    async kill() {
      const exited = exitOf(running.child);
      running.child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      earlierOutput += running.output();
      running = await startTandem(environment);
    },
    async startSecondInstance() {
      const otherPort = await freePort();
      const other = await startTandem({ ...environment, PORT: String(otherPort) });
      others.push(other.child);
      return createSlackRequester({
        appUrl: `http://127.0.0.1:${otherPort}/slack/events`,
        signingSecret: SIGNING_SECRET,
        fake,
      });
    },
    async close() {
      await Promise.all(others.map((other) => stopTandem(other)));
      await stopTandem(running.child);
      await database.destroy();
      await fake.close();
    },
  };
}
