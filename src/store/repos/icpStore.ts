import {
  type IcpChange,
  type IcpSections,
  readIcpChange,
  readIcpSections,
  type StoredIcpChange,
  storedIcpChange,
} from '../../domain/icp';
import { VersionConflictError } from '../../errors';
import type { IcpNote, IcpVersion } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

/** A saved version: its sections and what it changed against the one before. */
export type IcpVersionRecord = Omit<IcpVersion, 'sections' | 'summary'> & {
  sections: IcpSections;
  change: StoredIcpChange;
};
export type IcpNoteRecord = IcpNote;

function toRecord({ summary, ...row }: IcpVersion): IcpVersionRecord {
  return { ...row, sections: readIcpSections(row.sections), change: readIcpChange(summary) };
}

/** The written ideal customer profile, one row per saved version, and notes for the meeting. */
export class IcpStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async latest(teamId: string): Promise<IcpVersionRecord | undefined> {
    const row = await this.prisma.icpVersion.findFirst({ where: { teamId }, orderBy: { version: 'desc' } });
    return row ? toRecord(row) : undefined;
  }

  /**
   * Saves the version after `baseVersion` (0 when there is none yet). When someone saved that
   * version first, the unique (teamId, version) refuses the row and VersionConflictError carries
   * the latest version.
   */
  async saveNext(
    teamId: string,
    baseVersion: number,
    sections: IcpSections,
    change: IcpChange,
    actorId: string,
    at: Date,
  ): Promise<IcpVersionRecord> {
    const version = baseVersion + 1;
    try {
      const row = await this.prisma.icpVersion.create({
        data: {
          teamId,
          version,
          sections: JSON.stringify(sections),
          summary: storedIcpChange(change),
          changedById: actorId,
          changedAt: at,
        },
      });
      return toRecord(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new VersionConflictError('ICP', `version ${version}`, await this.latest(teamId));
    }
  }

  /** Newest first. */
  async history(teamId: string, limit: number): Promise<IcpVersionRecord[]> {
    const rows = await this.prisma.icpVersion.findMany({
      where: { teamId },
      orderBy: { version: 'desc' },
      take: limit,
    });
    return rows.map(toRecord);
  }

  async addNote(teamId: string, text: string, authorId: string, at: Date): Promise<IcpNoteRecord> {
    return this.prisma.icpNote.create({ data: { teamId, text, authorId, createdAt: at } });
  }

  /** Notes not yet discussed at a meeting, newest first, with how many there are in all. */
  async openNotes(teamId: string, limit: number): Promise<{ notes: IcpNoteRecord[]; total: number }> {
    const [notes, total] = await Promise.all([
      this.prisma.icpNote.findMany({
        where: { teamId, discussedAt: null },
        orderBy: { createdAt: 'desc' },
        take: limit,
      }),
      this.openNoteCount(teamId),
    ]);
    return { notes, total };
  }

  async openNoteCount(teamId: string): Promise<number> {
    return this.prisma.icpNote.count({ where: { teamId, discussedAt: null } });
  }
}
