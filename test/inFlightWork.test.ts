import { InFlightWork } from '../src/runtime/inFlightWork';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('InFlightWork', () => {
  it('drains at once when nothing runs', async () => {
    await expect(new InFlightWork().drain(10)).resolves.toBe(true);
  });

  it('waits for tracked work and begun work to end', async () => {
    const work = new InFlightWork();
    const listener = deferred();
    const tracked = work.track(() => listener.promise);
    const end = work.begin();
    expect(work.size).toBe(2);
    const drained = work.drain(5000);
    listener.resolve();
    await tracked;
    end();
    end();
    await expect(drained).resolves.toBe(true);
    expect(work.size).toBe(0);
  });

  it('gives up after the timeout and says so', async () => {
    const work = new InFlightWork();
    work.begin();
    await expect(work.drain(20)).resolves.toBe(false);
  });

  it('ends tracked work that fails', async () => {
    const work = new InFlightWork();
    await expect(work.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(work.size).toBe(0);
  });
});
