import { millisecondsInDay } from 'date-fns/constants';
import { calendarDateIn, daysBetween, isoDate, parseIsoDate } from './calendar';
import { wallClockInstant } from './digestSchedule';
import { parseClientReference, type ClientReference } from './feedback';
import { type FieldProblem, type Parsed, problem, because } from './inputError';
import { cleanText, textLengthProblem } from './meeting';

/**
 * Action items agreed in a meeting. Due dates, snoozes and reminder days are calendar dates of the
 * team's time zone, stored as UTC midnights (docs/CONVENTIONS.md).
 */

export const ACTION_ITEM_TEXT_MAX_LENGTH = 1000;
/** Overdue items are reminded at this wall-clock time of the team's zone, once a day. */
export const MORNING_TIME = '09:00';
/** A due date further out than this is almost certainly a typo. */
export const MAX_DUE_DAYS_AHEAD = 366;
/** The form suggests a due date a week out. */
export const DEFAULT_DUE_DAYS = 7;

export const SNOOZE_CHOICES = [
  { days: 1, label: '1 day' },
  { days: 3, label: '3 days' },
  { days: 7, label: '1 week' },
] as const;
export type SnoozeDays = (typeof SNOOZE_CHOICES)[number]['days'];

export type ActionItemField = 'owner' | 'text' | 'due' | 'related' | 'channel';

/** The action-item form's values as picked or typed; `due` is YYYY-MM-DD. */
export type ActionItemDraft = Partial<Record<ActionItemField, string>>;

export type ActionItemInput = {
  ownerId: string;
  text: string;
  /** UTC midnight of the due date. */
  dueDate: Date;
  related?: ClientReference;
  channel?: string;
};

export function addCalendarDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * millisecondsInDay);
}

/**
 * Checks an action item against the team's calendar day `today` (a UTC midnight) and its channel
 * list; a due date before today is refused, since the item would be overdue the moment it exists.
 */
export function validateActionItemDraft(
  draft: ActionItemDraft,
  context: { today: Date; channelKeys: readonly string[] },
): Parsed<ActionItemInput> {
  const problems: FieldProblem[] = [];
  const ownerId = cleanText(draft.owner);
  if (ownerId === undefined || !/^[UW][A-Z0-9]{2,}$/.test(ownerId)) {
    problems.push(problem('owner', 'problem.actionItem.ownerMissing'));
  }
  const text = cleanText(draft.text);
  if (text === undefined) {
    problems.push(problem('text', 'problem.actionItem.textMissing'));
  } else {
    const tooLong = textLengthProblem('text', text, ACTION_ITEM_TEXT_MAX_LENGTH);
    if (tooLong) problems.push(tooLong);
  }
  const dueText = cleanText(draft.due);
  const dueDate = dueText === undefined ? undefined : parseIsoDate(dueText);
  const example = isoDate(addCalendarDays(context.today, DEFAULT_DUE_DAYS));
  if (dueText === undefined) problems.push(problem('due', 'problem.actionItem.dueMissing', example));
  else if (dueDate === undefined)
    problems.push(problem('due', because('problem.date.notADate', { typed: dueText }), example));
  else if (dueDate < context.today) {
    problems.push(
      problem(
        'due',
        because('problem.actionItem.duePast', { typed: dueText, today: isoDate(context.today) }),
        example,
      ),
    );
  } else if (daysBetween(context.today, dueDate) > MAX_DUE_DAYS_AHEAD) {
    problems.push(problem('due', because('problem.actionItem.dueTooFar', { typed: dueText }), example));
  }
  const relatedText = cleanText(draft.related);
  const related = relatedText === undefined ? undefined : parseClientReference(relatedText);
  if (relatedText !== undefined && related === undefined) {
    problems.push(problem('related', because('problem.notAClientId', { typed: relatedText }), 'L-12, D-7'));
  }
  const channel = cleanText(draft.channel);
  if (channel !== undefined && !context.channelKeys.includes(channel)) {
    problems.push(
      problem(
        'channel',
        because('problem.unknownChannel', { typed: channel, channels: context.channelKeys.join(', ') }),
        'seo',
      ),
    );
  }
  if (problems.length > 0 || ownerId === undefined || text === undefined || dueDate === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: { ownerId, text, dueDate, ...(related ? { related } : {}), ...(channel ? { channel } : {}) },
  };
}

export function isSnoozeDays(value: number): value is SnoozeDays {
  return SNOOZE_CHOICES.some((choice) => choice.days === value);
}

/** An item is overdue from the day after its due date. */
export function isOverdue(item: { state: string; dueDate: Date }, today: Date): boolean {
  return item.state === 'open' && item.dueDate.getTime() < today.getTime();
}

export function daysOverdue(dueDate: Date, today: Date): number {
  return Math.max(0, daysBetween(dueDate, today));
}

/**
 * The team's calendar day whose overdue reminders are due at `now`: today once the morning time
 * has come in `timeZone`, otherwise none yet.
 */
export function reminderDayAt(now: Date, timeZone: string): Date | undefined {
  const today = calendarDateIn(now, timeZone);
  return wallClockInstant(today, MORNING_TIME, timeZone).getTime() <= now.getTime() ? today : undefined;
}
