import type { PrismaDatabase } from '../db/database';

/** Input parked while its author decides (for example on a duplicate warning), so none of it is lost. */
export class DraftStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async save(teamId: string, userId: string, kind: string, payload: unknown, at: Date): Promise<string> {
    const draft = await this.prisma.draft.create({
      data: { teamId, userId, kind, payload: JSON.stringify(payload), createdAt: at },
    });
    return draft.id;
  }

  /** A draft of this user; undefined when it was already used or belongs to someone else. */
  async get(teamId: string, userId: string, id: string): Promise<unknown> {
    const draft = await this.prisma.draft.findFirst({ where: { id, teamId, userId } });
    return draft ? (JSON.parse(draft.payload) as unknown) : undefined;
  }

  /** Deleted only once its input is safely stored elsewhere, so a failure never loses it. */
  async delete(teamId: string, id: string): Promise<void> {
    await this.prisma.draft.deleteMany({ where: { id, teamId } });
  }
}
