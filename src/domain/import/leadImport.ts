import { englishProblem, type ImportProblem, importProblem } from './importProblem';
import {
  companyKey,
  LEAD_FIELD_NAMES,
  LEAD_FIELDS,
  type LeadDraft,
  type LeadField,
  type LeadInput,
  validateLeadDraft,
} from '../lead';
import type { RowValues } from './columnMapping';
import { FirstClaims, type PlanLine, type ReadRow, rejectLine } from './importPlan';
import { INSTANT_EXAMPLE, parseImportInstant } from './importValues';

/** A lead row as read: the validated fields it gives, its CRM id and when it was created. */
export type LeadImportRow = { externalId?: string; input: LeadInput; createdAt?: Date };

/** The stored lead fields an import compares and may overwrite. */
export type StoredLead = {
  id: string;
  number: number;
  version: number;
  externalId: string | null;
  company: string;
  companyKey: string;
} & Record<Exclude<LeadField, 'company'>, string | null>;

export type LeadCreate = LeadImportRow;
/** The fields to overwrite on `lead`; fields the row leaves empty keep their stored value. */
export type LeadUpdate = { lead: StoredLead; input: Partial<LeadInput>; externalId?: string };
export type LeadPlanLine = PlanLine<LeadCreate, LeadUpdate>;

/** The longest CRM id kept; longer ones are not ids. */
export const MAX_EXTERNAL_ID_LENGTH = 200;

export type LeadRowContext = { channelKeys: readonly string[]; timeZone: string; now: Date };

export function leadSubject(company: string | undefined, email: string | undefined): string {
  if (!company) return email ?? '(no company)';
  return email ? `${company} <${email}>` : company;
}

/** Reads a row with the same validation as `/lead`; problems name the row's columns. */
export function readLeadRow(
  line: number,
  values: RowValues,
  context: LeadRowContext,
): ReadRow<LeadImportRow> {
  const draft: LeadDraft = {};
  for (const field of LEAD_FIELD_NAMES) {
    const text = values.get(LEAD_FIELDS[field].key);
    if (text !== undefined) draft[field] = text;
  }
  const subject = leadSubject(draft.company, draft.email);
  const problems: ImportProblem[] = [];
  const validated = validateLeadDraft(draft, context.channelKeys);
  if (!validated.ok) {
    problems.push(
      ...validated.problems.map((each) =>
        englishProblem(each, LEAD_FIELDS[each.field as LeadField]?.key ?? each.field),
      ),
    );
  }
  const externalId = values.get('id');
  if (externalId && externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    problems.push(
      importProblem('id', `is ${externalId.length} characters; at most ${MAX_EXTERNAL_ID_LENGTH} fit`),
    );
  }
  let createdAt: Date | undefined;
  const createdText = values.get('created');
  if (createdText) {
    const created = parseImportInstant(createdText, context.timeZone, context.now);
    if (created.ok) createdAt = created.at;
    else problems.push(importProblem('created', created.message, INSTANT_EXAMPLE));
  }
  if (problems.length > 0 || !validated.ok) return { line, subject, ok: false, problems };
  return {
    line,
    subject: leadSubject(validated.value.company, validated.value.email),
    ok: true,
    row: {
      input: validated.value,
      ...(externalId ? { externalId } : {}),
      ...(createdAt ? { createdAt } : {}),
    },
  };
}

function identity(companyKeyText: string, email: string | null | undefined): string {
  return `${companyKeyText}\u0000${email ?? ''}`;
}

/** The fields of `input` whose value differs from the stored lead's. */
function changedFields(lead: StoredLead, input: LeadInput): Partial<LeadInput> {
  const changed: Partial<LeadInput> = {};
  for (const field of LEAD_FIELD_NAMES) {
    const value = input[field];
    if (value !== undefined && value !== lead[field]) Object.assign(changed, { [field]: value });
  }
  return changed;
}

/**
 * Decides each row: a lead matches by its CRM id, else by company and email (a stored lead with
 * another CRM id is another record). A match with different values is updated, only in the fields
 * the row gives; the creation date of a stored lead is never changed.
 */
export function planLeadImport(
  rows: readonly ReadRow<LeadImportRow>[],
  stored: readonly StoredLead[],
): LeadPlanLine[] {
  const byExternalId = new Map(
    stored.flatMap((lead) => (lead.externalId ? [[lead.externalId, lead] as const] : [])),
  );
  const byIdentity = new Map<string, StoredLead[]>();
  for (const lead of stored) {
    const key = identity(lead.companyKey, lead.email);
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), lead]);
  }
  const rowClaims = new FirstClaims();
  const leadClaims = new FirstClaims();

  return rows.map((read): LeadPlanLine => {
    const { line, subject } = read;
    if (!read.ok) return rejectLine(line, subject, read.problems);
    const { input, externalId } = read.row;
    const key = identity(companyKey(input.company), input.email);
    const earlier = rowClaims.claim(externalId ? `id:${externalId}` : `lead:${key}`, line);
    if (earlier !== undefined) {
      const field = externalId ? 'id' : 'company';
      return rejectLine(line, subject, [importProblem(field, `is the same lead as line ${earlier}`)]);
    }
    const byId = externalId ? byExternalId.get(externalId) : undefined;
    const [lead, ...others] = byId
      ? [byId]
      : (byIdentity.get(key) ?? []).filter((each) => externalId === undefined || each.externalId === null);
    if (!lead) return { line, action: 'create', subject, create: read.row };
    if (others.length > 0) {
      const numbers = [lead, ...others].map((each) => `L-${each.number}`).join(', ');
      return rejectLine(line, subject, [
        importProblem(
          'company',
          `matches ${numbers} (same company and email); add an id column to tell them apart`,
        ),
      ]);
    }
    const claimedBy = leadClaims.claim(lead.id, line);
    if (claimedBy !== undefined) {
      return rejectLine(line, subject, [
        importProblem('company', `matches L-${lead.number}, which line ${claimedBy} imports`),
      ]);
    }
    const changed = changedFields(lead, input);
    const setsExternalId = externalId !== undefined && lead.externalId === null;
    const changes = (Object.keys(changed) as LeadField[]).map((field) =>
      LEAD_FIELDS[field].label.toLowerCase(),
    );
    if (setsExternalId) changes.push('external id');
    const leadSubjectLine = `L-${lead.number} ${lead.company}`;
    if (changes.length === 0) return { line, action: 'unchanged', subject: leadSubjectLine };
    return {
      line,
      action: 'update',
      subject: leadSubjectLine,
      changes,
      update: { lead, input: changed, ...(setsExternalId ? { externalId } : {}) },
    };
  });
}
