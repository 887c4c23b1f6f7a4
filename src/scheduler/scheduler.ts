import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock';
import {
  postDueDigests,
  retryFailedDigests,
  sendPreDigestReminders,
  type DigestJobDependencies,
  type JobReport,
} from './digestJobs';
import { remindOverdueActionItems } from './actionItemReminders';

/** How often the scheduler looks for due jobs; each job is idempotent, so a missed tick only delays. */
export const SCHEDULER_INTERVAL_MS = 60_000;

/** One run of every due job, as `GET /healthz` reports it: counts only, no team or user ids. */
export type SchedulerRun = {
  /** The time the jobs ran for (ISO 8601). */
  at: string;
  durationMs: number;
  /** `failed` when a job threw or something due could not be done (it is retried or logged). */
  outcome: 'ok' | 'failed';
  jobsRun: number;
  /** Jobs that threw, by name. */
  jobsFailed: string[];
  /** Digests and reminders that failed inside the jobs (Slack refused them, no installation). */
  itemsFailed: number;
};

export type SchedulerStatus = {
  /** `idle` before start; `running` on its timer; `manual` without one (jobs run when called); `stopped`. */
  state: 'idle' | 'running' | 'manual' | 'stopped';
  intervalMs: number;
  lastRun: SchedulerRun | null;
};

export type Scheduler = {
  /** Runs every due job once for `now`; tests call it directly with a hand-set time. */
  runDueJobs(now: Date): Promise<SchedulerRun>;
  /** Runs the jobs at once (catching up on runs missed while down), then every interval. */
  start(): void;
  stop(): Promise<void>;
  status(): SchedulerStatus;
};

export function createScheduler(
  deps: DigestJobDependencies & { clock: Clock; logger: Logger },
  intervalMs = SCHEDULER_INTERVAL_MS,
): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let state: SchedulerStatus['state'] = 'idle';
  let lastRun: SchedulerRun | null = null;

  const jobs: [string, (now: Date) => Promise<JobReport>][] = [
    ['post due digests', (now) => postDueDigests(deps, now)],
    ['retry failed digests', (now) => retryFailedDigests(deps, now)],
    ['pre-digest reminders', (now) => sendPreDigestReminders(deps, now)],
    ['overdue action-item reminders', (now) => remindOverdueActionItems(deps, now)],
  ];

  async function runDueJobs(now: Date): Promise<SchedulerRun> {
    const started = performance.now();
    const jobsFailed: string[] = [];
    let itemsFailed = 0;
    for (const [name, job] of jobs) {
      try {
        itemsFailed += (await job(now)).failures;
      } catch (error) {
        jobsFailed.push(name);
        deps.logger.error(`scheduled job "${name}" failed`, error);
      }
    }
    lastRun = {
      at: now.toISOString(),
      durationMs: Math.round(performance.now() - started),
      outcome: jobsFailed.length === 0 && itemsFailed === 0 ? 'ok' : 'failed',
      jobsRun: jobs.length,
      jobsFailed,
      itemsFailed,
    };
    return lastRun;
  }

  // Ticks never overlap: a slow tick makes the next one wait instead of running beside it.
  const enqueue = (now: () => Date): Promise<SchedulerRun> => {
    const run = running.then(() => runDueJobs(now()));
    running = run;
    return run;
  };

  return {
    runDueJobs: (now) => enqueue(() => now),
    start() {
      if (timer || state === 'stopped') return;
      if (intervalMs <= 0) {
        state = 'manual';
        return;
      }
      state = 'running';
      void enqueue(() => deps.clock.now());
      timer = setInterval(() => void enqueue(() => deps.clock.now()), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      state = 'stopped';
      await running;
    },
    status: () => ({ state, intervalMs, lastRun }),
  };
}
