import { type Logger, LogLevel } from '@slack/bolt';

/** A Bolt logger that keeps lines in memory, so tests can assert what was logged and stay quiet. */
export type TestLogger = Logger & { lines: { level: LogLevel; message: string }[] };

export function createTestLogger(): TestLogger {
  const lines: { level: LogLevel; message: string }[] = [];
  let level = LogLevel.DEBUG;
  let name = 'test';
  const record =
    (lineLevel: LogLevel) =>
    (...messages: unknown[]) => {
      lines.push({
        level: lineLevel,
        message: messages
          .map((each) => (each instanceof Error ? (each.stack ?? each.message) : String(each)))
          .join(' '),
      });
      if (process.env.TEST_LOG === '1') console.error(`[${lineLevel}] ${name}`, ...messages);
    };
  return {
    lines,
    debug: record(LogLevel.DEBUG),
    info: record(LogLevel.INFO),
    warn: record(LogLevel.WARN),
    error: record(LogLevel.ERROR),
    setLevel: (newLevel) => {
      level = newLevel;
    },
    getLevel: () => level,
    setName: (newName) => {
      name = newName;
    },
  };
}
