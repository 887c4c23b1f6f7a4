import type { LeadStatus } from '../../domain/lead';
import { NotFoundError } from '../../errors';
import type { Lead } from '../../generated/postgresql/client';
import { recordChange } from './changeStore';
import type { PrismaDatabase } from '../db/database';
import type { PipelineFacts } from '../readModel/facts/refreshFacts';

export type LeadStatusChange = { before: Lead; lead: Lead; changeId: string };

/** Qualification of leads: status, reason and timestamps, each change audited for undo. */
export class LeadStatusStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly facts: PipelineFacts,
  ) {}

  /**
   * Sets a lead's status; `qualifiedAt` is set on qualifying and cleared on disqualifying, so
   * "qualified" always means status qualified with its time.
   */
  async setStatus(input: {
    teamId: string;
    number: number;
    status: Exclude<LeadStatus, 'new'>;
    reason: string | undefined;
    actorId: string;
    at: Date;
  }): Promise<LeadStatusChange> {
    const { teamId, number, status, actorId, at } = input;
    return this.prisma.$transaction(async (transaction) => {
      const before = await transaction.lead.findUnique({ where: { teamId_number: { teamId, number } } });
      if (!before) throw new NotFoundError('Lead', `L-${number}`);
      const lead = await transaction.lead.update({
        where: { id: before.id },
        data: {
          status,
          statusReason: input.reason ?? null,
          statusChangedAt: at,
          qualifiedAt: status === 'qualified' ? at : null,
          version: { increment: 1 },
          updatedAt: at,
        },
      });
      const changeId = await recordChange(transaction, {
        teamId,
        entityType: 'lead',
        entityId: before.id,
        actorId,
        action: status === 'qualified' ? 'qualify' : 'disqualify',
        before,
        after: lead,
        at,
      });
      await this.facts.refreshLeads(transaction, teamId, [before.id]);
      return { before, lead, changeId };
    });
  }
}
