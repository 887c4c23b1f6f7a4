import { WorkAfterAck } from '../../src/slack/workAfterAck';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('WorkAfterAck', () => {
  it('runs at most `limit` pieces of work at once and starts the rest in arrival order', async () => {
    const queue = new WorkAfterAck(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      queue.run(async () => {
        started.push(index);
        await gate.promise;
        return index * 10;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(queue.load).toEqual({ running: 2, waiting: 2 });

    gates[1]?.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });

    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 10, 20, 30]);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the turn of work that fails', async () => {
    const queue = new WorkAfterAck(1);
    await expect(queue.run(() => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await queue.run(async () => 'next')).toBe('next');
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a limit that would never run anything', () => {
    expect(() => new WorkAfterAck(0)).toThrow('positive integer');
  });
});
