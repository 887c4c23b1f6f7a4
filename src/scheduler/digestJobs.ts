import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { millisecondsInDay } from 'date-fns/constants';
import { botClientOnDemand, type BotClients } from '../runtime/botClients';
import { latestRunDue, nextRun, reminderInstant, type DigestScheduleRule } from '../domain/digestSchedule';
import { buildReminderMessage } from '../digest/blocks/reminderMessage';
import { digestFormatOf } from '../digest/composeDigest';
import type { DigestRunner } from '../digest/digestRunner';
import type { Store } from '../store';
import type { DigestScheduleRecord } from '../store/digestScheduleStore';
import type { WeakRecord } from '../store/digestReminderStore';
import type { TeamRecord } from '../store/teamStore';

export type DigestJobDependencies = {
  store: Store;
  runner: DigestRunner;
  clients: BotClients;
  logger: Logger;
};

/** What a job could not do this tick (a post Slack refused, a workspace without Tandem); it is retried or logged. */
export type JobReport = { failures: number };

/** Weak records loaded per kind for the reminders; a rep rarely has more than a handful. */
const WEAK_RECORDS_LOADED = 500;

export function ruleOf(schedule: DigestScheduleRecord): DigestScheduleRule {
  return {
    weekday: schedule.weekday,
    time: schedule.time,
    timeZone: schedule.timeZone,
    cadenceWeeks: schedule.cadenceWeeks,
    anchorDate: schedule.anchorDate,
  };
}

/**
 * Posts each team's latest due digest that has no run yet: on time, or once at start-up after
 * the app was down through its time. The run row's claim makes a second instance skip it.
 */
export async function postDueDigests(deps: DigestJobDependencies, now: Date): Promise<JobReport> {
  let failures = 0;
  for (const { schedule, team } of await deps.store.digestSchedules.enabled()) {
    const run = latestRunDue(ruleOf(schedule), now);
    if (!run || (await deps.store.digestRuns.forPeriod(team.id, run.period))) continue;
    const outcome = await deps.runner.postPeriod({
      team,
      period: run.period,
      channelId: schedule.channelId,
      trigger: 'schedule',
      now,
    });
    if (outcome.kind === 'failed') {
      failures += 1;
      deps.logger.warn(`scheduled digest of team ${team.id} failed: ${outcome.error}`);
    }
  }
  return { failures };
}

/** Retries failed digests whose backoff has passed. */
export async function retryFailedDigests(deps: DigestJobDependencies, now: Date): Promise<JobReport> {
  const outcomes = await deps.runner.retryDue(now);
  return { failures: outcomes.filter((outcome) => outcome.kind === 'failed').length };
}

function byOwner(records: WeakRecord[]): Map<string, WeakRecord[]> {
  const owners = new Map<string, WeakRecord[]>();
  for (const record of records) owners.set(record.ownerId, [...(owners.get(record.ownerId) ?? []), record]);
  return owners;
}

async function remindTeam(
  deps: DigestJobDependencies,
  team: TeamRecord,
  schedule: DigestScheduleRecord,
  now: Date,
): Promise<number> {
  const rule = ruleOf(schedule);
  const run = nextRun(rule, now);
  if (now.getTime() < reminderInstant(rule, run).getTime()) return 0;
  const records = await deps.store.digestReminders.weakRecords(
    team.id,
    {
      staleBefore: new Date(now.getTime() - team.staleDealDays * millisecondsInDay),
      leadsFrom: run.period.start,
      leadsUntil: now,
    },
    WEAK_RECORDS_LOADED,
  );
  const clientOf = botClientOnDemand(deps.clients, team);
  let failures = 0;
  let skipped = 0;
  for (const [ownerId, owned] of byOwner(records)) {
    if (!(await deps.store.digestReminders.claim(team.id, run.period.end, ownerId, owned.length, now)))
      continue;
    let client: WebClient | null;
    try {
      client = await clientOf();
    } catch (error) {
      await deps.store.digestReminders.release(team.id, run.period.end, ownerId);
      throw error;
    }
    // Without an installation nothing can be sent; the claim stays, so this digest's reminder is not tried again.
    if (!client) {
      skipped += 1;
      continue;
    }
    const message = buildReminderMessage({
      records: owned,
      runAt: run.at,
      period: run.period,
      staleDealDays: team.staleDealDays,
      now,
      style: digestFormatOf(team, run.period),
    });
    try {
      await client.chat.postMessage({ channel: ownerId, ...message });
    } catch (error) {
      failures += 1;
      deps.logger.warn(`pre-digest reminder to ${ownerId} failed; it is tried again on the next tick`, error);
      await deps.store.digestReminders.release(team.id, run.period.end, ownerId);
    }
  }
  if (skipped > 0)
    deps.logger.warn(
      `${skipped} pre-digest reminder(s) of team ${team.id} skipped: Tandem has no active installation in ${team.slackTeamId}`,
    );
  return failures + skipped;
}

/**
 * The day before each digest, DMs every rep whose records would weaken it (stale deals, open
 * deals without a value, leads of the period without a source), once; reps with nothing due get
 * nothing.
 */
export async function sendPreDigestReminders(deps: DigestJobDependencies, now: Date): Promise<JobReport> {
  let failures = 0;
  for (const { schedule, team } of await deps.store.digestSchedules.enabled()) {
    failures += await remindTeam(deps, team, schedule, now);
  }
  return { failures };
}
