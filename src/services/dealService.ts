import type { Clock } from '../clock';
import { type DealDraft, type DealTerms, validateDealDraft } from '../domain/deal';
import { type DealDurations, dealDurations } from '../domain/dealTimeline';
import type { FieldProblem } from '../domain/inputError';
import { planReopen, planStageMove, type StageMovePlan, type StageMoveRefusal } from '../domain/stageMove';
import type { Stage } from '../domain/stages';
import { VersionConflictError } from '../errors';
import type { Store } from '../store';
import type { DealRecord, DealWithLead, DealWrite, StageEventRecord } from '../store/repos/dealStore';
import type { LeadRecord } from '../store/repos/leadStore';
import type { TeamRecord } from '../store/repos/teamStore';

export type DealOutcome =
  | { kind: 'moved'; write: DealWrite; plan: StageMovePlan; wonFrom?: WonValueSource }
  | { kind: 'updated'; deal: DealWithLead; changeId: string }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'refused'; deal: DealWithLead; refusal: StageMoveRefusal }
  | { kind: 'conflict'; current: DealWithLead; lastEvent: StageEventRecord | undefined }
  | { kind: 'lead_has_open_deals'; lead: LeadRecord; openDeals: DealRecord[] };

/** A won value Tandem worked out: the offer's value less its discount, since none was typed. */
export type WonValueSource = { offerMinor: number; discountPct: number | null };

/** What the stage change asks for: a stage to move to, a reopen (optionally into a stage), or terms only. */
export type DealChange =
  { kind: 'move'; stage: Stage } | { kind: 'reopen'; stage?: Stage } | { kind: 'update' };

export type DealTimeline = { deal: DealWithLead; events: StageEventRecord[]; durations: DealDurations };

/** Running deals through the pipeline: stage rules, validation, optimistic versions, events. */
export class DealService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private async validate(
    team: TeamRecord,
    draft: DealDraft,
    toStage: Stage | undefined,
    currency: string,
    standing?: DealRecord,
  ) {
    const lostReasons = await this.store.teams.options(team.id, 'lost_reason');
    return validateDealDraft(draft, {
      toStage,
      currency,
      lostReasons,
      ...(standing
        ? { standing: { valueMinor: standing.valueMinor, discountPct: standing.discountPct } }
        : {}),
    });
  }

  /**
   * Opens a deal for lead `leadNumber` in `stage`. From a quick command (`allowSecondDeal` false) a
   * lead with an open deal is refused, since the rep most likely meant to move that deal.
   */
  async create(
    team: TeamRecord,
    actorId: string,
    input: { leadNumber: number; stage: Stage; draft: DealDraft; allowSecondDeal: boolean },
  ): Promise<DealOutcome> {
    const lead = await this.store.leads.getByNumber(team.id, input.leadNumber);
    // Before validating: the rep may be moving the open deal, which needs less (a won value it has).
    if (!input.allowSecondDeal) {
      const openDeals = (await this.store.deals.dealsOfLead(team.id, lead.id)).filter(
        (deal) => deal.closedAt === null,
      );
      if (openDeals.length > 0) return { kind: 'lead_has_open_deals', lead, openDeals };
    }
    const validated = await this.validate(team, input.draft, input.stage, team.currency);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const plan = planStageMove(null, input.stage);
    if (!plan.ok) throw new Error('a new deal can always be created');
    const write = await this.store.pipelineWriter.createDeal({
      teamId: lead.teamId,
      leadId: lead.id,
      plan: plan.plan,
      terms: validated.value,
      currency: validated.value.currency ?? team.currency,
      actorId,
      at: this.clock.now(),
    });
    return { kind: 'moved', write, plan: plan.plan };
  }

  /**
   * Moves, reopens or edits deal `number`. `expectedVersion` is the version the user saw (a form);
   * quick commands pass none and act on the version just read. Either way a concurrent change
   * between read and write comes back as a conflict with the deal as it is now.
   */
  async change(
    team: TeamRecord,
    actorId: string,
    input: { number: number; change: DealChange; draft: DealDraft; expectedVersion?: number },
  ): Promise<DealOutcome> {
    const deal = await this.store.deals.getByNumber(team.id, input.number);
    const expectedVersion = input.expectedVersion ?? deal.version;
    if (deal.version !== expectedVersion) return this.conflict(team, deal);
    const plan = await this.plan(team, deal, input.change);
    if (!plan.ok) {
      const keepsStage = plan.refusal.reason === 'same_stage' && Object.keys(input.draft).length > 0;
      if (!keepsStage) return { kind: 'refused', deal, refusal: plan.refusal };
    }
    const toStage = plan.ok ? plan.plan.toStage : undefined;
    const validated = await this.validate(team, input.draft, toStage, deal.currency, deal);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    try {
      if (!plan.ok) return await this.update(team, actorId, deal, expectedVersion, validated.value);
      const write = await this.store.pipelineWriter.moveDeal({
        teamId: team.id,
        number: input.number,
        expectedVersion,
        plan: plan.plan,
        terms: validated.value,
        actorId,
        at: this.clock.now(),
      });
      const derivedWonValue =
        toStage === 'WON' && input.draft.value === undefined && deal.valueMinor !== null;
      if (!derivedWonValue) return { kind: 'moved', write, plan: plan.plan };
      const discountPct = write.deal.discountPct;
      return {
        kind: 'moved',
        write,
        plan: plan.plan,
        wonFrom: { offerMinor: deal.valueMinor ?? 0, discountPct },
      };
    } catch (error) {
      if (error instanceof VersionConflictError) {
        return this.conflict(team, await this.store.deals.getByNumber(team.id, input.number));
      }
      throw error;
    }
  }

  private async plan(team: TeamRecord, deal: DealWithLead, change: DealChange) {
    const current = deal.stage as Stage;
    if (change.kind === 'move') return planStageMove(current, change.stage);
    if (change.kind === 'reopen') {
      const closing = await this.store.deals.lastEvent(team.id, deal.id);
      return planReopen(current, (closing?.fromStage as Stage | null | undefined) ?? null, change.stage);
    }
    return planStageMove(current, current);
  }

  private async update(
    team: TeamRecord,
    actorId: string,
    deal: DealWithLead,
    expectedVersion: number,
    terms: DealTerms,
  ): Promise<DealOutcome> {
    const { deal: updated, changeId } = await this.store.pipelineWriter.updateDeal({
      teamId: team.id,
      number: deal.number,
      expectedVersion,
      terms,
      actorId,
      at: this.clock.now(),
    });
    return { kind: 'updated', deal: updated, changeId };
  }

  private async conflict(team: TeamRecord, current: DealWithLead): Promise<DealOutcome> {
    return { kind: 'conflict', current, lastEvent: await this.store.deals.lastEvent(team.id, current.id) };
  }

  /** A deal with its stage events and the durations derived from them. */
  async timeline(team: TeamRecord, number: number): Promise<DealTimeline> {
    const deal = await this.store.deals.getByNumber(team.id, number);
    const events = await this.store.deals.events(team.id, deal.id);
    const durations = dealDurations(
      events.map((event) => ({ toStage: event.toStage as Stage, at: event.at })),
      {
        now: this.clock.now(),
        leadCreatedAt: deal.lead.createdAt,
        offerRequestedAt: deal.offerRequestedAt,
        offerSentAt: deal.offerSentAt,
      },
    );
    return { deal, events, durations };
  }
}
