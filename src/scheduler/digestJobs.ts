import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { latestRunDue, nextRun, reminderInstant, type DigestScheduleRule } from '../domain/digestSchedule';
import { buildReminderMessage } from '../digest/blocks/reminderMessage';
import { digestFormatOf } from '../digest/composeDigest';
import type { DigestRunner } from '../digest/digestRunner';
import type { Store } from '../store';
import type { DigestScheduleRecord } from '../store/digestScheduleStore';
import type { WeakRecord } from '../store/digestReminderStore';
import type { TeamRecord } from '../store/teamStore';

export type DigestJobDependencies = { store: Store; runner: DigestRunner; client: WebClient; logger: Logger };

/** Weak records loaded per kind for the reminders; a rep rarely has more than a handful. */
const WEAK_RECORDS_LOADED = 500;
const DAY_MS = 86_400_000;

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
export async function postDueDigests(deps: DigestJobDependencies, now: Date): Promise<void> {
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
    if (outcome.kind === 'failed')
      deps.logger.warn(`scheduled digest of team ${team.id} failed: ${outcome.error}`);
  }
}

/** Retries failed digests whose backoff has passed. */
export async function retryFailedDigests(deps: DigestJobDependencies, now: Date): Promise<void> {
  await deps.runner.retryDue(now);
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
): Promise<void> {
  const rule = ruleOf(schedule);
  const run = nextRun(rule, now);
  if (now.getTime() < reminderInstant(rule, run).getTime()) return;
  const records = await deps.store.digestReminders.weakRecords(
    team.id,
    {
      staleBefore: new Date(now.getTime() - team.staleDealDays * DAY_MS),
      leadsFrom: run.period.start,
      leadsUntil: now,
    },
    WEAK_RECORDS_LOADED,
  );
  for (const [ownerId, owned] of byOwner(records)) {
    if (!(await deps.store.digestReminders.claim(team.id, run.period.end, ownerId, owned.length, now)))
      continue;
    const message = buildReminderMessage({
      records: owned,
      runAt: run.at,
      period: run.period,
      staleDealDays: team.staleDealDays,
      now,
      style: digestFormatOf(team, run.period),
    });
    try {
      await deps.client.chat.postMessage({ channel: ownerId, ...message });
    } catch (error) {
      deps.logger.warn(`pre-digest reminder to ${ownerId} failed; it is tried again on the next tick`, error);
      await deps.store.digestReminders.release(team.id, run.period.end, ownerId);
    }
  }
}

/**
 * The day before each digest, DMs every rep whose records would weaken it (stale deals, open
 * deals without a value, leads of the period without a source), once; reps with nothing due get
 * nothing.
 */
export async function sendPreDigestReminders(deps: DigestJobDependencies, now: Date): Promise<void> {
  for (const { schedule, team } of await deps.store.digestSchedules.enabled()) {
    await remindTeam(deps, team, schedule, now);
  }
}
