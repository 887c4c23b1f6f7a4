import type { Clock } from '../clock';
import { type Announcements, sameTeamName, type TeamLists, type TeamSettings } from '../domain/teamSettings';
import type { Store } from '../store';
import type { ExchangeRateInput, ExchangeRateRecord } from '../store/repos/exchangeRateStore';
import type { TeamStaff } from '../store/repos/teamMemberStore';
import type { TeamPick, TeamRecord, TeamRequest, WorkspaceTeam } from '../store/repos/teamStore';
import { TeamContextCache } from './teamContextCache';

export type SwitchOutcome =
  { kind: 'switched'; team: TeamRecord } | { kind: 'unknown'; teams: WorkspaceTeam[] };

export type CreateOutcome = { kind: 'created'; team: TeamRecord } | { kind: 'name_taken'; team: TeamRecord };

export type BindChannelOutcome =
  | { kind: 'bound' }
  | { kind: 'already_bound' }
  /** The channel belongs to another team of the workspace: unbind it there first. */
  | { kind: 'bound_elsewhere'; team: TeamRecord };

export type SaveSettingsOutcome = { kind: 'saved' } | { kind: 'name_taken' };

/** What the settings form starts from. */
export type TeamSettingsView = TeamLists & {
  team: TeamRecord;
  staff: TeamStaff[];
  announcements: Announcements;
};

/**
 * Several Tandem teams in one Slack workspace: creating them, binding channels, defaults and
 * settings. What every request reads first (its team, the reader's language, the workspace's team
 * count) comes through a short-lived cache (src/services/teamContextCache.ts) that each write here
 * clears.
 */
export class TeamService {
  private readonly cache: TeamContextCache;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    cache?: TeamContextCache,
  ) {
    this.cache = cache ?? new TeamContextCache(clock);
  }

  /** The workspace's teams with their channels, the default team first. */
  workspaceTeams(slackTeamId: string): Promise<WorkspaceTeam[]> {
    return this.store.teams.inWorkspace(slackTeamId);
  }

  /** A team of the workspace by name, whatever its case ("emea" finds "EMEA"). */
  /**
   * A request's team: the one its channel is bound to (which becomes the user's default), else the
   * user's default team, else the workspace's default team, created on first use.
   */
  async forRequest(request: TeamRequest): Promise<{ team: TeamRecord; pickedBy: TeamPick }> {
    const { slackTeamId, enterpriseId = '', channelId = '', userId = '' } = request;
    return this.cache.read(`team ${slackTeamId} ${enterpriseId} ${channelId} ${userId}`, () =>
      this.store.teams.forRequest(request),
    );
  }

  /** The language a member chose for themselves in the team; undefined when they chose none. */
  memberLanguage(teamId: string, userId: string): Promise<string | undefined> {
    return this.cache.read(`language ${teamId} ${userId}`, () =>
      this.store.teamMembers.language(teamId, userId),
    );
  }

  /** How many Tandem teams the workspace has: with more than one, replies name theirs. */
  countInWorkspace(slackTeamId: string): Promise<number> {
    return this.cache.read(`count ${slackTeamId}`, () => this.store.teams.countInWorkspace(slackTeamId));
  }

  /** Runs a write to teams, channels, defaults or languages, then forgets what the cache held. */
  private async changing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.cache.clear();
    }
  }

  async byName(slackTeamId: string, name: string): Promise<WorkspaceTeam | undefined> {
    return (await this.workspaceTeams(slackTeamId)).find((team) => sameTeamName(team.name, name));
  }

  /** Makes the named team the user's default in the workspace; used wherever no bound channel decides. */
  async switchTo(slackTeamId: string, userId: string, name: string): Promise<SwitchOutcome> {
    const teams = await this.workspaceTeams(slackTeamId);
    const team = teams.find((each) => sameTeamName(each.name, name));
    if (!team) return { kind: 'unknown', teams };
    await this.changing(() => this.store.teamMembers.makeDefault(team, userId));
    return { kind: 'switched', team };
  }

  /**
   * A new team in the workspace of `from`, with its settings; whoever creates it becomes its admin
   * so they can bind its channels and name its people.
   */
  async create(from: TeamRecord, actorId: string, name: string): Promise<CreateOutcome> {
    const taken = await this.byName(from.slackTeamId, name);
    if (taken) return { kind: 'name_taken', team: taken };
    const team = await this.changing(() => this.store.teams.create(from, name));
    if (!team) {
      const winner = await this.byName(from.slackTeamId, name);
      if (winner) return { kind: 'name_taken', team: winner };
      throw new Error(`team "${name}" could not be created in ${from.slackTeamId}`);
    }
    await this.changing(() => this.store.teamMembers.assign(team.id, actorId, 'admin'));
    return { kind: 'created', team };
  }

  async bind(team: TeamRecord, channelId: string, actorId: string): Promise<BindChannelOutcome> {
    const outcome = await this.changing(() =>
      this.store.teamChannels.bind(team, channelId, actorId, this.clock.now()),
    );
    if (outcome.kind === 'bound') return outcome;
    if (outcome.teamId === team.id) return { kind: 'already_bound' };
    const holder = (await this.workspaceTeams(team.slackTeamId)).find((each) => each.id === outcome.teamId);
    if (!holder) throw new Error(`channel ${channelId} is bound to a team outside ${team.slackTeamId}`);
    return { kind: 'bound_elsewhere', team: holder };
  }

  /** True when the channel was bound to the team. */
  unbind(team: TeamRecord, channelId: string): Promise<boolean> {
    return this.changing(() => this.store.teamChannels.unbind(team.id, channelId));
  }

  async settingsOf(team: TeamRecord): Promise<TeamSettingsView> {
    const [channels, products, staff, announcements] = await Promise.all([
      this.store.teams.options(team.id, 'channel'),
      this.store.teams.options(team.id, 'product'),
      this.store.teamMembers.staff(team.id),
      this.store.teamSettings.announcements(team.id),
    ]);
    return { team, channels, products, staff, announcements };
  }

  /** The lists as they are now, which entries typed in the form keep their keys against. */
  async listsOf(teamId: string): Promise<TeamLists> {
    const [channels, products] = await Promise.all([
      this.store.teams.options(teamId, 'channel'),
      this.store.teams.options(teamId, 'product'),
    ]);
    return { channels, products };
  }

  async saveSettings(team: TeamRecord, settings: TeamSettings): Promise<SaveSettingsOutcome> {
    const clash = await this.byName(team.slackTeamId, settings.name);
    if (clash && clash.id !== team.id) return { kind: 'name_taken' };
    return { kind: await this.changing(() => this.store.teamSettings.save(team.id, settings)) };
  }

  saveLists(team: TeamRecord, lists: TeamLists): Promise<void> {
    return this.changing(() => this.store.teamSettings.saveLists(team.id, lists));
  }

  /** A member's own language in the team (`null`: follow the team's and their Slack locale). */
  setMemberLanguage(teamId: string, userId: string, language: string | null): Promise<void> {
    return this.changing(() => this.store.teamMembers.setLanguage(teamId, userId, language));
  }

  /** The team's rate from one currency into its own, valid from a day on. */
  setExchangeRate(teamId: string, rate: ExchangeRateInput): Promise<ExchangeRateRecord> {
    return this.store.exchangeRates.set(teamId, rate);
  }
}
