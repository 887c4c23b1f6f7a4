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

/** Moves the team's lead counter on by `count` and returns the first of the numbers reserved. */
async function reserveLeadNumbers(target: BulkTarget, teamId: string, count: number): Promise<number> {
  const sql = (parameter: (index: number) => string) =>
    `UPDATE "Team" SET "leadCounter" = "leadCounter" + ${parameter(1)} WHERE "id" = ${parameter(2)} RETURNING "leadCounter"`;
  const row =
    target.provider === 'sqlite'
      ? (target.sqlite.prepare(sql(() => '?')).get(count, teamId) as { leadCounter: number } | undefined)
      : ((
          await target.postgres.query<{ leadCounter: number }>(
            sql((index) => `$${index}`),
            [count, teamId],
          )
        ).rows[0] ?? undefined);
  if (!row) throw new Error(`team ${teamId} does not exist`);
  return row.leadCounter - count + 1;
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
  const first = await reserveLeadNumbers(target, teamId, rows.length);
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
