import type { Clock } from '../clock';
import type { Store } from '../store';
import type { DealRecord } from '../store/repos/dealStore';
import type { LeadRecord } from '../store/repos/leadStore';

export type QualificationOutcome =
  | { kind: 'changed'; lead: LeadRecord; changeId: string; openDeals: DealRecord[] }
  | { kind: 'unchanged'; lead: LeadRecord };

/** Qualifying and disqualifying leads by hand (a deal moving to QUALIFIED qualifies its lead by itself). */
export class LeadQualificationService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async qualify(
    teamId: string,
    actorId: string,
    number: number,
    reason?: string,
  ): Promise<QualificationOutcome> {
    return this.setStatus(teamId, actorId, number, 'qualified', reason);
  }

  async disqualify(
    teamId: string,
    actorId: string,
    number: number,
    reason: string,
  ): Promise<QualificationOutcome> {
    return this.setStatus(teamId, actorId, number, 'disqualified', reason);
  }

  private async setStatus(
    teamId: string,
    actorId: string,
    number: number,
    status: 'qualified' | 'disqualified',
    reason: string | undefined,
  ): Promise<QualificationOutcome> {
    const current = await this.store.leads.getByNumber(teamId, number);
    // Qualifying twice would move qualifiedAt and count the lead again in a later period.
    if (current.status === status && (status === 'qualified' || current.statusReason === reason)) {
      return { kind: 'unchanged', lead: current };
    }
    const { lead, changeId } = await this.store.pipelineWriter.setLeadStatus({
      teamId,
      number,
      status,
      reason,
      actorId,
      at: this.clock.now(),
    });
    const deals = await this.store.deals.dealsOfLead(teamId, lead.id);
    return { kind: 'changed', lead, changeId, openDeals: deals.filter((deal) => deal.closedAt === null) };
  }
}
