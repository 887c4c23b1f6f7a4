import type { Clock } from '../../src/clock';

/** A clock tests move by hand, so time rules (undo windows, periods) are exact. */
export type TestClock = Clock & { set(at: Date | string): void; advance(milliseconds: number): void };

export function createTestClock(start: Date | string = '2026-11-23T10:00:00Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (milliseconds) => {
      current = new Date(current.getTime() + milliseconds);
    },
  };
}
