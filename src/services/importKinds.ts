import type { RowValues } from '../domain/import/columnMapping';
import { planDealImport, type StoredLeadRef } from '../domain/import/dealImport';
import { readDealRow } from '../domain/import/dealRows';
import type { PlanLine } from '../domain/import/importPlan';
import { planLeadImport, readLeadRow } from '../domain/import/leadImport';
import { dealStage } from '../domain/import/rowPreparation';
import { planSpendImport, readSpendRow } from '../domain/import/spendImport';
import { companyKey } from '../domain/lead';
import { STAGE_LABELS, type Stage } from '../domain/stages';
import { VersionConflictError } from '../errors';
import { dealLeadNotes, planDealLeads } from './dealLeadPlan';
import type { ImportRow, ImportStores, KindInput } from './importInput';
import type { WriteProgress } from './importProgress';

export type { ImportRow, ImportStores, KindInput };

/** How each planned row ended: written (with what it is called now, if that changed), or failed and why. */
export type RowResult =
  { line: number; written: true; subject?: string } | { line: number; written: false; reason: string };

export type KindOutcome = {
  plan: PlanLine<unknown, unknown>[];
  results: RowResult[];
  /** What the report should say about the file as a whole. */
  notes?: string[];
};

/** Why a planned write failed, for the report: a concurrent change is worth a re-run, the rest is shown as it came. */
export function failureReason(error: unknown): string {
  if (error instanceof VersionConflictError) {
    return `${error.reference} was changed while importing; run the import again`;
  }
  // What the database itself said, when Prisma passes it on; Prisma's own message starts with
  // where the query was made and ends with its reading of the database's answer.
  const original = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } } })
    ?.meta?.driverAdapterError?.cause?.originalMessage;
  if (typeof original === 'string' && original.trim() !== '') return original.trim();
  const text = (error as { message?: unknown } | undefined)?.message;
  const message = typeof text === 'string' ? text : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines[lines.length - 1] ?? 'the database refused the write';
}

/** Runs `write` for each row in turn; a failure is reported on its row and the others go on. */
async function eachRow<Row>(
  rows: readonly { line: number; row: Row }[],
  write: (row: Row) => Promise<string | undefined>,
  progress: WriteProgress | undefined,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const { line, row } of rows) {
    try {
      const subject = await write(row);
      results.push(subject === undefined ? { line, written: true } : { line, written: true, subject });
    } catch (error) {
      results.push({ line, written: false, reason: failureReason(error) });
    }
    progress?.advance(1);
  }
  return results;
}

/** Runs one write for all `rows`: they are written together or, on failure, none of them. */
async function allRows<Row>(
  rows: readonly { line: number; row: Row }[],
  write: (rows: Row[]) => Promise<string[] | undefined>,
  progress: WriteProgress | undefined,
): Promise<RowResult[]> {
  if (rows.length === 0) return [];
  try {
    const subjects = await write(rows.map((each) => each.row));
    progress?.advance(rows.length);
    return rows.map(({ line }, index) => {
      const subject = subjects?.[index];
      return subject === undefined ? { line, written: true } : { line, written: true, subject };
    });
  } catch (error) {
    progress?.advance(rows.length);
    const reason = `${failureReason(error)} (none of the ${rows.length} new rows was written)`;
    return rows.map(({ line }) => ({ line, written: false, reason }));
  }
}

function planned<Create, Update>(plan: readonly PlanLine<Create, Update>[]) {
  return {
    creates: plan.flatMap((each) =>
      each.action === 'create' ? [{ line: each.line, row: each.create }] : [],
    ),
    updates: plan.flatMap((each) =>
      each.action === 'update' ? [{ line: each.line, row: each.update }] : [],
    ),
  };
}

export async function importLeads(stores: ImportStores, input: KindInput): Promise<KindOutcome> {
  const { team, now, actorId } = input;
  const channels = await stores.store.teams.options(team.id, 'channel');
  const context = { channelKeys: channels.map((channel) => channel.key), timeZone: team.timezone, now };
  const reads = input.rows.map((row) => readLeadRow(row.line, row.values, context));
  const valid = reads.flatMap((read) => (read.ok ? [read.row] : []));
  const stored = await stores.lookups.leads(team.id, {
    externalIds: valid.flatMap((row) => (row.externalId ? [row.externalId] : [])),
    companyKeys: valid.map((row) => companyKey(row.input.company)),
  });
  const plan = planLeadImport(reads, stored);
  if (!input.apply) return { plan, results: [] };
  const { creates, updates } = planned(plan);
  input.progress?.start(creates.length + updates.length);
  const results = [
    ...(await allRows(
      creates,
      async (rows) => {
        const leads = await stores.writes.createLeads(team.id, rows, actorId, now);
        return leads.map((lead) => `L-${lead.number} ${lead.company}`);
      },
      input.progress,
    )),
    ...(await eachRow(
      updates,
      async (update) => {
        const lead = await stores.writes.updateLead(team.id, update, actorId, now);
        return `L-${lead.number} ${lead.company}`;
      },
      input.progress,
    )),
  ];
  return { plan, results };
}

