import type { Prisma } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';

export type Transaction = Prisma.TransactionClient;

export type ChangeEntity = 'lead' | 'deal';

export type ChangeRecord = {
  id: string;
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
  createdAt: Date;
  undoneAt: Date | null;
};

/** Writes one audit row inside the caller's transaction; before/after are stored as JSON. */
export async function recordChange(
  transaction: Transaction,
  change: {
    teamId: string;
    entityType: ChangeEntity;
    entityId: string;
    actorId: string;
    action: string;
    before: unknown;
    after: unknown;
    at: Date;
  },
): Promise<string> {
  const row = await transaction.change.create({
    data: {
      teamId: change.teamId,
      entityType: change.entityType,
      entityId: change.entityId,
      actorId: change.actorId,
      action: change.action,
      beforeJson: change.before === undefined ? null : JSON.stringify(change.before, bigintsAsNumbers),
      afterJson: change.after === undefined ? null : JSON.stringify(change.after, bigintsAsNumbers),
      createdAt: change.at,
    },
    select: { id: true },
  });
  return row.id;
}

/** The audit trail of leads and deals (the `Change` table), read side. */
export class ChangeStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /**
   * The team a change belongs to, for an Undo clicked where another team is the default: the
   * caller acts on it only when that team is one of the clicking workspace's (resolveTeam checks).
   */
  async teamIdOf(changeId: string): Promise<string | undefined> {
    const change = await this.prisma.change.findUnique({ where: { id: changeId }, select: { teamId: true } });
    return change?.teamId;
  }

  /**
   * The changes of one lead or deal made after it was at `version` (read from each change's
   * before-snapshot), oldest first: the first one's before is the entity as it was at `version`.
   */
  async since(
    teamId: string,
    entityType: ChangeEntity,
    entityId: string,
    version: number,
  ): Promise<ChangeRecord[]> {
    const changes = await this.prisma.change.findMany({
      where: { teamId, entityType, entityId, undoneAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const start = changes.findIndex(
      (change) => (JSON.parse(change.beforeJson ?? '{}') as { version?: number }).version === version,
    );
    return start === -1 ? [] : changes.slice(start);
  }

  /** The newest change of one lead or deal that is not undone. */
  async latestFor(
    teamId: string,
    entityType: ChangeEntity,
    entityId: string,
  ): Promise<ChangeRecord | undefined> {
    const change = await this.prisma.change.findFirst({
      where: { teamId, entityType, entityId, undoneAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return change ?? undefined;
  }
}

/** Money columns come from Prisma as bigint, which JSON cannot hold; as numbers they are exact below 2^53. */
function bigintsAsNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}
