import { LogLevel } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { currentRequestContext } from './logContext';

/**
 * Structured logs: one JSON object per line (time, level, logger, msg, the request context, error),
 * safe to ship to any log store. Three rules keep secrets and client data out:
 * - Slack tokens and every configured secret are replaced by `[redacted]` wherever they appear;
 * - debug lines that dump a payload (Web API requests and results, acks, Socket Mode messages)
 *   lose it, since payloads hold what users typed and what Slack returned about people;
 * - Prisma errors keep their last line (what went wrong) but not the query and values above it.
 */
export type LogSink = (line: string) => void;
export type LoggerOptions = {
  /** Where lines go; standard output by default. */
  write?: LogSink;
  /** Values that must never appear in a log line (signing secret, client secret, keys...). */
  secrets?: readonly string[];
};

type Level = 'debug' | 'info' | 'warn' | 'error';

const SEVERITY: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const LEVELS: Record<Level, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

// xoxb-, xoxp-, xoxe- (refresh), xoxe.xoxb- (rotating), xapp- (app-level) tokens.
const SLACK_TOKEN = /\bx(?:ox[a-z](?:\.xox[a-z])?|app)-[A-Za-z0-9-]+/g;
// Debug lines of Bolt, the Web API client and Socket Mode that append a whole payload.
const PAYLOAD_DUMPS = [
  'http request body:',
  'http request result:',
  'http request headers:',
  'ack() call begins (body:',
  'ack() response stored (body:',
  'ack() response sent (body:',
  'Received a message on the WebSocket:',
  'Sending a WebSocket message:',
  'Unable to parse an incoming WebSocket message',
  'Calling ack() - type:',
];
const MIN_SECRET_LENGTH = 8;
const MAX_MESSAGE_LENGTH = 4000;
const MAX_STACK_FRAMES = 12;

export function redact(text: string, secrets: readonly string[]): string {
  let clean = text.replace(SLACK_TOKEN, '[redacted]');
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join('[redacted]');
  }
  return clean;
}

function withoutPayload(message: string): string {
  const dump = PAYLOAD_DUMPS.find((prefix) => message.startsWith(prefix));
  return dump ? `${dump} [omitted: may hold user input]` : message;
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.at(-1)?.trim() ?? '';
}

function describeError(error: Error): Record<string, unknown> {
  const { code, data } = error as { code?: unknown; data?: { error?: unknown } };
  const isPrisma = error.name.startsWith('PrismaClient') || error.constructor.name.startsWith('PrismaClient');
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, MAX_STACK_FRAMES)
    .map((line) => line.trim());
  return {
    name: error.name,
    message: isPrisma ? lastLine(error.message) : error.message,
    ...(code !== undefined ? { code } : {}),
    ...(typeof data?.error === 'string' ? { slackError: data.error } : {}),
    ...(frames.length > 0 ? { stack: frames } : {}),
  };
}

export function formatLogLine(
  level: Level,
  name: string,
  parts: unknown[],
  secrets: readonly string[],
): string {
  const errors = parts.filter((part): part is Error => part instanceof Error);
  const text = parts
    .filter((part) => part !== undefined && !(part instanceof Error))
    .map(stringify)
    .join(' ');
  const [firstError] = errors;
  const error = firstError ? describeError(firstError) : undefined;
  const entry = {
    time: new Date().toISOString(),
    level,
    logger: name,
    msg: withoutPayload(text || String(error?.message ?? '')).slice(0, MAX_MESSAGE_LENGTH),
    ...currentRequestContext(),
    ...(error ? { error } : {}),
  };
  return JSON.stringify(entry, (_key, value: unknown) =>
    typeof value === 'string' ? redact(value, secrets) : value,
  );
}

export function createLogger(level: Level, name = 'tandem', options: LoggerOptions = {}): Logger {
  const write: LogSink = options.write ?? ((line) => process.stdout.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  let threshold: Level = level;
  let loggerName = name;
  const emit =
    (lineLevel: Level) =>
    (...parts: unknown[]) => {
      if (SEVERITY[lineLevel] >= SEVERITY[threshold])
        write(formatLogLine(lineLevel, loggerName, parts, secrets));
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: (newLevel) => {
      threshold = (Object.keys(LEVELS) as Level[]).find((key) => LEVELS[key] === newLevel) ?? threshold;
    },
    getLevel: () => LEVELS[threshold],
    setName: (newName) => {
      loggerName = newName;
    },
  };
}
