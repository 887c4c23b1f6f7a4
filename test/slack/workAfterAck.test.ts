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
    expect(queue.load).toEqual({ running: 2, waiting: 2, turnedAway: 0 });

    gates[1]?.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    expect(queue.load).toEqual({ running: 2, waiting: 1, turnedAway: 0 });

    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 10, 20, 30]);
    expect(queue.load).toEqual({ running: 0, waiting: 0, turnedAway: 0 });
  });

  it('frees the turn of work that fails', async () => {
    const queue = new WorkAfterAck(1);
    await expect(queue.run(() => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await queue.run(async () => 'next')).toBe('next');
    expect(queue.load).toEqual({ running: 0, waiting: 0, turnedAway: 0 });
  });

  it('admits work while a turn or a place in the queue is free, and counts what it turns away', async () => {
    const queue = new WorkAfterAck(1, 1);
    const gate = deferred();
    expect(queue.admit()).toBe(true);
    const running = queue.run(() => gate.promise);
    expect(queue.admit()).toBe(true);
    const waiting = queue.run(async () => 'waited');
    expect(queue.admit()).toBe(false);
    expect(queue.admit()).toBe(false);
    expect(queue.load).toEqual({ running: 1, waiting: 1, turnedAway: 2 });
    gate.resolve();
    await running;
    expect(await waiting).toBe('waited');
    expect(queue.admit()).toBe(true);
    expect(queue.load).toEqual({ running: 0, waiting: 0, turnedAway: 2 });
  });

  it('refuses bounds that would never run anything or make no sense', () => {
    expect(() => new WorkAfterAck(0)).toThrow('positive integer');
    expect(() => new WorkAfterAck(1, -1)).toThrow('whole number');
  });
});
