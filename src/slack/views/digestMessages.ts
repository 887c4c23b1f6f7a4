import { WEEKDAY_NAMES, type ScheduledRun } from '../../domain/digestSchedule';
import type { DriftReport } from '../../digest/amendDigest';
import { formatDateTime, formatPeriod, type DigestFormat } from '../../digest/format';
import { PERIOD_EXAMPLE } from '../../domain/periods';
import type { DigestRunRecord } from '../../store/digestRunStore';
import type { DigestScheduleRecord } from '../../store/digestScheduleStore';
import { ActionIds } from '../ids';
import { button, context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate } from './text';

export function buildDigestHelpMessage(): SlackMessage {
  return {
    text: 'How to use /digest',
    blocks: [
      section(
        [
          '*/digest* — the biweekly sales–marketing digest',
          '• `/digest preview` — the digest of the last full period, only to you',
          `• \`/digest preview ${PERIOD_EXAMPLE}\` — any period (first and last day)`,
          '• `/digest post` — post the last full period to this channel now (once per period)',
          '• `/digest export [period]` — the leads, deals and KPIs of a period, as CSV files in this channel',
          '• `/digest schedule` — channel, day, time, time zone and cadence of the automatic digest',
          '• `/digest status` — recent digests, failures, the next run and late data since posting',
        ].join('\n'),
      ),
    ],
  };
}

function periodOf(run: DigestRunRecord, style: DigestFormat): string {
  return formatPeriod({ start: run.periodStart, end: run.periodEnd, timeZone: style.timeZone }, style.locale);
}

function link(run: DigestRunRecord, label: string): string {
  return run.permalink ? `<${run.permalink}|${label}>` : label;
}

export function buildDigestPostedMessage(
  run: DigestRunRecord,
  notes: string[],
  style: DigestFormat,
): SlackMessage {
  const text = `Posted the digest for ${periodOf(run, style)} in <#${run.channelId}>.`;
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${text} ${link(run, 'Open it')}`),
      ...notes.map((note) => context(`:information_source: ${escapeMrkdwn(note)}`)),
    ],
  };
}

export function buildDigestAlreadyClaimedMessage(run: DigestRunRecord, style: DigestFormat): SlackMessage {
  const period = periodOf(run, style);
  const state =
    run.status === 'posted'
      ? `was already posted in <#${run.channelId}> (${link(run, 'open it')}). Each period is posted once; \`/digest status\` shows late data and can post amended figures.`
      : run.status === 'posting'
        ? 'is being posted right now.'
        : `failed before (${escapeMrkdwn(run.lastError ?? 'unknown error')}); it is retried automatically — see \`/digest status\`.`;
  return {
    text: `The digest for ${period} ${state}`,
    blocks: [section(`:information_source: The digest for ${period} ${state}`)],
  };
}

export function buildDigestFailedMessage(
  run: DigestRunRecord,
  error: string,
  style: DigestFormat,
): SlackMessage {
  const retry = run.nextAttemptAt
    ? `Tandem tries again at ${formatDateTime(run.nextAttemptAt, style.timeZone, style.locale)}.`
    : 'Tandem has given up on it after several attempts.';
  const text = `The digest for ${periodOf(run, style)} could not be posted: ${error}. ${retry}`;
  return { text, blocks: [section(`:x: ${escapeMrkdwn(text)} \`/digest status\` shows every attempt.`)] };
}

function scheduleLine(
  schedule: DigestScheduleRecord | undefined,
  next: ScheduledRun | undefined,
  style: DigestFormat,
) {
  if (!schedule) {
    return '*Schedule*: none yet. `/digest schedule` sets one (default: every 2 weeks, Monday 09:00 in the team time zone).';
  }
  const cadence = schedule.cadenceWeeks === 1 ? 'every week' : `every ${schedule.cadenceWeeks} weeks`;
  const rule = `${cadence} on ${WEEKDAY_NAMES[schedule.weekday - 1] ?? '?'} at ${schedule.time} (${schedule.timeZone}) in <#${schedule.channelId}>`;
  if (!schedule.enabled || !next) return `*Schedule*: paused (${rule}).`;
  return `*Schedule*: ${rule}.\n*Next digest*: ${formatDateTime(next.at, schedule.timeZone, style.locale)}, reporting ${formatPeriod(next.period, style.locale)}.`;
}

function runLine(run: DigestRunRecord, style: DigestFormat): string {
  const period = periodOf(run, style);
  const when = (date: Date | null) => (date ? formatDateTime(date, style.timeZone, style.locale) : '');
  switch (run.status) {
    case 'posted': {
      const amended = run.amendedAt ? `, amended ${when(run.amendedAt)}` : '';
      const note = run.lastError ? ` _(${escapeMrkdwn(truncate(run.lastError, 200))})_` : '';
      return `• ${period} — :white_check_mark: ${link(run, 'posted')} ${when(run.postedAt)}${amended}${note}`;
    }
    case 'posting':
      return `• ${period} — :hourglass: posting (attempt ${run.attempts})`;
    case 'failed':
      return `• ${period} — :warning: failed ${run.attempts}× (${escapeMrkdwn(truncate(run.lastError ?? '', 200))}); next try ${when(run.nextAttemptAt)}`;
    default:
      return `• ${period} — :x: given up after ${run.attempts} attempts (${escapeMrkdwn(truncate(run.lastError ?? '', 200))})`;
  }
}

/** `/digest status`: the schedule and next run, recent runs with failures, and drift with an amend button. */
export function buildDigestStatusMessage(input: {
  schedule: DigestScheduleRecord | undefined;
  next: ScheduledRun | undefined;
  runs: DigestRunRecord[];
  drift: DriftReport[];
  style: DigestFormat;
}): SlackMessage {
  const { style } = input;
  const blocks: KnownBlock[] = [section(scheduleLine(input.schedule, input.next, style))];
  blocks.push(
    section(
      input.runs.length === 0
        ? '*Recent digests*: none yet. `/digest post` posts the last full period now.'
        : `*Recent digests*\n${input.runs.map((run) => runLine(run, style)).join('\n')}`,
    ),
  );
  const drifting = input.drift.filter((report) => report.drifts.length > 0);
  if (input.drift.length > 0 && drifting.length === 0) {
    blocks.push(context('No late data: the posted figures still hold.'));
  }
  for (const report of drifting) {
    blocks.push({
      ...section(`*Late data* for ${periodOf(report.run, style)}: ${escapeMrkdwn(report.summary)}.`),
      accessory: button('Post amended figures', ActionIds.digestAmend, report.run.id, 'primary'),
    });
  }
  const failures = input.runs.filter((run) => run.status === 'failed' || run.status === 'abandoned').length;
  const text = `Digest status: ${input.runs.length} recent, ${failures} failed, ${drifting.length} with late data`;
  return { text, blocks };
}
