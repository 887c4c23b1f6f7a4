import type { Logger } from '@slack/bolt';
import { createLogger } from '../src/runtime/logger';

/** A logger for an app process under benchmark: errors only, counted, the first one kept (500 characters). */
export function countingLogger(name: string): {
  logger: Logger;
  errors(): { count: number; first: string | undefined };
} {
  let count = 0;
  let first: string | undefined;
  const logger = createLogger('error', name, {
    write: (line) => {
      count += 1;
      first ??= line.slice(0, 500);
    },
  });
  return { logger, errors: () => ({ count, first }) };
}
