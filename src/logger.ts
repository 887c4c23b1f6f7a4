import { LogLevel } from '@slack/bolt';
import { ConsoleLogger, type Logger } from '@slack/logger';

const LEVELS: Record<'debug' | 'info' | 'warn' | 'error', LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function createLogger(level: keyof typeof LEVELS, name = 'tandem'): Logger {
  const logger = new ConsoleLogger();
  logger.setLevel(LEVELS[level]);
  logger.setName(name);
  return logger;
}
