import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

/**
 * Event ids already taken by an app instance. The primary key makes a claim succeed once in the
 * whole deployment, so a redelivered event is processed once whichever instance receives it.
 */
export class ProcessedEventStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** True for the first claim of an event id; false when it was already claimed. */
  async claim(eventId: string, receivedAt: Date): Promise<boolean> {
    try {
      await this.prisma.processedEvent.create({ data: { eventId, receivedAt } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Gives an event id back after its processing failed, so Slack's next redelivery is processed. */
  async release(eventId: string): Promise<void> {
    await this.prisma.processedEvent.deleteMany({ where: { eventId } });
  }

  /** Deletes claims received before `before`; Slack stops redelivering an event within hours. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.prisma.processedEvent.deleteMany({ where: { receivedAt: { lt: before } } });
    return count;
  }
}
