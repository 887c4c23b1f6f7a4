/** The current time, injected so tests and scheduled jobs can fix it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
