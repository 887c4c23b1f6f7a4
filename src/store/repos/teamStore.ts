import type { TeamOptionKind } from '../../domain/channels';
import { DEFAULT_LANGUAGE } from '../../i18n/locales';
import { builtInOptions } from '../../i18n/teamOptionLabel';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

export type TeamRecord = {
  id: string;
  slackTeamId: string;
  /** The Enterprise Grid organisation, when the workspace belongs to one. */
  enterpriseId: string | null;
  name: string;
  currency: string;
  timezone: string;
  locale: string;
  staleDealDays: number;
};

export type TeamOptionRecord = { key: string; label: string };

/** The name of the team a workspace starts with (admins rename it in `/tandem settings`). */
export const DEFAULT_TEAM_NAME = 'main';

/** How a request's team was picked: its channel's binding, the user's default, the workspace's default. */
export type TeamPick = 'channel' | 'user' | 'workspace';

/** Where a request came from, as far as picking its team goes. */
export type TeamRequest = { slackTeamId: string; enterpriseId?: string; channelId?: string; userId?: string };

/** A team of a workspace with its bound channels, for `/tandem team`. */
export type WorkspaceTeam = TeamRecord & { channelIds: string[] };

/** The key that marks a user's default team in a workspace (TeamMember.defaultKey). */
export function defaultTeamKey(slackTeamId: string, userId: string): string {
  return `${slackTeamId}:${userId}`;
}

/** A workspace's first team comes first: it is the workspace's default team. */
const FIRST_TEAM_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

export class TeamStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The default Tandem team of a Slack workspace (its first), created with the default lists on first use. */
  async ensure(slackTeamId: string, enterpriseId?: string): Promise<TeamRecord> {
    const existing = await this.firstOf(slackTeamId);
    if (existing) return existing;
    try {
      return await this.prisma.team.create({
        data: {
          slackTeamId,
          name: DEFAULT_TEAM_NAME,
          enterpriseId: enterpriseId ?? null,
          options: { create: builtInOptions(DEFAULT_LANGUAGE) },
        },
      });
    } catch (error) {
      // Two first requests of a workspace can race; the loser reads the winner's row.
      const winner = await this.firstOf(slackTeamId);
      if (winner) return winner;
      throw error;
    }
  }

  /**
   * The team a request acts on: the team its channel is bound to; else the user's default team;
   * else the workspace's default team. Each step is one read by a unique key; a user without a
   * default team is given the bound channel's team (one write, once).
   */
  async forRequest(request: TeamRequest): Promise<{ team: TeamRecord; pickedBy: TeamPick }> {
    const { slackTeamId, channelId, userId } = request;
    if (channelId) {
      const bound = await this.prisma.teamChannel.findUnique({
        where: { slackTeamId_channelId: { slackTeamId, channelId } },
        select: { team: true },
      });
      if (bound) {
        if (userId) await this.adoptAsDefault(bound.team, userId);
        return { team: bound.team, pickedBy: 'channel' };
      }
    }
    if (userId) {
      const member = await this.prisma.teamMember.findUnique({
        where: { defaultKey: defaultTeamKey(slackTeamId, userId) },
        select: { team: true },
      });
      if (member) return { team: member.team, pickedBy: 'user' };
    }
    return { team: await this.ensure(slackTeamId, request.enterpriseId), pickedBy: 'workspace' };
  }

  /** The user's default team in the workspace, when they have one. */
  async defaultOf(slackTeamId: string, userId: string): Promise<TeamRecord | undefined> {
    const member = await this.prisma.teamMember.findUnique({
      where: { defaultKey: defaultTeamKey(slackTeamId, userId) },
      select: { team: true },
    });
    return member?.team;
  }

  /** How many Tandem teams the workspace has: with more than one, replies name theirs. */
  async countInWorkspace(slackTeamId: string): Promise<number> {
    return this.prisma.team.count({ where: { slackTeamId } });
  }

  /** Every team of a workspace, the default one first, with the channels bound to each. */
  async inWorkspace(slackTeamId: string): Promise<WorkspaceTeam[]> {
    const teams = await this.prisma.team.findMany({
      where: { slackTeamId },
      orderBy: FIRST_TEAM_FIRST,
      include: { channels: { select: { channelId: true }, orderBy: { boundAt: 'asc' } } },
    });
    return teams.map(({ channels, ...team }) => ({
      ...team,
      channelIds: channels.map((each) => each.channelId),
    }));
  }

  /**
   * A new team of the workspace, starting with the settings of `like` (currency, zone, language,
   * stale-deal threshold) and the default lists; undefined when the name is taken.
   */
  async create(like: TeamRecord, name: string): Promise<TeamRecord | undefined> {
    try {
      return await this.prisma.team.create({
        data: {
          slackTeamId: like.slackTeamId,
          enterpriseId: like.enterpriseId,
          name,
          currency: like.currency,
          timezone: like.timezone,
          locale: like.locale,
          staleDealDays: like.staleDealDays,
          // The lists are named in the new team's language (a team changing language sees them translated).
          options: { create: builtInOptions(like.locale) },
        },
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /**
   * A user who has not chosen a default team gets the team of the first bound channel they use,
   * so their App Home, DMs and commands elsewhere follow the team they work in.
   */
  private async adoptAsDefault(team: TeamRecord, userId: string): Promise<void> {
    const defaultKey = defaultTeamKey(team.slackTeamId, userId);
    const chosen = await this.prisma.teamMember.findUnique({ where: { defaultKey }, select: { id: true } });
    if (chosen) return;
    try {
      await this.prisma.teamMember.upsert({
        where: { teamId_userId: { teamId: team.id, userId } },
        create: { teamId: team.id, userId, defaultKey },
        update: { defaultKey },
      });
    } catch (error) {
      // Two first requests of the user raced: one default was kept, which is all that matters.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  private async firstOf(slackTeamId: string): Promise<TeamRecord | undefined> {
    return (
      (await this.prisma.team.findFirst({ where: { slackTeamId }, orderBy: FIRST_TEAM_FIRST })) ?? undefined
    );
  }

  async options(teamId: string, kind: TeamOptionKind): Promise<TeamOptionRecord[]> {
    return this.prisma.teamOption.findMany({
      where: { teamId, kind, archived: false },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: { key: true, label: true },
    });
  }
}
