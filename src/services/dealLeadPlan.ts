import { companiesOfDeals } from '../domain/import/dealLeads';
import type { StoredLeadRef } from '../domain/import/dealImport';
import type { DealImportRow } from '../domain/import/dealRows';
import type { ReadRow } from '../domain/import/importPlan';
import { type LeadCreate, readLeadRow } from '../domain/import/leadImport';
import { parseLeadNumber } from '../domain/leadCommand';
import type { ImportStores, KindInput } from './importInput';

/** Leads for the companies a deal file names: created, or moved earlier to the file's first deal. */
export type DealLeadPlan = {
  creates: { line: number; row: LeadCreate }[];
  moves: { lead: StoredLeadRef; at: Date }[];
  /** The leads the deals are planned against: stored ones (with their new date), and the ones to create. */
  leads: StoredLeadRef[];
};

export async function planDealLeads(
  stores: ImportStores,
  input: KindInput,
  reads: readonly ReadRow<DealImportRow>[],
): Promise<DealLeadPlan> {
  const { team, now, actorId } = input;
  const references = reads.flatMap((read) => (read.ok ? [read.row.lead] : []));
  const texts = references.flatMap((reference) => ('text' in reference ? [reference.text] : []));
  const companies = companiesOfDeals(input.rows, reads);
  const stored = await stores.lookups.leads(team.id, {
    externalIds: texts,
    numbers: texts.flatMap((text) => parseLeadNumber(text) ?? []),
    companyKeys: companies.map((company) => company.companyKey),
  });
  const channels = await stores.store.teams.options(team.id, 'channel');
  const context = { channelKeys: channels.map((channel) => channel.key), timeZone: team.timezone, now };
  const plan: DealLeadPlan = { creates: [], moves: [], leads: [...stored] };
  for (const company of companies) {
    const matches = stored.filter((lead) => lead.companyKey === company.companyKey);
    const [match] = matches;
    if (match && matches.length === 1 && company.earliest && company.earliest < match.createdAt) {
      plan.moves.push({ lead: match, at: company.earliest });
      plan.leads[plan.leads.indexOf(match)] = { ...match, createdAt: company.earliest };
    }
    if (match) continue;
    // A contact column the lead rules refuse (a malformed email) costs the lead its contact, not its deals.
    const read = readLeadRow(company.line, company.values, context);
    const fallback = readLeadRow(
      company.line,
      new Map([...company.values].filter(([key]) => key === 'company' || key === 'owner')),
      context,
    );
    const lead = read.ok ? read.row : fallback.ok ? fallback.row : undefined;
    if (!lead) continue;
    const createdAt = company.earliest ?? now;
    plan.creates.push({ line: company.line, row: { ...lead, createdAt } });
    plan.leads.push({
      id: `new:${company.companyKey}`,
      number: 0,
      externalId: null,
      company: lead.input.company,
      companyKey: company.companyKey,
      email: lead.input.email ?? null,
      ownerId: lead.input.ownerId ?? actorId,
      createdAt,
    });
  }
  return plan;
}

export function dealLeadNotes(plan: DealLeadPlan, apply: boolean): string[] {
  const notes: string[] = [];
  if (plan.creates.length > 0) {
    notes.push(
      `${plan.creates.length} ${plan.creates.length === 1 ? 'lead' : 'leads'} ${apply ? 'created' : 'to create'} for the deals' companies, each dated by its earliest deal`,
    );
  }
  if (plan.moves.length > 0) {
    notes.push(
      `${plan.moves.length} stored ${plan.moves.length === 1 ? 'lead' : 'leads'} ${apply ? 'moved' : 'to move'} to the earlier date of ${plan.moves.length === 1 ? 'its' : 'their'} first deal`,
    );
  }
  return notes;
}
