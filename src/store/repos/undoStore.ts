import { type UndoRefusal, undoRefusal } from '../../domain/undo';
import type { Deal, Lead } from '../../generated/postgresql/client';
import type { Transaction } from './changeStore';
import { type MoneyAsNumber, moneyAsNumber } from '../db/moneyColumns';
import type { PipelineTransaction } from './pipelineTransaction';
import type { PipelineWriter } from './pipelineWriter';

/** What a deal change stores as its before/after JSON; lead changes store the lead itself. */
type DealSnapshot = { deal?: Deal; eventId?: string; lead?: Lead; leadChangeId?: string };

export type UndoneEntity =
  | { entityType: 'lead'; action: string; number: number; lead: Lead | undefined }
  | {
      entityType: 'deal';
      action: string;
      number: number;
      deal: MoneyAsNumber<Deal> | undefined;
      leadRestored: boolean;
    };

export type UndoOutcome =
  | { kind: 'undone'; undone: UndoneEntity }
  | {
      kind: 'refused';
      reference: string;
      refusal: UndoRefusal | { reason: 'has_deals'; dealNumbers: number[] };
    }
  | { kind: 'gone' };

const DEAL_COLUMNS = [
  'stage',
  'valueMinor',
  'currency',
  'discountPct',
  'expectedCloseDate',
  'problems',
  'desiredOutcomes',
  'offerRequestedAt',
  'offerSentAt',
  'negotiationRounds',
  'negotiationNotes',
  'lostReason',
  'lostReasonText',
  'ownerId',
  'stageEnteredAt',
  'closedAt',
] as const;
const LEAD_COLUMNS = [
  'company',
  'companyKey',
  'contactName',
  'email',
  'source',
  'campaign',
  'industry',
  'segment',
  'companySize',
  'country',
  'heardFrom',
  'promptedBy',
  'product',
  'note',
  'ownerId',
  'status',
  'statusReason',
  'statusChangedAt',
  'qualifiedAt',
] as const;
const DATE_COLUMNS = new Set<string>([
  'expectedCloseDate',
  'offerRequestedAt',
  'offerSentAt',
  'stageEnteredAt',
  'closedAt',
  'statusChangedAt',
  'qualifiedAt',
]);

/** The chosen columns of a snapshot read back from JSON, with its dates as Dates again. */
function restoredColumns(
  snapshot: Record<string, unknown>,
  columns: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    columns.map((column) => {
      const value = snapshot[column] ?? null;
      return [column, DATE_COLUMNS.has(column) && typeof value === 'string' ? new Date(value) : value];
    }),
  );
}

/**
 * The lead or deal changed between this undo's read and its write (a conditional update matched no
 * row); the transaction rolls back, claim included.
 */
class ChangedMeanwhile extends Error {}

/** `L-n` or `D-n` from the change's after-snapshot, which outlives a removed lead or deal. */
function snapshotReference(change: ChangeRow): string {
  if (change.entityType === 'deal') return `D-${parse<DealSnapshot>(change.afterJson)?.deal?.number ?? '?'}`;
  return `L-${parse<Lead>(change.afterJson)?.number ?? '?'}`;
}

function parse<T>(json: string | null): T | undefined {
  return json ? (JSON.parse(json) as T) : undefined;
}

/** Takes back the last change of a lead or deal (see src/domain/undo.ts for who may, and when). */
export class UndoStore {
  constructor(private readonly writer: PipelineWriter) {}

  async undo(teamId: string, changeId: string, actorId: string, now: Date): Promise<UndoOutcome> {
    try {
      return await this.undoOnce(teamId, changeId, actorId, now);
    } catch (error) {
      // Run again: the second run reads the lead or deal as changed and refuses with who changed it.
      if (error instanceof ChangedMeanwhile) return this.undoOnce(teamId, changeId, actorId, now);
      throw error;
    }
  }

  private async undoOnce(teamId: string, changeId: string, actorId: string, now: Date): Promise<UndoOutcome> {
    // The pipeline writer refreshes the facts of the lead the undo touched, in its transaction.
    return this.writer.write(teamId, async (pipeline) => {
      const { transaction } = pipeline;
      const change = await transaction.change.findFirst({ where: { id: changeId, teamId } });
      if (!change) return { kind: 'gone' };
      const early = undoRefusal(change, actorId, now);
      if (early) return { kind: 'refused', reference: snapshotReference(change), refusal: early };
      // The claim: of two clicks at once, one marks the change undone; the other waits for its row
      // lock, then finds the change taken and answers "already undone".
      const claimed = await transaction.change.updateMany({
        where: { id: change.id, undoneAt: null },
        data: { undoneAt: now },
      });
      if (claimed.count === 0) return this.alreadyUndone(transaction, change, now);
      const outcome =
        change.entityType === 'deal'
          ? await this.undoDeal(pipeline, change, actorId, now)
          : await this.undoLead(pipeline, change, actorId, now);
      if (outcome.kind !== 'undone') {
        await transaction.change.update({ where: { id: change.id }, data: { undoneAt: null } });
      }
      return outcome;
    });
  }

