import { createApp } from './app';
import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createStore } from './store';
import { openDatabase } from './store/database';
import { parseDatabaseUrl } from './store/databaseUrl';
import { applyMigrations } from './store/migrations';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  // The embedded database migrates itself so `npm start` just works; PostgreSQL is migrated
  // deliberately with `npm run db:migrate` as part of a deployment.
  if (parseDatabaseUrl(config.databaseUrl).provider === 'sqlite') {
    const { applied } = await applyMigrations(config.databaseUrl, { log: (line) => logger.info(line) });
    if (applied.length > 0) logger.info(`applied ${applied.length} migration(s) to the embedded database`);
  }
  const database = openDatabase(config.databaseUrl);
  const app = createApp({ config, store: createStore(database), clock: systemClock, logger });
  const { port } = await app.start();
  logger.info(
    port === undefined
      ? 'Tandem is running in Socket Mode'
      : `Tandem is listening on port ${port} at /slack/events`,
  );

  const shutdown = async (signal: string) => {
    logger.info(`${signal} received: stopping`);
    await app.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Tandem could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
