import { formatAge, formatDay } from '../domain/dates';
import type { TeamRecord } from '../store/teamStore';
import type { SlackDependencies } from './dependencies';

/** The Tandem team a request acts on, with formatters in its time zone. */
export type TeamContext = {
  team: TeamRecord;
  formatDate: (date: Date) => string;
  formatAge: (date: Date) => string;
};

export async function resolveTeam(deps: SlackDependencies, slackTeamId: string): Promise<TeamContext> {
  const team = await deps.store.teams.ensure(slackTeamId);
  return {
    team,
    formatDate: (date) => formatDay(date, team.timezone),
    formatAge: (date) => formatAge(date, deps.clock.now(), team.timezone),
  };
}
