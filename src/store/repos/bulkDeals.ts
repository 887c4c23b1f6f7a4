import type { DealCreate } from '../../domain/import/dealImport';
import { stageQualifiesLead } from '../../domain/stageMove';
import type { Change, Lead } from '../../generated/postgresql/client';
import { type BulkDealRow, type BulkStageEventRow, type BulkTarget, newRowId } from '../db/bulk';
import { bulkInsertDeals, bulkInsertStageEvents } from '../db/bulk/bulkInsert';
import { insertRows } from '../db/bulk/bulkInsertRows';
import { CHANGE_TABLE, reserveNumbers } from './bulkLeads';
import { moveColumns } from './pipelineTransaction';
import { bulkFactSql } from '../readModel/facts/factSql';
import { refreshLeadFacts } from '../readModel/facts/refreshFacts';
import { countStageChanges } from '../readModel/facts/stageDays';

/** Told of every `every` deals written (in the one transaction, so a long import shows it is moving). */
export type DealWriteProgress = { every: number; onWritten: (count: number) => void };

/** Deals written in one slice when nobody asks for progress. */
const ROWS_PER_SLICE = 5_000;

type ChangeRow = Omit<Change, 'id' | 'undoneAt'> & { id: string };

/** Marks `new` leads qualified (the ones `qualify` names, at their instant), inside the bulk transaction. */
async function qualifyLeads(
  target: BulkTarget,
  qualify: ReadonlyMap<string, Date>,
  now: Date,
): Promise<void> {
  for (const [leadId, at] of qualify) {
    const sql = (parameter: (index: number) => string) =>
      `UPDATE "Lead" SET "status" = 'qualified', "qualifiedAt" = ${parameter(1)}, "statusChangedAt" = ${parameter(1)},
        "statusReason" = NULL, "version" = "version" + 1, "updatedAt" = ${parameter(2)}
        WHERE "id" = ${parameter(3)} AND "status" = 'new'`;
    // `?` placeholders are positional on SQLite: the instant goes in twice.
    if (target.provider === 'sqlite')
      target.sqlite.prepare(sql(() => '?')).run(at.getTime(), at.getTime(), now.getTime(), leadId);
    else
      await target.postgres.query(
        sql((index) => `$${index}`),
        [
          at.toISOString().slice(0, 23).replace('T', ' '),
          now.toISOString().slice(0, 23).replace('T', ' '),
          leadId,
        ],
      );
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, (_key, each: unknown) => (typeof each === 'bigint' ? Number(each) : each));
}

/**
 * Creates an import's new deals in the caller's bulk transaction, with what `/deal` writes for
 * each (PipelineWriter.createDeal): the deal with the team's next number, its `create` stage event,
 * its lead qualified when the stage says so (at the earliest such deal), the audit rows, the stage
 * counts and the leads' facts. `leads` are the deals' leads as stored before the import's deals
 * (read by the caller), for the qualification's audit snapshots.
 */
export async function bulkCreateDeals(
  target: BulkTarget,
  teamId: string,
  creates: readonly DealCreate[],
  leads: ReadonlyMap<string, Lead>,
  actor: { actorId: string; now: Date },
  progress?: DealWriteProgress,
): Promise<number[]> {
  const { actorId, now } = actor;
  const first = await reserveNumbers(target, teamId, 'dealCounter', creates.length);
  const deals: (BulkDealRow & { id: string; number: number })[] = [];
  const events: (BulkStageEventRow & { id: string })[] = [];
  const qualify = new Map<string, Date>();
  creates.forEach((create, index) => {
    const { plan, terms } = create;
    const deal = {
      id: newRowId(),
      teamId,
      number: first + index,
      leadId: create.lead.id,
      currency: create.currency,
      ...moveColumns(plan, terms, create.at),
      negotiationRounds: plan.toStage === 'NEGOTIATION' ? 1 : 0,
      ownerId: create.ownerId,
      createdById: actorId,
      createdAt: create.createdAt,
      updatedAt: now,
      version: 1,
      externalId: create.externalId ?? null,
    };
    deals.push(deal);
    events.push({
      id: newRowId(),
      teamId,
      dealId: deal.id,
      fromStage: plan.fromStage,
      toStage: plan.toStage,
      kind: plan.kind,
      skipped: plan.skipped.length > 0 ? plan.skipped.join(',') : null,
      at: create.at,
      byUserId: actorId,
      valueMinor: deal.valueMinor ?? null,
      currency: deal.currency,
      discountPct: deal.discountPct ?? null,
      reason: terms.reason ?? null,
    });
    const lead = leads.get(create.lead.id);
    const earlier = qualify.get(create.lead.id);
    if (stageQualifiesLead(plan.toStage) && lead?.status === 'new' && (!earlier || create.at < earlier))
      qualify.set(create.lead.id, create.at);
  });
  const leadChanges: ChangeRow[] = [];
  const changes: ChangeRow[] = [];
  const qualifyChanges = new Map<string, { before: Lead; after: Lead; changeId: string }>();
  for (const [leadId, at] of qualify) {
    const before = leads.get(leadId);
    if (!before) continue;
    const after: Lead = {
      ...before,
      status: 'qualified',
      qualifiedAt: at,
      statusChangedAt: at,
      statusReason: null,
      version: before.version + 1,
      updatedAt: now,
    };
    const id = newRowId();
    qualifyChanges.set(leadId, { before, after, changeId: id });
    const base = { teamId, entityType: 'lead', entityId: leadId, actorId, action: 'qualify', createdAt: at };
    leadChanges.push({ ...base, id, beforeJson: json(before), afterJson: json(after) });
  }
  const told = new Set<string>();
  deals.forEach((deal, index) => {
    const event = events[index];
    // The qualification is told on the deal that made it, as a single /deal would.
    const qualified =
      !told.has(deal.leadId) && qualify.get(deal.leadId)?.getTime() === event?.at?.getTime()
        ? qualifyChanges.get(deal.leadId)
        : undefined;
    if (qualified) told.add(deal.leadId);
    changes.push({
      id: newRowId(),
      teamId,
      entityType: 'deal',
      entityId: deal.id,
      actorId,
      action: 'create',
      beforeJson: qualified ? json({ lead: qualified.before }) : null,
      afterJson: json({
        deal: { ...deal, stageEnteredAt: deal.stageEnteredAt, closedAt: deal.closedAt ?? null },
        eventId: event?.id,
        lead: qualified?.after,
        leadChangeId: qualified?.changeId,
      }),
      createdAt: now,
    });
  });
  await qualifyLeads(target, qualify, now);
  await insertRows(target, CHANGE_TABLE, leadChanges);
  // In slices, so a long import can say how far it has got (all in the caller's one transaction).
  const slice = Math.max(1, progress?.every ?? ROWS_PER_SLICE);
  for (let start = 0; start < deals.length; start += slice) {
    const end = Math.min(start + slice, deals.length);
    await bulkInsertDeals(target, deals.slice(start, end));
    await bulkInsertStageEvents(target, events.slice(start, end));
    await insertRows(target, CHANGE_TABLE, changes.slice(start, end));
    progress?.onWritten(end - start);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sql = bulkFactSql(target);
  await countStageChanges(
    sql,
    teamId,
    events.map((event) => ({ toStage: event.toStage, at: event.at ?? now, kind: event.kind })),
    1,
  );
  await refreshLeadFacts(
    sql,
    teamId,
    deals.map((deal) => deal.leadId),
  );
  return deals.map((deal) => deal.number);
}
