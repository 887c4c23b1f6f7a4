import type { Logger } from '@slack/bolt';

/**
 * Keeps the process serving after a fault no listener caught. A rejected promise nobody awaited
 * (a library's detached work, a reply sent after its request) is logged and the process goes on:
 * every request runs in its own promise chain, so one lost chain leaves the others intact, and
 * acknowledged commands live in the database inbox either way (docs/decisions/0008). An uncaught
 * exception is logged too; Node would otherwise exit and take every request in progress with it.
 */
export function keepServingAfterFaults(target: NodeJS.Process, logger: Logger): void {
  target.on('unhandledRejection', (reason) => {
    logger.error('a promise was rejected and nothing handled it; the app keeps serving', reason);
  });
  target.on('uncaughtException', (error, origin) => {
    logger.error(`uncaught exception (${origin}); the app keeps serving`, error);
  });
}
