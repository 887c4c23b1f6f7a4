import { type DealTerms, validateDealDraft } from '../deal';
import { importProblem } from './importProblem';
import { parseLeadNumber } from '../leadCommand';
import { planStageMove, type StageMovePlan, type StageMoveRefusal } from '../stageMove';
import { STAGE_LABELS, type Stage } from '../stages';
import { type DealImportRow, dealProblemsByColumn, type LeadReference } from './dealRows';
import { FirstClaims, type PlanLine, type ReadRow, rejectLine } from './importPlan';

/** The lead fields a deal row is matched and checked against. */
export type StoredLeadRef = {
  id: string;
  number: number;
  externalId: string | null;
  company: string;
  companyKey: string;
  email: string | null;
  ownerId: string;
  createdAt: Date;
};

/** The deal fields an import compares and may change. */
export type StoredDeal = {
  id: string;
  number: number;
  leadId: string;
  externalId: string | null;
  stage: string;
  version: number;
  stageEnteredAt: Date;
  valueMinor: number | null;
  currency: string;
  discountPct: number | null;
  expectedCloseDate: Date | null;
  problems: string | null;
  desiredOutcomes: string | null;
  offerRequestedAt: Date | null;
  offerSentAt: Date | null;
  negotiationNotes: string | null;
};

export type DealCreate = {
  lead: StoredLeadRef;
  plan: StageMovePlan;
  terms: DealTerms;
  currency: string;
  ownerId: string;
  createdAt: Date;
  /** When it entered its stage: its closing date for a won or lost deal, else its creation. */
  at: Date;
  externalId?: string;
};

/** New terms for `deal`, and a stage move when the row has it in another stage. */
export type DealUpdate = {
  deal: StoredDeal;
  plan?: StageMovePlan;
  terms: DealTerms;
  at: Date;
  externalId?: string;
};
export type DealPlanLine = PlanLine<DealCreate, DealUpdate>;

export type DealPlanContext = {
  currency: string;
  lostReasons: readonly { key: string; label: string }[];
  now: Date;
};

const TERM_NAMES: [keyof DealTerms, string][] = [
  ['valueMinor', 'value'],
  ['currency', 'currency'],
  ['discountPct', 'discount'],
  ['expectedCloseDate', 'expected close date'],
  ['problems', 'problems'],
  ['desiredOutcomes', 'desired outcomes'],
  ['offerRequestedAt', 'offer requested on'],
  ['offerSentAt', 'offer sent on'],
  ['negotiationNotes', 'negotiation notes'],
];

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** Only the terms that differ from the stored deal, and their names for the report. */
function changedTerms(deal: StoredDeal, terms: DealTerms): { terms: DealTerms; names: string[] } {
  const changed: DealTerms = {};
  const names: string[] = [];
  for (const [term, name] of TERM_NAMES) {
    const value = terms[term];
    if (value === undefined || sameValue(value, deal[term as keyof StoredDeal])) continue;
    Object.assign(changed, { [term]: value });
    names.push(name);
  }
  return { terms: changed, names };
}

function refusalText(deal: StoredDeal, refusal: StageMoveRefusal): string {
  const stage = STAGE_LABELS[refusal.stage].toLowerCase();
  if (refusal.reason === 'closed') {
    return `D-${deal.number} is ${stage} in Tandem; reopen it with /deal D-${deal.number} reopen before importing another stage`;
  }
  return `D-${deal.number} cannot move to ${stage}`;
}

/** "L-12 Acme", or "new lead Acme" for a lead the same import creates. */
function leadLabel(lead: StoredLeadRef): string {
  return lead.number > 0 ? `L-${lead.number} ${lead.company}` : `new lead ${lead.company}`;
}

/** Lookups of the stored records by the keys rows name them by, built once per file. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === null) continue;
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return groups;
}

function leadFinder(leads: readonly StoredLeadRef[]) {
  const byExternalId = groupBy(leads, (lead) => lead.externalId);
  const byNumber = groupBy(leads, (lead) => String(lead.number));
  const byCompany = groupBy(leads, (lead) => lead.companyKey);
  return (reference: LeadReference): StoredLeadRef | string => {
    if ('text' in reference) {
      const number = parseLeadNumber(reference.text);
      const [lead] =
        byExternalId.get(reference.text) ??
        (number === undefined ? undefined : byNumber.get(String(number))) ??
        [];
      return lead ?? `no lead has the CRM id or number “${reference.text}”; import the leads first`;
    }
    const ofCompany = byCompany.get(reference.companyKey) ?? [];
    const byEmail = ofCompany.filter((each) => !reference.email || each.email === reference.email);
    // A company's one lead is its deals' lead whoever the deal's contact is.
    const matches = byEmail.length === 0 && ofCompany.length === 1 ? ofCompany : byEmail;
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length === 0) return `no lead for “${reference.company}”; import the leads first`;
    const numbers = matches.map((each) => `L-${each.number}`).join(', ');
    return `${numbers} all match “${reference.company}”; add a Lead column with the CRM id or L-number`;
  };
}

/**
 * Decides each deal row: a deal matches by its CRM id, else by its lead and stage. A new deal is
 * created in its stage; a match is updated in the terms the row gives, and moved with the same
 * rules as `/deal` when the row has it in another stage.
 */
