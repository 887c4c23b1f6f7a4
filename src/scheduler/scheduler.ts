import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock';
import {
  postDueDigests,
  retryFailedDigests,
  sendPreDigestReminders,
  type DigestJobDependencies,
} from './digestJobs';
import { remindOverdueActionItems } from './actionItemReminders';

/** How often the scheduler looks for due jobs; each job is idempotent, so a missed tick only delays. */
export const SCHEDULER_INTERVAL_MS = 60_000;

export type Scheduler = {
  /** Runs every due job once for `now`; tests call it directly with a hand-set time. */
  runDueJobs(now: Date): Promise<void>;
  /** Runs the jobs at once (catching up on runs missed while down), then every interval. */
  start(): void;
  stop(): Promise<void>;
};

export function createScheduler(
  deps: DigestJobDependencies & { clock: Clock; logger: Logger },
  intervalMs = SCHEDULER_INTERVAL_MS,
): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const jobs: [string, (now: Date) => Promise<void>][] = [
    ['post due digests', (now) => postDueDigests(deps, now)],
    ['retry failed digests', (now) => retryFailedDigests(deps, now)],
    ['pre-digest reminders', (now) => sendPreDigestReminders(deps, now)],
    ['overdue action-item reminders', (now) => remindOverdueActionItems(deps, now)],
  ];

  async function runDueJobs(now: Date): Promise<void> {
    for (const [name, job] of jobs) {
      try {
        await job(now);
      } catch (error) {
        deps.logger.error(`scheduled job "${name}" failed`, error);
      }
    }
  }

  // Ticks never overlap: a slow tick makes the next one wait instead of running beside it.
  const tick = () => {
    running = running.then(() => runDueJobs(deps.clock.now()));
    return running;
  };

  return {
    runDueJobs: (now) => {
      running = running.then(() => runDueJobs(now));
      return running;
    },
    start() {
      if (timer || intervalMs <= 0) return;
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
