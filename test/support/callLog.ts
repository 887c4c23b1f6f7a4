import type { RecordedCall } from './recordedCall';

// Captured at load so a test that switches to fake timers still gets real waitFor timeouts.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** Returns true once it has settled, so the log can drop it. */
type Waiter = () => boolean;

function describeCall(call: RecordedCall): string {
  const { body } = call.response;
  return `${call.method} → ${call.response.status} ${body.ok === false ? String(body.error) : 'ok'}`;
}

function matchesSafely(predicate: (call: RecordedCall) => boolean, call: RecordedCall): boolean {
  try {
    return predicate(call);
  } catch {
    // A predicate that trips over a call of another shape simply does not match it.
    return false;
  }
}

/**
 * The fake's recording. Waiting is event-based: every recorded call re-checks the pending waits, because
 * the app acks Slack first and calls the Web API afterwards, so tests must wait rather than assert at once.
 */
export class CallLog {
  readonly calls: RecordedCall[] = [];
  private readonly waiters = new Set<Waiter>();

  record(call: RecordedCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) if (waiter()) this.waiters.delete(waiter);
  }

  clear(): void {
    this.calls.length = 0;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedCall> {
    const find = () =>
      this.calls.find(
        (call) => call.method === method && (predicate === undefined || matchesSafely(predicate, call)),
      );
    return this.waitUntil(
      find,
      timeoutMs,
      `a ${method} call${predicate ? ' matching the predicate' : ''}`,
      method,
    );
  }

  waitForCalls(method: string, count: number, timeoutMs = 5000): Promise<RecordedCall[]> {
    const find = () => {
      const matching = this.callsTo(method);
      return matching.length >= count ? matching.slice(0, count) : undefined;
    };
    return this.waitUntil(find, timeoutMs, `${count} ${method} call(s)`, method);
  }

  private waitUntil<T>(
    find: () => T | undefined,
    timeoutMs: number,
    what: string,
    method: string,
  ): Promise<T> {
    const immediate = find();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = () => {
        const found = find();
        if (found === undefined) return false;
        realClearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = realSetTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs}ms waiting for ${what}.\n${this.describe(method)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** What was recorded, with the bodies of the awaited method's calls, for timeout messages. */
  private describe(method: string): string {
    const recorded = this.calls.length === 0 ? '(none)' : this.calls.map(describeCall).join(', ');
    const bodies = this.callsTo(method).map((call) => `  ${JSON.stringify(call.body).slice(0, 300)}`);
    const bodyLines = bodies.length === 0 ? '' : `\nBodies of the ${method} calls:\n${bodies.join('\n')}`;
    return `Recorded calls: ${recorded}${bodyLines}`;
  }
}