  private async alreadyUndone(transaction: Transaction, change: ChangeRow, now: Date): Promise<UndoOutcome> {
    const taken = await transaction.change.findUnique({ where: { id: change.id } });
    return {
      kind: 'refused',
      reference: snapshotReference(change),
      refusal: { reason: 'already_undone', at: taken?.undoneAt ?? now },
    };
  }

  /** The newest change of the entity after `change`, when its version shows someone changed it since. */
  private async laterChange(transaction: Transaction, change: ChangeRow, changedSince: boolean) {
    if (!changedSince) return undefined;
    const latest = await transaction.change.findFirst({
      where: {
        teamId: change.teamId,
        entityType: change.entityType,
        entityId: change.entityId,
        undoneAt: null,
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return latest && latest.id !== change.id
      ? latest
      : { actorId: change.actorId, createdAt: change.createdAt };
  }

  private async undoLead(
    pipeline: PipelineTransaction,
    change: ChangeRow,
    actorId: string,
    now: Date,
  ): Promise<UndoOutcome> {
    const { transaction } = pipeline;
    const after = parse<Lead>(change.afterJson);
    const current = await transaction.lead.findUnique({ where: { id: change.entityId } });
    if (!after || !current) return { kind: 'gone' };
    const reference = `L-${current.number}`;
    const later = await this.laterChange(transaction, change, current.version !== after.version);
    const refusal = undoRefusal(change, actorId, now, later);
    if (refusal) return { kind: 'refused', reference, refusal };
    if (change.action === 'create') {
      const deals = await transaction.deal.findMany({
        where: { leadId: current.id },
        select: { number: true },
        take: 5,
      });
      if (deals.length > 0) {
        return {
          kind: 'refused',
          reference,
          refusal: { reason: 'has_deals', dealNumbers: deals.map((deal) => deal.number) },
        };
      }
      if (!(await pipeline.deleteLead(current))) throw new ChangedMeanwhile();
      return {
        kind: 'undone',
        undone: { entityType: 'lead', action: change.action, number: current.number, lead: undefined },
      };
    }
    const before = parse<Lead>(change.beforeJson) ?? current;
    if (!(await pipeline.setLead(current, restoredColumns(before, LEAD_COLUMNS), now)))
      throw new ChangedMeanwhile();
    const lead = await transaction.lead.findUniqueOrThrow({ where: { id: current.id } });
    return {
      kind: 'undone',
      undone: { entityType: 'lead', action: change.action, number: lead.number, lead },
    };
  }

  private async undoDeal(
    pipeline: PipelineTransaction,
    change: ChangeRow,
    actorId: string,
    now: Date,
  ): Promise<UndoOutcome> {
    const { transaction } = pipeline;
    const after = parse<DealSnapshot>(change.afterJson);
    const before = parse<DealSnapshot>(change.beforeJson);
    const current = await transaction.deal.findUnique({ where: { id: change.entityId } });
    if (!after?.deal || !current) return { kind: 'gone' };
    const reference = `D-${current.number}`;
    const later = await this.laterChange(transaction, change, current.version !== after.deal.version);
    const refusal = undoRefusal(change, actorId, now, later);
    if (refusal) return { kind: 'refused', reference, refusal };

    let deal: MoneyAsNumber<Deal> | undefined;
    // The events about to go, the move's or (with the deal) all of them, leave StageDay first.
    if (before?.deal) {
      if (after.eventId) await pipeline.removeEvents(current, after.eventId);
      const restored = await pipeline.setDeal(current, restoredColumns(before.deal, DEAL_COLUMNS), now);
      if (!restored) throw new ChangedMeanwhile();
      deal = moneyAsNumber(await transaction.deal.findUniqueOrThrow({ where: { id: current.id } }));
    } else {
      await pipeline.removeEvents(current, undefined);
      if (!(await pipeline.deleteDeal(current))) throw new ChangedMeanwhile();
    }
    const leadRestored = await this.restoreQualifiedLead(pipeline, before, after, now);
    return {
      kind: 'undone',
      undone: { entityType: 'deal', action: change.action, number: current.number, deal, leadRestored },
    };
  }

  /** Puts back the lead a deal move qualified, unless someone changed the lead since. */
  private async restoreQualifiedLead(
    pipeline: PipelineTransaction,
    before: DealSnapshot | undefined,
    after: DealSnapshot,
    now: Date,
  ): Promise<boolean> {
    if (!before?.lead || !after.lead) return false;
    if (!(await pipeline.setLead(after.lead, restoredColumns(before.lead, LEAD_COLUMNS), now))) return false;
    if (after.leadChangeId) {
      await pipeline.transaction.change.updateMany({
        where: { id: after.leadChangeId },
        data: { undoneAt: now },
      });
    }
    return true;
  }
}

type ChangeRow = {
  id: string;
  teamId: string;
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
  createdAt: Date;
  undoneAt: Date | null;
};
