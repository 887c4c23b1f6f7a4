import { WorkAfterAck } from '../../src/slack/workAfterAck';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Lets every turn of the event loop that is ready run (work starts on a later turn than `run`). */
async function settled(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
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
    await settled();
    expect(started).toEqual([0, 1]);
    expect(queue.load).toEqual({ running: 2, waiting: 2, turnedAway: 0 });

    gates[1]?.resolve();
    await settled();
    expect(started).toEqual([0, 1, 2]);
    expect(queue.load).toEqual({ running: 2, waiting: 1, turnedAway: 0 });

    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 10, 20, 30]);
    expect(queue.load).toEqual({ running: 0, waiting: 0, turnedAway: 0 });
  });

  it('starts work on a later turn of the event loop, after what is already waiting to run', async () => {
    const queue = new WorkAfterAck(1);
    const order: string[] = [];
    // A request that arrived meanwhile, whose handling is already due on the event loop.
    setImmediate(() => order.push('next request'));
    const running = queue.run(async () => {
      order.push('work');
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    await running;
    expect(order).toEqual(['next request', 'work']);
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

  it('reports turned-away work at most once per interval, counting what came since the last report', async () => {
    const queue = new WorkAfterAck(1, 0);
    const gate = deferred();
    const running = queue.run(() => gate.promise);
    expect(queue.turnedAwayToReport(0, 1000)).toBeUndefined();
    queue.admit();
    expect(queue.turnedAwayToReport(0, 1000)).toBe(1);
    queue.admit();
    queue.admit();
    expect(queue.turnedAwayToReport(999, 1000)).toBeUndefined();
    expect(queue.turnedAwayToReport(1000, 1000)).toBe(2);
    expect(queue.turnedAwayToReport(5000, 1000)).toBeUndefined();
    gate.resolve();
    await running;
  });

  it('refuses bounds that would never run anything or make no sense', () => {
    expect(() => new WorkAfterAck(0)).toThrow('positive integer');
    expect(() => new WorkAfterAck(1, -1)).toThrow('whole number');
  });
});
