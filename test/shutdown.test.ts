import { startTestApp, type TestApp } from './support/testApp';

/** `TandemApp.stop()`: waits for listeners still working after their ack, but not forever. */
let t: TestApp | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Registers `/slow`, whose listener acks, then works until `finish` settles. */
function slowCommand(app: TestApp, finish: () => Promise<unknown>, done: string[]): void {
  app.app.bolt.command('/slow', async ({ ack }) => {
    await ack();
    await finish();
    done.push('slow work saved');
  });
}

const after = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));

describe('stop()', () => {
  it('lets a listener that already acked finish before it resolves', async () => {
    t = await startTestApp({ shutdownGraceMs: 5000 });
    const done: string[] = [];
    slowCommand(t, after(300), done);
    expect((await t.slack.sendCommand({ command: '/slow' })).status).toBe(200);

    await expect(t.app.stop()).resolves.toEqual({ finished: true });
    expect(done).toEqual(['slow work saved']);
  });

  it('gives up after the grace period and says the work was not finished', async () => {
    t = await startTestApp({ shutdownGraceMs: 100 });
    const done: string[] = [];
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    slowCommand(t, () => released, done);
    await t.slack.sendCommand({ command: '/slow' });

    const started = Date.now();
    await expect(t.app.stop()).resolves.toEqual({ finished: false });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(done).toEqual([]);
    release();
  });

  it('can be called twice (SIGTERM then SIGINT) and stops once', async () => {
    t = await startTestApp();
    // A first request also waits for Bolt's start-up auth.test, which must not outlive the fake Slack API.
    slowCommand(t, after(0), []);
    await t.slack.sendCommand({ command: '/slow' });
    const [first, second] = await Promise.all([t.app.stop(), t.app.stop()]);
    expect(first).toEqual({ finished: true });
    expect(second).toBe(first);
  });
});
