/**
 * Counts work that has started and not finished (HTTP exchanges, Slack listeners running after
 * their ack), so shutdown can wait for it instead of cutting a rep's request off half-saved.
 */
export class InFlightWork {
  private running = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.running;
  }

  /** Marks one piece of work as started; call the returned function once it ends (extra calls do nothing). */
  begin(): () => void {
    this.running += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    const end = this.begin();
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** Resolves true once nothing is running, or false when `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }
}
