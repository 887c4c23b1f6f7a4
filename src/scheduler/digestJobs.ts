import type { Logger } from '@slack/bolt';
import PQueue from 'p-queue';
import type { WebClient } from '@slack/web-api';
import { millisecondsInDay } from 'date-fns/constants';
import { botClientOnDemand, type BotClients } from '../runtime/botClients';
import { latestRunDue, nextRun, reminderInstant, type DigestScheduleRule } from '../domain/digestSchedule';
import { buildReminderMessage } from '../digest/blocks/reminderMessage';
import { digestFormatOf } from '../digest/composeDigest';
import { periodAfterLastDigest } from '../digest/continuingPeriod';
import type { DigestRunner } from '../digest/digestRunner';
import { readerTranslator } from '../people/readerLanguage';
import type { SlackUsers } from '../people/slackUsers';
import type { Store } from '../store';
import type { DigestScheduleRecord } from '../store/repos/digestScheduleStore';
import type { WeakRecord } from '../store/repos/digestReminderStore';
import type { TeamRecord } from '../store/repos/teamStore';
import type { SlackPacer } from '../runtime/slackPacing';

export type DigestJobDependencies = {
  store: Store;
  runner: DigestRunner;
  clients: BotClients;
  logger: Logger;
  /** users.info, cached: a DM is in its reader's language, their Slack locale included. */
  users?: SlackUsers;
  /** Keeps the pre-digest reminder DMs within Slack's limits, together with the digests. */
  pacer: SlackPacer;
  /** Digests composed and posted at once by this instance (DIGEST_WORKERS_DEFAULT when unset). */
  digestWorkers?: number;
};

/**
 * A digest spends most of its time waiting for Slack's per-channel pace (about a second per
 * message), not working, so an instance posts many at once; the bound keeps memory and database
 * connections in check when a thousand teams fall due in the same minute.
 */
export const DIGEST_WORKERS_DEFAULT = 32;

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
 * the app was down through its time. Its period continues from the team's latest digest, so a
 * schedule change gives one transitional period instead of an overlap or a gap. The runs that
 * exist are looked up in a few batched queries, the rest are posted by a bounded pool of workers;
 * each run row's claim makes a second instance skip it.
 */
export async function postDueDigests(deps: DigestJobDependencies, now: Date): Promise<JobReport> {
  const due = (await deps.store.digestSchedules.enabled()).flatMap(({ schedule, team }) => {
    const run = latestRunDue(ruleOf(schedule), now);
    return run ? [{ schedule, team, teamId: team.id, period: run.period }] : [];
  });
  const alreadyRun = await deps.store.digestRuns.teamsWithRuns(due);
  let failures = 0;
  const workers = new PQueue({ concurrency: deps.digestWorkers ?? DIGEST_WORKERS_DEFAULT });
  await workers.addAll(
    due
      .filter(({ teamId }) => !alreadyRun.has(teamId))
      .map(({ schedule, team, period: nominal }) => async () => {
        const { period } = await periodAfterLastDigest(deps.store, team.id, nominal);
        if (!period || (await deps.store.digestRuns.forPeriod(team.id, period))) return;
        // The claim inside postPeriod decides, once per team and period, which instance posts.
        const outcome = await deps.runner.postPeriod({
          team,
          period,
          channelId: schedule.channelId,
          trigger: 'schedule',
          now,
        });
        if (outcome.kind === 'failed') {
          failures += 1;
          deps.logger.warn(`scheduled digest of team ${team.id} failed: ${outcome.error}`);
        }
      }),
  );
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
      teamId: team.id,
      records: owned,
      runAt: run.at,
      period: run.period,
      staleDealDays: team.staleDealDays,
      now,
      style: { ...digestFormatOf(team, run.period), t: await readerTranslator(deps, team, ownerId, client) },
    });
    try {
      const sender = client;
      await deps.pacer.paced(
        { workspace: team.slackTeamId, method: 'chat.postMessage', channelId: ownerId },
        () => sender.chat.postMessage({ channel: ownerId, ...message }),
      );
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
