import type { Logger } from '@slack/bolt';
import type { Config } from '../config';
import { databaseProblemOf, explainDatabaseProblem } from '../store/db/databaseProblem';
import { applyMigrations, MigrationError, parseDatabaseUrl } from '../store/db/migrations';

/** How often a degraded instance tries again to reach and migrate its database. */
export const MIGRATION_RETRY_MS = 15_000;

/** Migration histories only a person can repair: starting degraded would not help. */
const NEEDS_REPAIR = new Set(['checksum_mismatch', 'failed_migration', 'invalid_migrations']);

/**
 * Applies pending migrations before Tandem serves, on either engine (PostgreSQL under the
 * migration advisory lock, so instances starting together apply each migration once; see
 * docs/decisions/0002-offline-migrations.md). A database that cannot be reached, opened or
 * migrated stops start-up with one line naming the cause and the fix, unless the operator set
 * START_DEGRADED: then Tandem serves (`/readyz` says 503 and why) and keeps trying every
 * MIGRATION_RETRY_MS.
 */
export async function migrateAtStart(
  config: Pick<Config, 'databaseUrl' | 'startDegraded'>,
  logger: Logger,
  retryMs = MIGRATION_RETRY_MS,
): Promise<void> {
  const engine =
    parseDatabaseUrl(config.databaseUrl).provider === 'sqlite'
      ? 'the embedded database'
      : 'the PostgreSQL database';
  const migrate = async () => {
    const { applied } = await applyMigrations(config.databaseUrl, { log: (line) => logger.info(line) });
    if (applied.length > 0) logger.info(`applied ${applied.length} migration(s) to ${engine}`);
  };
  try {
    await migrate();
  } catch (error) {
    if (error instanceof MigrationError && NEEDS_REPAIR.has(error.code)) throw error;
    const problem = databaseProblemOf(error);
    const cause =
      problem === 'error' && error instanceof MigrationError
        ? error.message
        : explainDatabaseProblem(problem, config.databaseUrl, error);
    if (!config.startDegraded) {
      throw new Error(`${cause}; or set START_DEGRADED=true to serve without it until it is back`, {
        cause: error,
      });
    }
    logger.error(
      `starting degraded (START_DEGRADED): ${cause}; /readyz answers 503 until the database is ` +
        `migrated, tried again every ${retryMs / 1000} s`,
    );
    retryUntilMigrated(migrate, logger, retryMs);
  }
}

function retryUntilMigrated(migrate: () => Promise<void>, logger: Logger, retryMs: number): void {
  const attempt = () => {
    migrate().then(
      () => logger.info('the database is migrated: Tandem is no longer degraded'),
      () => setTimeout(attempt, retryMs).unref(),
    );
  };
  setTimeout(attempt, retryMs).unref();
}
