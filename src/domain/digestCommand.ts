import type { DigestScheduleRule } from './digestSchedule';
import { CADENCE_CHOICES } from './digestSchedule';
import { type FieldProblem, type Parsed, problem, because } from './inputError';
import { parsePeriod, PERIOD_EXAMPLE } from './periods';

/** What `/digest <text>` asks for; a period stays text until the team's time zone is known. */
export type DigestCommand =
  | { kind: 'help' }
  | { kind: 'preview'; period?: string }
  | { kind: 'post'; period?: string }
  | { kind: 'export'; period?: string }
  | { kind: 'schedule' }
  | { kind: 'status' };

const VERBS = ['preview', 'post', 'export', 'schedule', 'status', 'help'] as const;

/** Parses `/digest`: `preview [period]`, `post [period]`, `export [period]`, `schedule`, `status`, `help`. */
export function parseDigestCommand(text: string): Parsed<DigestCommand> {
  const [verb = '', ...rest] = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const argument = rest.join(' ');
  const lower = verb.toLowerCase();
  if (lower === '' || lower === 'help') return { ok: true, value: { kind: 'help' } };
  if (lower === 'schedule' || lower === 'status') {
    if (argument !== '') {
      return {
        ok: false,
        problems: [
          problem(lower, because('problem.digest.takesNothing', { verb: lower }), `/digest ${lower}`),
        ],
      };
    }
    return { ok: true, value: { kind: lower } };
  }
  if (lower === 'preview' || lower === 'post' || lower === 'export') {
    if (argument === '') return { ok: true, value: { kind: lower } };
    // The dates are checked now; the period's instants need the team's zone, known after the ack.
    const checked = parsePeriod(argument, 'UTC');
    if (!checked.ok) return checked;
    return { ok: true, value: { kind: lower, period: argument } };
  }
  return {
    ok: false,
    problems: [
      problem(
        'command',
        because('problem.digest.notACommand', { typed: verb, verbs: VERBS.join(', ') }),
        `/digest preview ${PERIOD_EXAMPLE}`,
      ),
    ],
  };
}

/** The schedule form's values as typed. */
export type DigestScheduleDraft = {
  channelId?: string;
  weekday?: string;
  time?: string;
  timeZone?: string;
  cadenceWeeks?: string;
  enabled: boolean;
};

export type DigestScheduleFields = Omit<DigestScheduleRule, 'anchorDate'> & {
  channelId: string;
  enabled: boolean;
};

/** The canonical name of a time zone ("europe/warsaw" → "Europe/Warsaw"); undefined when unknown. */
export function canonicalTimeZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Checks the schedule form; every problem names its field and shows a correct value. */
export function validateDigestSchedule(draft: DigestScheduleDraft): Parsed<DigestScheduleFields> {
  const problems: FieldProblem[] = [];
  const channelId = draft.channelId?.trim() ?? '';
  if (channelId === '') problems.push(problem('channel', 'problem.schedule.channelMissing'));
  const weekday = Number(draft.weekday);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    problems.push(problem('weekday', 'problem.schedule.weekdayMissing'));
  }
  const time = draft.time?.trim() ?? '';
  const timeMatch = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!timeMatch)
    problems.push(problem('time', because('problem.schedule.notATime', { typed: time }), '09:00'));
  const typedZone = draft.timeZone?.trim() ?? '';
  const timeZone = typedZone === '' ? undefined : canonicalTimeZone(typedZone);
  if (!timeZone)
    problems.push(
      problem('timeZone', because('problem.schedule.notATimeZone', { typed: typedZone }), 'Europe/Warsaw'),
    );
  const cadenceWeeks = Number(draft.cadenceWeeks);
  if (!(CADENCE_CHOICES as readonly number[]).includes(cadenceWeeks)) {
    problems.push(problem('cadenceWeeks', 'problem.schedule.cadenceMissing'));
  }
  if (problems.length > 0 || !timeZone) return { ok: false, problems };
  return { ok: true, value: { channelId, weekday, time, timeZone, cadenceWeeks, enabled: draft.enabled } };
}
