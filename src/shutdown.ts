import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import type { InFlightWork } from './runtime/inFlightWork';
import type { Scheduler } from './scheduler/scheduler';

/** How long shutdown waits for in-flight requests and a running scheduler tick before closing anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

function settlesWithin(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs));
  });
  return Promise.race([work.then(() => true), timedOut]).finally(() => clearTimeout(timer));
}

/**
 * Stops taking requests (the port closes, Socket Mode disconnects), lets requests and listeners
 * already running finish, and stops the scheduler after its current tick, all within `graceMs`.
 * Resolves `finished: false` when the grace period ran out with work still running (it is then
 * abandoned: open connections are cut).
 */
export async function stopGracefully(parts: {
  bolt: App;
  server: Server | undefined;
  inFlight: InFlightWork;
  scheduler: Scheduler;
  graceMs: number;
}): Promise<{ finished: boolean }> {
  const { server, inFlight, graceMs } = parts;
  const deadline = Date.now() + graceMs;
  const schedulerStopped = parts.scheduler.stop();
  const receiverStopped = parts.bolt.stop();
  const requestsFinished = await inFlight.drain(graceMs);
  // Answered requests leave keep-alive connections open, which would hold the port until they time out.
  server?.closeIdleConnections();
  const closed = await settlesWithin(receiverStopped, deadline - Date.now());
  if (!closed) server?.closeAllConnections();
  await receiverStopped;
  const schedulerFinished = await settlesWithin(schedulerStopped, deadline - Date.now());
  return { finished: requestsFinished && closed && schedulerFinished };
}
