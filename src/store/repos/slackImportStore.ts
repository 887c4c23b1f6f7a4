import type { SlackImport } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';

export type SlackImportRecord = SlackImport;

/** planned: the dry run was posted; applying: Apply was claimed; applied / failed: the final message was posted. */
export type SlackImportStatus = 'planned' | 'applying' | 'applied' | 'failed';

export type PlannedSlackImport = {
  teamId: string;
  userId: string;
  channelId: string;
  fileId: string;
  fileName: string;
  options: string;
};

/**
 * Imports started in Slack. The dry run's row is what the Apply button names; claiming it is one
 * conditional update (planned → applying), so of two clicks, two instances or a retried request,
 * exactly one applies the file.
 */
export class SlackImportStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async plan(planned: PlannedSlackImport, at: Date): Promise<SlackImportRecord> {
    return this.prisma.slackImport.create({
      data: { ...planned, status: 'planned', createdAt: at, updatedAt: at },
    });
  }

  /** Remembers the message the dry run was posted as, which Apply's progress updates. */
  async postedAs(id: string, messageTs: string): Promise<void> {
    await this.prisma.slackImport.updateMany({ where: { id }, data: { messageTs } });
  }

  async find(id: string): Promise<SlackImportRecord | undefined> {
    return (await this.prisma.slackImport.findUnique({ where: { id } })) ?? undefined;
  }

  /** True for the one caller that moved the import from planned to applying. */
  async claim(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.slackImport.updateMany({
      where: { id, status: 'planned' },
      data: { status: 'applying', updatedAt: at },
    });
    return count === 1;
  }

  async finish(
    id: string,
    status: Extract<SlackImportStatus, 'applied' | 'failed'>,
    at: Date,
  ): Promise<void> {
    await this.prisma.slackImport.updateMany({ where: { id }, data: { status, updatedAt: at } });
  }
}
