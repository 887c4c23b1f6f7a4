import type { PrismaDatabase } from '../db/database';
import { installationKeyOf, type InstallationRef } from './installationStore';

/** What a purge of one Slack workspace deletes: its teams, installations and each team table's rows. */
export type WorkspaceRowCounts = {
  teams: number;
  installations: number;
  /** Rows per to-many relation of Team (leads, deals, events, spends...), summed over the workspace's teams. */
  rows: Record<string, number>;
};

/** Installation rows of a Slack id: a workspace's (T…), or an Enterprise Grid org-wide one (E…). */
const installationsOf = (slackId: string) => ({
  OR: [{ teamId: slackId }, { enterpriseId: slackId, isEnterpriseInstall: true }],
});

/** The lifecycle of a Slack workspace's data: disconnect on uninstall, purge on an admin's request. */
export class WorkspaceStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /**
   * After an uninstall or a bot token revocation: deletes the installation's tokens and turns the
   * digest schedule off, in one transaction. Everything else stays until a purge. Repeating it
   * changes nothing (the first revocation time is kept).
   */
  async disconnect(ref: InstallationRef, at: Date): Promise<{ installations: number; schedules: number }> {
    const teams = ref.isEnterpriseInstall
      ? { enterpriseId: ref.enterpriseId ?? null }
      : { slackTeamId: ref.teamId ?? '' };
    const [installations, schedules] = await this.prisma.$transaction([
      this.prisma.installation.updateMany({
        where: { installationKey: installationKeyOf(ref), revokedAt: null },
        data: { botToken: null, installationJson: null, revokedAt: at },
      }),
      this.prisma.digestSchedule.updateMany({
        where: { enabled: true, team: teams },
        data: { enabled: false },
      }),
    ]);
    return { installations: installations.count, schedules: schedules.count };
  }

  /** Counted in SQL; `_count: true` covers every table related to Team, including ones added later. */
  async countRows(slackTeamId: string): Promise<WorkspaceRowCounts> {
    const [teams, installations] = await Promise.all([
      this.prisma.team.findMany({ where: { slackTeamId }, select: { _count: true } }),
      this.prisma.installation.count({ where: installationsOf(slackTeamId) }),
    ]);
    const rows: Record<string, number> = {};
    for (const team of teams) {
      for (const [relation, count] of Object.entries(team._count))
        rows[relation] = (rows[relation] ?? 0) + count;
    }
    return { teams: teams.length, installations, rows };
  }

  /**
   * Deletes every row of a Slack workspace in one transaction: its Tandem teams (every team-owned
   * table cascades from Team) and its installation; given an org's E… id, the org-wide
   * installation. Nothing is deleted if any part fails.
   */
  async purge(slackTeamId: string): Promise<{ teams: number; installations: number }> {
    const [teams, installations] = await this.prisma.$transaction([
      this.prisma.team.deleteMany({ where: { slackTeamId } }),
      this.prisma.installation.deleteMany({ where: installationsOf(slackTeamId) }),
    ]);
    return { teams: teams.count, installations: installations.count };
  }
}
