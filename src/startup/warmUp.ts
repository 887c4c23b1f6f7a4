import type { Logger } from '@slack/bolt';
import { createTranslator } from '../i18n/translator';
import { LANGUAGES } from '../i18n/locales';
import type { Store } from '../store';
import { checkDatabase } from '../store/db/databaseHealth';
import { committedMigrationNames } from '../store/db/migrations';

/** Longer than a probe's: at start the database may still be busy with migrations of another instance. */
const WARM_UP_TIMEOUT_MS = 30_000;
/** No workspace has it: warm-up reads find nothing and write nothing. */
const NO_WORKSPACE = 'T-WARM-UP';

/**
 * Does before the port opens what the first request would otherwise pay for (docs/BENCHMARKS.md,
 * "Right after start"): the SQLite connection's worker thread and its connection, Prisma's query
 * compiler (WebAssembly, instantiated on the first query) and the plans of the request path's
 * first reads, and each language's plural rules, number, list and date formats.
 */
export async function warmUp(deps: { store: Store; logger: Logger }): Promise<void> {
  const started = performance.now();
  const { database } = deps.store;
  await checkDatabase(database, WARM_UP_TIMEOUT_MS, {
    migrations: committedMigrationNames(database.provider),
  });
  // The reads every command starts with, in the shapes it sends them (Prisma caches each shape's
  // plan): which team a channel or user belongs to, the reader's language, the workspace's teams.
  const reads: Promise<unknown>[] = [
    deps.store.teams.inWorkspace(NO_WORKSPACE),
    database.prisma.teamChannel.findUnique({
      where: { slackTeamId_channelId: { slackTeamId: NO_WORKSPACE, channelId: '-' } },
      select: { team: true },
    }),
    deps.store.teams.defaultOf(NO_WORKSPACE, '-'),
    deps.store.teams.countInWorkspace(NO_WORKSPACE),
    deps.store.teamMembers.language('-', '-'),
  ];
  await Promise.all(reads.map((read) => read.catch(() => undefined)));
  for (const language of LANGUAGES) {
    const t = createTranslator(language);
    t.t('common.percent', { value: t.number(12.5) });
    t.money(123_456, 'PLN');
    t.date(new Date(0), 'd MMM yyyy', 'Europe/Warsaw');
    t.list(['a', 'b', 'c']);
  }
  deps.logger.info(`warmed up in ${Math.round(performance.now() - started)} ms`);
}
