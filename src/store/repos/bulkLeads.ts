import type { LeadCreate } from '../../domain/import/leadImport';
import type { Change, Lead } from '../../generated/postgresql/client';
import { bulkInsertLeads, type BulkTarget, newRowId } from '../db/bulk';
import { insertRows } from '../db/bulk/bulkInsertRows';
import type { BulkTable } from '../db/bulk/bulkTables';
import { bulkFactSql } from '../readModel/facts/factSql';
import { refreshLeadFacts } from '../readModel/facts/refreshFacts';
import { leadColumns } from './pipelineTransaction';

/** Audit rows written beside bulk-loaded leads and deals, so a late import shows in the digest's late entries. */
export const CHANGE_TABLE: BulkTable<Change> = {
  name: 'Change',
  columns: {
    id: 'text',
    teamId: 'text',
    entityType: 'text',
    entityId: 'text',
    actorId: 'text',
    action: 'text',
    beforeJson: 'text',
    afterJson: 'text',
    createdAt: 'timestamp',
    undoneAt: 'timestamp',
  },
  defaults: { id: newRowId, createdAt: (instant) => instant },
};

/** Moves one of the team's counters on by `count` and returns the first of the numbers reserved. */
export async function reserveNumbers(
  target: BulkTarget,
  teamId: string,
  counter: 'leadCounter' | 'dealCounter',
  count: number,
): Promise<number> {
  const sql = (parameter: (index: number) => string) =>
    `UPDATE "Team" SET "${counter}" = "${counter}" + ${parameter(1)} WHERE "id" = ${parameter(2)} RETURNING "${counter}" AS "counter"`;
  const row =
    target.provider === 'sqlite'
      ? (target.sqlite.prepare(sql(() => '?')).get(count, teamId) as { counter: number } | undefined)
      : (
          await target.postgres.query<{ counter: number }>(
            sql((index) => `$${index}`),
            [count, teamId],
          )
        ).rows[0];
  if (!row) throw new Error(`team ${teamId} does not exist`);
  return Number(row.counter) - count + 1;
}

/**
 * The bulk path of `PipelineWriter.createLeadsInBulk`: new leads with the team's next numbers, their
 * audit rows and their facts, through `target` in the caller's bulk transaction; in order.
 */
export async function bulkCreateLeads(
  target: BulkTarget,
  teamId: string,
  rows: readonly LeadCreate[],
  actorId: string,
  at: Date,
): Promise<Lead[]> {
  const first = await reserveNumbers(target, teamId, 'leadCounter', rows.length);
  const leads = rows.map((row, index): Lead => {
    const { input } = row;
    return {
      id: newRowId(),
      teamId,
      number: first + index,
      ...leadColumns(input),
      ownerId: input.ownerId ?? actorId,
      status: 'new',
      statusReason: null,
      statusChangedAt: null,
      qualifiedAt: null,
      createdById: actorId,
      createdAt: row.createdAt ?? at,
      updatedAt: at,
      version: 1,
      externalId: row.externalId ?? null,
    };
  });
  await bulkInsertLeads(target, leads);
  await insertRows(
    target,
    CHANGE_TABLE,
    leads.map((lead) => ({
      teamId,
      entityType: 'lead',
      entityId: lead.id,
      actorId,
      action: 'create',
      afterJson: JSON.stringify(lead),
      createdAt: at,
    })),
  );
  await refreshLeadFacts(
    bulkFactSql(target),
    teamId,
    leads.map((lead) => lead.id),
  );
  return leads;
}
