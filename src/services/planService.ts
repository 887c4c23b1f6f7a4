import type { Clock } from '../clock';
import { type FieldProblem, because, problem } from '../domain/inputError';
import {
  PLAN_CHANNEL_EXAMPLE,
  type PlanCommand,
  PLAN_FIGURES,
  type PlanValue,
  readPlanValue,
} from '../domain/plan';
import type { Store } from '../store';
import type { PlanRecord } from '../store/repos/planStore';
import type { TeamRecord } from '../store/repos/teamStore';

export type SetPlanOutcome =
  { kind: 'set'; values: PlanValue[]; plan: PlanRecord[] } | { kind: 'invalid'; problems: FieldProblem[] };

/** Setting a team's plan per figure (and per channel) and reading the plan in force. */
export class PlanService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Validates every value (money in the team's currency, a known channel) and saves them together. */
  async set(
    team: TeamRecord,
    actorId: string,
    request: Extract<PlanCommand, { kind: 'set' }>,
  ): Promise<SetPlanOutcome> {
    const problems: FieldProblem[] = [];
    let channel = '';
    if (request.channel !== undefined) {
      const channels = (await this.store.teams.options(team.id, 'channel')).map((option) => option.key);
      const typed = request.channel.toLowerCase();
      if (channels.includes(typed)) channel = typed;
      else
        problems.push(
          problem(
            'channel',
            because('problem.unknownChannel', { typed: request.channel, channels: channels.join(', ') }),
            PLAN_CHANNEL_EXAMPLE,
          ),
        );
    }
    const values: PlanValue[] = [];
    for (const entry of request.entries) {
      const read = readPlanValue(entry.name, entry.value, team.currency);
      if (read.ok) values.push({ figure: PLAN_FIGURES[entry.name], channel, value: read.value });
      else problems.push(read.problem);
    }
    if (problems.length > 0) return { kind: 'invalid', problems };
    const now = this.clock.now();
    await this.store.plans.set(team.id, values, actorId, now);
    return { kind: 'set', values, plan: await this.store.plans.inForce(team.id, now) };
  }

  /** The plan in force now, or at `at` (a digest's period end). */
  async inForce(team: TeamRecord, at: Date = this.clock.now()): Promise<PlanRecord[]> {
    return this.store.plans.inForce(team.id, at);
  }
}
