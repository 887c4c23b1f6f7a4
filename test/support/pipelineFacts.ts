import type { PrismaDatabase } from '../../src/store/db/database';
import { transactionFactSql } from '../../src/store/readModel/facts/factSql';
import { refreshLeadFacts } from '../../src/store/readModel/facts/refreshFacts';
import { countStageChanges } from '../../src/store/readModel/facts/stageDays';
import { testDatabaseProvider } from './testDatabase';

/**
 * The pipeline facts (src/store/readModel/facts) of rows a test wrote straight with Prisma, kept the way the
 * app's stores keep them in every write: the digest and the ICP profile read the facts.
 */

/** Refreshes the facts of the leads (with their deals). */
export async function refreshSeededFacts(
  prisma: PrismaDatabase,
  teamId: string,
  leadIds: readonly string[],
): Promise<void> {
  await prisma.$transaction((transaction) =>
    refreshLeadFacts(transactionFactSql(transaction, testDatabaseProvider()), teamId, leadIds),
  );
}

/** Counts a just-seeded deal's stage events into StageDay. */
export async function countSeededEvents(
  prisma: PrismaDatabase,
  teamId: string,
  dealId: string,
): Promise<void> {
  const events = await prisma.stageEvent.findMany({ where: { dealId } });
  await prisma.$transaction((transaction) =>
    countStageChanges(transactionFactSql(transaction, testDatabaseProvider()), teamId, events, 1),
  );
}
