import { type ScheduledRun, transitionalDays } from '../../domain/digestSchedule';
import type { DriftReport } from '../amendDigest';
import { formatDateTime, formatPeriod, type DigestFormat } from '../format';
import { PERIOD_EXAMPLE } from '../../domain/periods';
import type { Translator } from '../../i18n/translator';
import type { DigestRunRecord } from '../../store/repos/digestRunStore';
import type { DigestScheduleRecord } from '../../store/repos/digestScheduleStore';
import { ActionIds } from '../../slack/ids';
import { button, context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated } from '../../blockKit/text';

/** A Monday in UTC: ISO weekday n is this date plus n − 1 days. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/** An ISO weekday's name in the translator's language (1 = Monday … 7 = Sunday). */
function weekdayName(weekday: number, t: Translator): string {
  return t.date(new Date(A_MONDAY + (weekday - 1) * 86_400_000), 'cccc', 'UTC');
}

export function buildDigestHelpMessage(t: Translator): SlackMessage {
  return {
    text: t.t('digest.help.text'),
    blocks: [section(t.t('digest.help.body', { example: PERIOD_EXAMPLE }))],
  };
}

function periodOf(run: DigestRunRecord, style: DigestFormat): string {
  return formatPeriod({ start: run.periodStart, end: run.periodEnd, timeZone: style.timeZone }, style.t);
}

function link(run: DigestRunRecord, label: string): string {
  return run.permalink ? `<${run.permalink}|${label}>` : label;
}

export function buildDigestPostedMessage(
  run: DigestRunRecord,
  notes: string[],
  style: DigestFormat,
): SlackMessage {
  const { t } = style;
  const text = t.t('digest.status.posted', { period: periodOf(run, style), channel: `<#${run.channelId}>` });
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${text} ${link(run, t.t('digest.status.openIt'))}`),
      ...notes.map((note) => context(`:information_source: ${escapeMrkdwn(note)}`)),
    ],
  };
}

export function buildDigestAlreadyClaimedMessage(run: DigestRunRecord, style: DigestFormat): SlackMessage {
  const { t } = style;
  const period = periodOf(run, style);
  const text =
    run.status === 'posted'
      ? t.t('digest.status.alreadyPosted', {
          period,
          channel: `<#${run.channelId}>`,
          link: link(run, t.t('digest.status.openItInline')),
        })
      : run.status === 'posting'
        ? t.t('digest.status.beingPosted', { period })
        : t.t('digest.status.failedBefore', {
            period,
            error: escapeMrkdwn(run.lastError ?? t.t('digest.status.unknownError')),
          });
  return { text, blocks: [section(`:information_source: ${text}`)] };
}

export function buildDigestFailedMessage(
  run: DigestRunRecord,
  error: string,
  style: DigestFormat,
): SlackMessage {
  const { t } = style;
  const retry = run.nextAttemptAt
    ? t.t('digest.status.retryAt', { when: formatDateTime(run.nextAttemptAt, style.timeZone, t) })
    : t.t('digest.status.givenUp');
  const text = t.t('digest.status.couldNotPost', { period: periodOf(run, style), error, retry });
  return {
    text,
    blocks: [section(`:x: ${escapeMrkdwn(text)} ${t.t('digest.status.everyAttempt')}`)],
  };
}

function scheduleLine(
  schedule: DigestScheduleRecord | undefined,
  next: ScheduledRun | undefined,
  style: DigestFormat,
) {
  const { t } = style;
  if (!schedule) return t.t('digest.status.noSchedule');
  const cadence =
    schedule.cadenceWeeks === 1
      ? t.t('digest.status.everyWeek')
      : t.t('digest.status.everyWeeks', { count: schedule.cadenceWeeks });
  const rule = t.t('digest.status.rule', {
    cadence,
    weekday: weekdayName(schedule.weekday, t),
    time: schedule.time,
    timeZone: schedule.timeZone,
    channel: `<#${schedule.channelId}>`,
  });
  if (!schedule.enabled || !next) return t.t('digest.status.paused', { rule });
  const upcoming = t.t('digest.status.next', {
    when: formatDateTime(next.at, schedule.timeZone, t),
    period: formatPeriod(next.period, t),
  });
  const transition = transitionalDays(next.period, schedule);
  const note = transition === undefined ? '' : ` ${t.t('digest.transitional', { count: transition })}`;
  return `${t.t('digest.status.schedule', { rule })}\n${upcoming}${note}`;
}

function runLine(run: DigestRunRecord, style: DigestFormat): string {
  const { t } = style;
  const period = periodOf(run, style);
  const when = (date: Date | null) => (date ? formatDateTime(date, style.timeZone, t) : '');
  const error = escapeTruncated(run.lastError ?? '', 200);
  switch (run.status) {
    case 'posted': {
      const amended = run.amendedAt
        ? `, ${t.t('digest.status.amendedAt', { when: when(run.amendedAt) })}`
        : '';
      const note = run.lastError ? ` _(${error})_` : '';
      return `• ${period} — :white_check_mark: ${link(run, t.t('digest.status.postedLink'))} ${when(run.postedAt)}${amended}${note}`;
    }
    case 'posting':
      return `• ${period} — :hourglass: ${t.t('digest.status.runPosting', { count: run.attempts })}`;
    case 'failed':
      return `• ${period} — :warning: ${t.t('digest.status.runFailed', { count: run.attempts, error, when: when(run.nextAttemptAt) })}`;
    default:
      return `• ${period} — :x: ${t.t('digest.status.runAbandoned', { count: run.attempts, error })}`;
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
  const { t } = style;
  const blocks: KnownBlock[] = [section(scheduleLine(input.schedule, input.next, style))];
  blocks.push(
    section(
      input.runs.length === 0
        ? t.t('digest.status.noRuns')
        : `${t.t('digest.status.recent')}\n${input.runs.map((run) => runLine(run, style)).join('\n')}`,
    ),
  );
  const drifting = input.drift.filter((report) => report.drifts.length > 0);
  if (input.drift.length > 0 && drifting.length === 0) {
    blocks.push(context(t.t('digest.status.noLateData')));
  }
  for (const report of drifting) {
    blocks.push({
      ...section(
        t.t('digest.status.lateData', {
          period: periodOf(report.run, style),
          summary: escapeMrkdwn(report.summary),
        }),
      ),
      accessory: button(t.t('digest.status.postAmended'), ActionIds.digestAmend, report.run.id, 'primary'),
    });
  }
  const failures = input.runs.filter((run) => run.status === 'failed' || run.status === 'abandoned').length;
  const text = t.t('digest.status.text', {
    count: input.runs.length,
    failed: failures,
    late: drifting.length,
  });
  return { text, blocks };
}