export async function importDeals(stores: ImportStores, input: KindInput): Promise<KindOutcome> {
  const { team, now, actorId } = input;
  const lostReasons = await stores.store.teams.options(team.id, 'lost_reason');
  const stageOf = (values: RowValues) => dealStage(values, input.vocabulary);
  const reads = input.rows.map((row) =>
    readDealRow(row.line, row.values, { timeZone: team.timezone, now, stageOf }),
  );
  const leadPlan = await planDealLeads(stores, input, reads);
  const notes = dealLeadNotes(leadPlan, input.apply);
  const planWith = async (leads: readonly StoredLeadRef[]) => {
    const deals = await stores.lookups.deals(team.id, {
      externalIds: reads.flatMap((read) => (read.ok && read.row.externalId ? [read.row.externalId] : [])),
      leadIds: leads.map((lead) => lead.id),
    });
    return planDealImport(reads, leads, deals, { currency: team.currency, lostReasons, now });
  };
  if (!input.apply) return { plan: await planWith(leadPlan.leads), results: [], notes };

  const leadResults = await allRows(
    leadPlan.creates,
    async (rows) => {
      await stores.writes.createLeads(team.id, rows, actorId, now);
      return undefined;
    },
    undefined,
  );
  const failedLeads = leadResults.find((result) => !result.written);
  for (const move of leadPlan.moves)
    await stores.writes.moveLeadCreatedAt(team.id, move.lead, move.at, actorId, now);
  const written = await stores.lookups.leads(team.id, {
    externalIds: leadPlan.leads.flatMap((lead) => (lead.externalId ? [lead.externalId] : [])),
    numbers: leadPlan.leads.flatMap((lead) => (lead.number > 0 ? [lead.number] : [])),
    companyKeys: leadPlan.leads.map((lead) => lead.companyKey),
  });
  const plan = await planWith(written);
  const { creates, updates } = planned(plan);
  input.progress?.start(creates.length + updates.length);
  const results = [
    ...(await allRows(
      creates,
      async (rows) => {
        const { progress } = input;
        const numbers = await stores.writes.createDeals(
          team.id,
          rows,
          { actorId, now },
          progress ? { every: progress.every, onWritten: (count) => progress.advance(count) } : undefined,
        );
        return rows.map(
          (create, index) =>
            `D-${numbers[index]} ${create.lead.company}: ${STAGE_LABELS[create.plan.toStage as Stage]}`,
        );
      },
      undefined,
    )),
    ...(await eachRow(
      updates,
      async (update) => {
        await stores.writes.updateDeal(team.id, update, actorId, now);
        return undefined;
      },
      input.progress,
    )),
  ];
  if (failedLeads && !failedLeads.written)
    notes.push(`The deals' new leads were not written: ${failedLeads.reason}`);
  return { plan, results, notes };
}

export async function importSpend(stores: ImportStores, input: KindInput): Promise<KindOutcome> {
  const { team, now, actorId } = input;
  const channels = await stores.store.teams.options(team.id, 'channel');
  const context = { channelKeys: channels.map((channel) => channel.key), defaultCurrency: team.currency };
  const reads = input.rows.map((row) => readSpendRow(row.line, row.values, context));
  const starts = reads.flatMap((read) => (read.ok ? [read.row.periodStart.getTime()] : []));
  const first = starts.reduce((earliest, start) => Math.min(earliest, start), Infinity);
  const last = starts.reduce((latest, start) => Math.max(latest, start), -Infinity);
  const stored =
    starts.length === 0
      ? []
      : await stores.lookups.spend(team.id, { start: new Date(first), end: new Date(last) });
  const plan = planSpendImport(reads, stored);
  if (!input.apply) return { plan, results: [] };
  const { creates } = planned(plan);
  input.progress?.start(creates.length);
  const results = await allRows(
    creates,
    async (rows) => {
      await stores.writes.createSpend(team.id, rows, actorId, now);
      return undefined;
    },
    input.progress,
  );
  return { plan, results };
}
