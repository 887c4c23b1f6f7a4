import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';
import type { TeamRecord } from './teamStore';

export type BindOutcome =
  | { kind: 'bound' }
  /** The channel was already bound: to this team, or to another team of the workspace. */
  | { kind: 'already_bound'; teamId: string };

/** Which Slack channels belong to which team; a channel belongs to at most one team of its workspace. */
export class TeamChannelStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Binds a channel to a team unless it is bound already (the unique key settles a race). */
  async bind(team: TeamRecord, channelId: string, actorId: string, at: Date): Promise<BindOutcome> {
    try {
      await this.prisma.teamChannel.create({
        data: { teamId: team.id, slackTeamId: team.slackTeamId, channelId, boundById: actorId, boundAt: at },
      });
      return { kind: 'bound' };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const holder = await this.prisma.teamChannel.findUnique({
        where: { slackTeamId_channelId: { slackTeamId: team.slackTeamId, channelId } },
        select: { teamId: true },
      });
      if (!holder) throw error;
      return { kind: 'already_bound', teamId: holder.teamId };
    }
  }

  /** True when the channel was bound to the team and no longer is. */
  async unbind(teamId: string, channelId: string): Promise<boolean> {
    const { count } = await this.prisma.teamChannel.deleteMany({ where: { teamId, channelId } });
    return count > 0;
  }

  async channelsOf(teamId: string): Promise<string[]> {
    const rows = await this.prisma.teamChannel.findMany({
      where: { teamId },
      orderBy: { boundAt: 'asc' },
      select: { channelId: true },
    });
    return rows.map((row) => row.channelId);
  }
}
