import type { PrismaDatabase } from '../../src/store/database';
import { transactionFactSql } from '../../src/store/facts/factSql';
import { refreshLeadFacts } from '../../src/store/facts/refreshFacts';
import { testDatabaseProvider } from './testDatabase';

/**
 * Refreshes the pipeline facts (src/store/facts) of leads whose rows a test wrote straight with
 * Prisma, as the app's stores do in every write: the digest and the ICP profile read the facts.
 */
export async function refreshSeededFacts(
  prisma: PrismaDatabase,
  teamId: string,
  leadIds: readonly string[],
): Promise<void> {
  await prisma.$transaction((transaction) =>
    refreshLeadFacts(transactionFactSql(transaction, testDatabaseProvider()), teamId, leadIds),
  );
}
