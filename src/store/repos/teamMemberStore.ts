import type { TeamRole } from '../../domain/teamRoles';
import type { PrismaDatabase } from '../db/database';
import { defaultTeamKey, type TeamRecord } from './teamStore';

/** A user given a role above member in a team. */
export type TeamStaff = { userId: string; role: Exclude<TeamRole, 'member'> };

/** Users' roles in teams and their default team in each workspace. */
export class TeamMemberStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The role a team's admins gave the user; undefined when they gave none. */
  async assignedRole(teamId: string, userId: string): Promise<string | undefined> {
    const member = await this.prisma.teamMember.findUnique({
      where: { teamId_userId: { teamId, userId } },
      select: { role: true },
    });
    return member?.role;
  }

  /** The team's admins and facilitators (as assigned in Tandem), admins first. */
  async staff(teamId: string): Promise<TeamStaff[]> {
    const rows = await this.prisma.teamMember.findMany({
      where: { teamId, role: { in: ['admin', 'facilitator'] } },
      orderBy: [{ role: 'asc' }, { userId: 'asc' }],
      select: { userId: true, role: true },
    });
    return rows.map((row) => ({ userId: row.userId, role: row.role === 'admin' ? 'admin' : 'facilitator' }));
  }

  /** The team the user chose as their default in the workspace; undefined until they choose one. */
  async defaultTeamId(slackTeamId: string, userId: string): Promise<string | undefined> {
    const member = await this.prisma.teamMember.findUnique({
      where: { defaultKey: defaultTeamKey(slackTeamId, userId) },
      select: { teamId: true },
    });
    return member?.teamId;
  }

  /** Makes the team the user's default in its workspace (their other teams stop being it), in one transaction. */
  async makeDefault(team: TeamRecord, userId: string): Promise<void> {
    const defaultKey = defaultTeamKey(team.slackTeamId, userId);
    await this.prisma.$transaction([
      this.prisma.teamMember.updateMany({
        where: { defaultKey, NOT: { teamId: team.id } },
        data: { defaultKey: null },
      }),
      this.prisma.teamMember.upsert({
        where: { teamId_userId: { teamId: team.id, userId } },
        create: { teamId: team.id, userId, defaultKey },
        update: { defaultKey },
      }),
    ]);
  }

  /** Gives a user a role in a team, keeping whether it is their default team. */
  async assign(teamId: string, userId: string, role: TeamRole): Promise<void> {
    await this.prisma.teamMember.upsert({
      where: { teamId_userId: { teamId, userId } },
      create: { teamId, userId, role },
      update: { role },
    });
  }

  /** The language the user chose for themselves in this team; undefined when they chose none. */
  async language(teamId: string, userId: string): Promise<string | undefined> {
    const member = await this.prisma.teamMember.findUnique({
      where: { teamId_userId: { teamId, userId } },
      select: { language: true },
    });
    return member?.language ?? undefined;
  }

  /** Sets (or with null clears) the user's own language in this team, keeping their role and default. */
  async setLanguage(teamId: string, userId: string, language: string | null): Promise<void> {
    await this.prisma.teamMember.upsert({
      where: { teamId_userId: { teamId, userId } },
      create: { teamId, userId, language },
      update: { language },
    });
  }
}
