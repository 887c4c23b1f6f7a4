import type { DealDraft, DealField } from '../deal';
import type { FieldProblem } from '../inputError';
import { englishProblem, type ImportProblem, importProblem } from './importProblem';
import { companyKey } from '../lead';
import { isClosedStage, parseStageName, stageNamesHint } from '../stageMove';
import type { Stage } from '../stages';
import type { RowValues } from './columnMapping';
import type { ReadRow } from './importPlan';
import {
  calendarDateText,
  INSTANT_EXAMPLE,
  parseImportInstant,
  splitAmountAndCurrency,
} from './importValues';
import { MAX_EXTERNAL_ID_LENGTH } from './leadImport';

/** How a deal row names its lead: a CRM id or L-number, or the company (and email). */
export type LeadReference = { text: string } | { company: string; companyKey: string; email?: string };

/** A deal row as read; its terms are validated once it is known whether it creates or moves a deal. */
export type DealImportRow = {
  externalId?: string;
  lead: LeadReference;
  stage: Stage;
  draft: DealDraft;
  ownerId?: string;
  createdAt?: Date;
  closedAt?: Date;
};

/** The import column of each deal field the row passes to `validateDealDraft`. */
export const DEAL_DRAFT_COLUMNS: Partial<Record<DealField, string>> = {
  value: 'value',
  currency: 'currency',
  discount: 'discount',
  expectedClose: 'close',
  offerRequested: 'requested',
  offerSent: 'sent',
  problems: 'problems',
  desiredOutcomes: 'outcomes',
  negotiationNotes: 'notes',
  reason: 'reason',
};

const DATE_FIELDS: readonly DealField[] = ['expectedClose', 'offerRequested', 'offerSent'];

/** "Closed Won", "closed-lost" and "won" all name a stage. */
export function parseImportedStage(text: string): Stage | undefined {
  return parseStageName(text) ?? parseStageName(text.trim().replace(/^closed[\s_-]*/i, ''));
}

/** A Slack user id, as `U0123ABCD` or a `<@U0123ABCD>` mention. */
export function parseSlackUserId(text: string): string | undefined {
  const match = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text) ?? /^([UW][A-Z0-9]{6,})$/.exec(text);
  return match?.[1];
}

export function dealSubject(values: RowValues): string {
  const lead = values.get('lead') ?? values.get('company') ?? '(no lead)';
  const id = values.get('id');
  const stage = [values.get('stage'), values.get('status')].filter(Boolean).join(' / ');
  return `${id ? `${id}: ` : ''}${lead}, ${stage || 'no stage'}`;
}

function readLeadReference(values: RowValues): LeadReference | undefined {
  const text = values.get('lead');
  if (text) return { text };
  const company = values.get('company');
  if (!company) return undefined;
  const email = values.get('email')?.toLowerCase();
  return { company, companyKey: companyKey(company), ...(email ? { email } : {}) };
}

/** The row's deal fields as `validateDealDraft` reads them; an amount may carry its currency. */
function readDraft(values: RowValues, problems: ImportProblem[]): DealDraft {
  const draft: DealDraft = {};
  for (const [field, key] of Object.entries(DEAL_DRAFT_COLUMNS) as [DealField, string][]) {
    const text = values.get(key);
    if (text === undefined) continue;
    draft[field] = DATE_FIELDS.includes(field) ? calendarDateText(text) : text;
  }
  if (draft.value) {
    const { amount, currency } = splitAmountAndCurrency(draft.value);
    draft.value = amount;
    if (currency && draft.currency && currency !== draft.currency.toUpperCase()) {
      problems.push(
        importProblem('value', `is in ${currency} but the currency column says ${draft.currency}`),
      );
    } else if (currency) draft.currency = currency;
  }
  return draft;
}

/** Reads a deal row: its lead, stage and dates; terms are checked later against the deal they create or move. */
export function readDealRow(
  line: number,
  values: RowValues,
  context: { timeZone: string; now: Date; stageOf?: (values: RowValues) => Stage | undefined },
): ReadRow<DealImportRow> {
  const subject = dealSubject(values);
  const problems: ImportProblem[] = [];
  const lead = readLeadReference(values);
  if (!lead)
    problems.push(
      importProblem('lead', 'is empty: say which lead the deal is for (its CRM id, L-12 or company)'),
    );
  const stageText = values.get('stage') ?? values.get('status');
  const stage = context.stageOf
    ? context.stageOf(values)
    : stageText
      ? parseImportedStage(stageText)
      : undefined;
  if (!stageText) problems.push(importProblem('stage', `is empty; stages are ${stageNamesHint()}`));
  else if (!stage)
    problems.push(
      importProblem(
        'stage',
        `“${stageText}” is not a stage; stages are ${stageNamesHint()} (map it with --stages "${stageText}=offer")`,
      ),
    );
  const externalId = values.get('id');
  if (externalId && externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    problems.push(
      importProblem('id', `is ${externalId.length} characters; at most ${MAX_EXTERNAL_ID_LENGTH} fit`),
    );
  }
  const ownerText = values.get('owner');
  const ownerId = ownerText ? parseSlackUserId(ownerText) : undefined;
  if (ownerText && !ownerId) {
    problems.push(importProblem('owner', `“${ownerText}” is not a Slack user id; write it as U0123ABCD`));
  }
  const instant = (key: 'created' | 'closed') => {
    const text = values.get(key);
    if (!text) return undefined;
    const parsed = parseImportInstant(text, context.timeZone, context.now);
    if (parsed.ok) return parsed.at;
    problems.push(importProblem(key, parsed.message, INSTANT_EXAMPLE));
    return undefined;
  };
  const createdAt = instant('created');
  const closedAt = instant('closed');
  if (closedAt && stage && !isClosedStage(stage)) {
    problems.push(importProblem('closed', `is only for won or lost deals; this one is in ${stageText}`));
  }
  if (closedAt && createdAt && closedAt < createdAt)
    problems.push(importProblem('closed', 'is before the deal was created'));
  const draft = readDraft(values, problems);
  if (problems.length > 0 || !lead || !stage) return { line, subject, ok: false, problems };
  return {
    line,
    subject,
    ok: true,
    row: {
      lead,
      stage,
      draft,
      ...(externalId ? { externalId } : {}),
      ...(ownerId ? { ownerId } : {}),
      ...(createdAt ? { createdAt } : {}),
      ...(closedAt ? { closedAt } : {}),
    },
  };
}

/** Problems from `validateDealDraft` named by the row's columns. */
export function dealProblemsByColumn(problems: readonly FieldProblem[]): ImportProblem[] {
  return problems.map((each) =>
    englishProblem(each, DEAL_DRAFT_COLUMNS[each.field as DealField] ?? each.field),
  );
}
