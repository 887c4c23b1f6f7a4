import { createApp } from './app';
import { systemClock } from './clock';
import { ConfigError, configSecrets, loadConfig } from './config';
import { createLogger } from './runtime/logger';
import { keepServingAfterFaults } from './runtime/processFaults';
import { SHUTDOWN_GRACE_MS } from './shutdown';
import { createStore } from './store';
import { openDatabase } from './store/db/database';
import { migrateAtStart } from './startup/migrateAtStart';
import { warmUp } from './startup/warmUp';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel, 'tandem', { secrets: configSecrets(config) });
  keepServingAfterFaults(process, logger);
  await migrateAtStart(config, logger);
  const database = openDatabase(config.databaseUrl);
  const store = createStore(database);
  await warmUp({ store, logger });
  const app = createApp({ config, store, clock: systemClock, logger });
  const { port } = await app.start();
  logger.info(
    port === undefined
      ? `Tandem is running in Socket Mode; /healthz and /readyz on port ${config.port}`
      : `Tandem is listening on port ${port} at /slack/events${config.oauth ? '; install it in a workspace from /slack/install' : ''}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} received again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(
      `${signal} received: finishing requests in progress (up to ${SHUTDOWN_GRACE_MS / 1000} s), then stopping`,
    );
    try {
      const { finished } = await app.stop();
      await database.close();
      if (finished) logger.info('stopped');
      else logger.warn('stopped with work still running after the grace period; it was abandoned');
      process.exit(finished ? 0 : 1);
    } catch (error) {
      logger.error('shutdown failed', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Tandem could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
