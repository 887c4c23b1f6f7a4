import type { DigestSchedule } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import type { TeamRecord } from './teamStore';

export type DigestScheduleRecord = DigestSchedule;

export type DigestScheduleInput = {
  channelId: string;
  weekday: number;
  time: string;
  timeZone: string;
  cadenceWeeks: number;
  anchorDate: string;
  enabled: boolean;
};

export type ScheduledTeam = { schedule: DigestScheduleRecord; team: TeamRecord };

/** Where and when each team's digest is posted; one row per team. */
export class DigestScheduleStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async get(teamId: string): Promise<DigestScheduleRecord | undefined> {
    return (await this.prisma.digestSchedule.findUnique({ where: { teamId } })) ?? undefined;
  }

  async save(
    teamId: string,
    input: DigestScheduleInput,
    actorId: string,
    at: Date,
  ): Promise<DigestScheduleRecord> {
    const data = { ...input, updatedById: actorId, updatedAt: at };
    return this.prisma.digestSchedule.upsert({
      where: { teamId },
      create: { teamId, ...data },
      update: data,
    });
  }

  /** Every enabled schedule with its team, for the scheduler's tick. */
  async enabled(): Promise<ScheduledTeam[]> {
    const rows = await this.prisma.digestSchedule.findMany({
      where: { enabled: true },
      include: { team: true },
      orderBy: { teamId: 'asc' },
    });
    return rows.map(({ team, ...schedule }) => ({ schedule, team }));
  }
}
