import { DEFAULT_CHANNELS, type TeamOptionKind } from '../domain/channels';
import { DEFAULT_LOST_REASONS } from '../domain/lostReasons';
import type { PrismaDatabase } from './database';

export type TeamRecord = {
  id: string;
  slackTeamId: string;
  currency: string;
  timezone: string;
  locale: string;
  staleDealDays: number;
};

export type TeamOptionRecord = { key: string; label: string };

export class TeamStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The Tandem team of a Slack workspace, created with the default lists on first use. */
  async ensure(slackTeamId: string): Promise<TeamRecord> {
    const existing = await this.prisma.team.findUnique({ where: { slackTeamId } });
    if (existing) return existing;
    try {
      return await this.prisma.team.create({
        data: {
          slackTeamId,
          options: {
            create: [
              ...DEFAULT_CHANNELS.map((channel, position) => ({ kind: 'channel', ...channel, position })),
              ...DEFAULT_LOST_REASONS.map((reason, position) => ({
                kind: 'lost_reason',
                ...reason,
                position,
              })),
            ],
          },
        },
      });
    } catch (error) {
      // Two first requests of a workspace can race; the loser reads the winner's row.
      const winner = await this.prisma.team.findUnique({ where: { slackTeamId } });
      if (winner) return winner;
      throw error;
    }
  }

  async options(teamId: string, kind: TeamOptionKind): Promise<TeamOptionRecord[]> {
    return this.prisma.teamOption.findMany({
      where: { teamId, kind, archived: false },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: { key: true, label: true },
    });
  }
}
