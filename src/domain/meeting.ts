import type { MessageKey } from '../i18n/catalog';
import type { ReportingPeriod } from './digestFigures';
import { parseClientReference, type ClientReference } from './feedback';
import { type FieldProblem, type Parsed, problem, because } from './inputError';
import { stripControlCharacters } from './text';

/**
 * The meeting of one digest period: notes and decisions taken in it. A meeting is named by its
 * period (start and end instants), so a digest's buttons can open it before it has a row.
 */
export type MeetingPeriod = { start: Date; end: Date };

export const NOTE_KINDS = ['note', 'decision'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * The KPIs a note can be about: the digest's headline figures, by the key a note stores, each
 * with the catalog key of its name in the digest, so both call a KPI the same in every language.
 */
export const MEETING_KPIS = {
  leads_created: 'digest.kpi.leadsCreated',
  lead_quality: 'digest.kpi.leadQuality',
  cost_per_lead: 'digest.kpi.costPerLead',
  offers_sent: 'digest.kpi.offersSent',
  offer_acceptance: 'digest.kpi.offerAcceptance',
  wins: 'digest.kpi.wins',
  win_rate: 'digest.kpi.winRate',
  won_value: 'digest.kpi.wonValue',
  average_discount: 'digest.kpi.averageDiscount',
  days_to_close: 'digest.kpi.daysToClose',
  customer_acquisition_cost: 'digest.kpi.customerAcquisitionCost',
  marketing_spend: 'digest.kpi.marketingSpend',
} as const satisfies Record<string, MessageKey>;
export type MeetingKpi = keyof typeof MEETING_KPIS;

export const NOTE_TEXT_MAX_LENGTH = 2000;

/** Field names, as the note form and its problems use them. */
export type NoteField = 'kind' | 'text' | 'kpi' | 'client';

/** The note form's values as picked or typed. */
export type NoteDraft = Partial<Record<NoteField, string>>;

export type NoteInput = { kind: NoteKind; text: string; kpi?: MeetingKpi; client?: ClientReference };

export function isMeetingKpi(value: string): value is MeetingKpi {
  return Object.hasOwn(MEETING_KPIS, value);
}

/** Trimmed text without control characters; undefined when nothing is left. */
export function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = stripControlCharacters(text).trim();
  return cleaned === '' ? undefined : cleaned;
}

/** "The text is 2001 characters; at most 2000 fit", or undefined when the text fits. */
export function textLengthProblem(field: string, text: string, maxLength: number) {
  return text.length > maxLength
    ? problem(field, because('problem.textTooLong', { count: text.length, max: maxLength }))
    : undefined;
}

/** Checks a note or decision; the client is a lead or deal id (L-12, D-7) whose company it is about. */
export function validateNoteDraft(draft: NoteDraft): Parsed<NoteInput> {
  const problems: FieldProblem[] = [];
  const kind = cleanText(draft.kind)?.toLowerCase() ?? 'note';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    problems.push(problem('kind', because('problem.meeting.notAKind', { typed: kind }), 'decision'));
  }
  const text = cleanText(draft.text);
  if (text === undefined) {
    problems.push(problem('text', 'problem.meeting.textMissing'));
  } else {
    const tooLong = textLengthProblem('text', text, NOTE_TEXT_MAX_LENGTH);
    if (tooLong) problems.push(tooLong);
  }
  const kpi = cleanText(draft.kpi);
  if (kpi !== undefined && !isMeetingKpi(kpi)) {
    problems.push(problem('kpi', because('problem.meeting.notAKpi', { typed: kpi }), 'win_rate'));
  }
  const clientText = cleanText(draft.client);
  const client = clientText === undefined ? undefined : parseClientReference(clientText);
  if (clientText !== undefined && client === undefined) {
    problems.push(problem('client', because('problem.notAClientId', { typed: clientText }), 'L-12, D-7'));
  }
  if (problems.length > 0 || text === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      kind: kind as NoteKind,
      text,
      ...(kpi !== undefined && isMeetingKpi(kpi) ? { kpi } : {}),
      ...(client ? { client } : {}),
    },
  };
}

/** A meeting period as a button value: the two instants in epoch milliseconds. */
export function meetingPeriodValue(period: MeetingPeriod): string {
  return `${period.start.getTime()}_${period.end.getTime()}`;
}

export function parseMeetingPeriodValue(value: string | undefined): MeetingPeriod | undefined {
  const match = /^(\d{1,15})_(\d{1,15})$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  const start = new Date(Number(match[1]));
  const end = new Date(Number(match[2]));
  return start.getTime() < end.getTime() ? { start, end } : undefined;
}

export function meetingReportingPeriod(period: MeetingPeriod, timeZone: string): ReportingPeriod {
  return { start: period.start, end: period.end, timeZone };
}