export function planDealImport(
  rows: readonly ReadRow<DealImportRow>[],
  leads: readonly StoredLeadRef[],
  deals: readonly StoredDeal[],
  context: DealPlanContext,
): DealPlanLine[] {
  const claims = new FirstClaims();
  const findLead = leadFinder(leads);
  const dealsByExternalId = groupBy(deals, (deal) => deal.externalId);
  const dealsByLeadStage = groupBy(deals, (deal) => `${deal.leadId}:${deal.stage}`);
  const validate = (row: DealImportRow, toStage: Stage | undefined, currency: string) =>
    validateDealDraft(row.draft, {
      toStage,
      currency,
      lostReasons: context.lostReasons,
      closedAsRecorded: true,
    });

  return rows.map((read): DealPlanLine => {
    const { line, subject } = read;
    if (!read.ok) return rejectLine(line, subject, read.problems);
    const { row } = read;
    const lead = findLead(row.lead);
    if (typeof lead === 'string') return rejectLine(line, subject, [importProblem('lead', lead)]);
    const earlier = claims.claim(row.externalId ? `id:${row.externalId}` : `${lead.id}:${row.stage}`, line);
    if (earlier !== undefined)
      return rejectLine(line, subject, [importProblem('id', `is the same deal as line ${earlier}`)]);

    const byId = row.externalId ? dealsByExternalId.get(row.externalId)?.[0] : undefined;
    const sameStage = (dealsByLeadStage.get(`${lead.id}:${row.stage}`) ?? []).filter(
      (deal) => !row.externalId || deal.externalId === null,
    );
    const [deal, ...others] = byId ? [byId] : sameStage;
    if (others.length > 0) {
      const numbers = sameStage.map((each) => `D-${each.number}`).join(', ');
      return rejectLine(line, subject, [
        importProblem(
          'stage',
          `L-${lead.number} has ${numbers} in this stage; add an id column to tell them apart`,
        ),
      ]);
    }

    if (!deal) {
      const plan = planStageMove(null, row.stage);
      if (!plan.ok)
        return rejectLine(line, subject, [importProblem('stage', 'cannot open a deal in this stage')]);
      const validated = validate(row, row.stage, context.currency);
      if (!validated.ok) return rejectLine(line, subject, dealProblemsByColumn(validated.problems));
      const at = row.closedAt ?? row.createdAt ?? context.now;
      if (at < lead.createdAt) {
        return rejectLine(line, subject, [
          importProblem(
            row.closedAt ? 'closed' : 'created',
            `is before its lead L-${lead.number} was created`,
          ),
        ]);
      }
      return {
        line,
        action: 'create',
        subject: `${leadLabel(lead)}: ${STAGE_LABELS[row.stage]}`,
        create: {
          lead,
          plan: plan.plan,
          terms: validated.value,
          currency: validated.value.currency ?? context.currency,
          ownerId: row.ownerId ?? lead.ownerId,
          createdAt: row.createdAt ?? at,
          at,
          ...(row.externalId ? { externalId: row.externalId } : {}),
        },
      };
    }

    const dealSubject = `D-${deal.number} ${lead.company}`;
    if (deal.leadId !== lead.id) {
      return rejectLine(line, dealSubject, [
        importProblem('lead', `D-${deal.number} belongs to another lead than L-${lead.number}`),
      ]);
    }
    const moves = deal.stage !== row.stage;
    const plan = moves ? planStageMove(deal.stage as Stage, row.stage) : undefined;
    if (plan && !plan.ok)
      return rejectLine(line, dealSubject, [importProblem('stage', refusalText(deal, plan.refusal))]);
    const validated = validate(row, moves ? row.stage : undefined, deal.currency);
    if (!validated.ok) return rejectLine(line, dealSubject, dealProblemsByColumn(validated.problems));
    const at = (moves ? row.closedAt : undefined) ?? context.now;
    if (at < deal.stageEnteredAt) {
      return rejectLine(line, dealSubject, [
        importProblem('closed', `is before D-${deal.number} entered its current stage`),
      ]);
    }
    const changed = changedTerms(deal, validated.value);
    const setsExternalId = row.externalId !== undefined && deal.externalId === null;
    const changes = [
      ...(moves ? [`stage ${STAGE_LABELS[deal.stage as Stage]} → ${STAGE_LABELS[row.stage]}`] : []),
      ...changed.names,
      ...(setsExternalId ? ['external id'] : []),
    ];
    if (changes.length === 0) return { line, action: 'unchanged', subject: dealSubject };
    return {
      line,
      action: 'update',
      subject: dealSubject,
      changes,
      update: {
        deal,
        terms: moves ? validated.value : changed.terms,
        at,
        ...(plan?.ok ? { plan: plan.plan } : {}),
        ...(setsExternalId ? { externalId: row.externalId } : {}),
      },
    };
  });
}
