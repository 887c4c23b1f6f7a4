import { parseDatabaseUrl, redactUrl } from './databaseUrl';

/**
 * Why a database cannot serve Tandem, as `/healthz` and `/readyz` report it and start-up explains
 * it: nothing answers, it does not exist, the credentials are refused, it takes no writes (a
 * read-only file, a replica), it lacks migrations, it answered too slowly, or something else.
 */
export type DatabaseProblem =
  'unreachable' | 'missing' | 'access_denied' | 'read_only' | 'pending_migrations' | 'timeout' | 'error';

/**
 * The signals each problem shows in errors of pg, better-sqlite3, Node's sockets and Prisma
 * (error codes, driver-adapter kinds, SQLite result codes), in the order they are tried.
 */
const SIGNALS: [DatabaseProblem, readonly string[]][] = [
  ['missing', ['3D000', 'P1003', 'DatabaseDoesNotExist', 'SQLITE_CANTOPEN', 'ENOENT', 'ENOTDIR', 'EEXIST']],
  ['access_denied', ['28P01', '28000', 'P1000', 'P1010', 'AuthenticationFailed', 'DatabaseAccessDenied']],
  ['read_only', ['25006', 'SQLITE_READONLY', 'EROFS', 'EACCES', 'EPERM']],
  ['pending_migrations', ['42P01', 'P2021', 'TableDoesNotExist']],
  ['timeout', ['ETIMEDOUT', 'P1008', 'P2024', 'SocketTimeout']],
  [
    'unreachable',
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'EAI_AGAIN',
      'ECONNRESET',
      'P1001',
      'P1002',
      'P1017',
      'DatabaseNotReachable',
      'ConnectionClosed',
    ],
  ],
];

/** The same problems as they show in messages only (Prisma's SQLite errors, wrapped errors). */
const MESSAGES: [DatabaseProblem, RegExp][] = [
  ['missing', /unable to open database file|cannot open database|database "[^"]*" does not exist/i],
  ['read_only', /readonly database|read-only transaction|read-only file system/i],
  ['pending_migrations', /no such table|relation "[^"]*" does not exist/i],
  ['unreachable', /ECONNREFUSED|ENOTFOUND|Connection terminated|connect ETIMEDOUT/i],
  ['timeout', /timeout|timed out/i],
];

const SQLITE_CANTOPEN = 14;
const SQLITE_READONLY = 8;

/** Every code, kind and message an error carries, through `cause` and Prisma's `meta`. */
function signalsOf(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  const found = { codes: [] as string[], messages: [] as string[] };
  if (typeof error !== 'object' || error === null || depth > 5) return found;
  const fields = error as Record<string, unknown>;
  for (const name of ['code', 'kind', 'originalCode']) {
    if (typeof fields[name] === 'string') found.codes.push(fields[name]);
  }
  // SQLite extended result codes, as Prisma's adapter reports them: the primary code is the low byte.
  if (typeof fields.extendedCode === 'number') {
    const primary = fields.extendedCode & 0xff;
    if (primary === SQLITE_CANTOPEN) found.codes.push('SQLITE_CANTOPEN');
    if (primary === SQLITE_READONLY) found.codes.push('SQLITE_READONLY');
  }
  if (typeof fields.message === 'string') found.messages.push(fields.message);
  const meta = fields.meta as { driverAdapterError?: unknown } | undefined;
  const nested = [
    fields.cause,
    meta?.driverAdapterError,
    ...(Array.isArray(fields.errors) ? fields.errors : []),
  ];
  for (const inner of nested) {
    const more = signalsOf(inner, depth + 1);
    found.codes.push(...more.codes);
    found.messages.push(...more.messages);
  }
  return found;
}

/** Which problem an error from a database driver, Prisma or the migration runner shows. */
export function databaseProblemOf(error: unknown): DatabaseProblem {
  const { codes, messages } = signalsOf(error);
  for (const [problem, signals] of SIGNALS) {
    // SQLite's codes have variants (SQLITE_READONLY_DIRECTORY, SQLITE_CANTOPEN_ISDIR…).
    if (codes.some((code) => signals.some((signal) => code === signal || code.startsWith(`${signal}_`)))) {
      return problem;
    }
  }
  for (const [problem, pattern] of MESSAGES) {
    if (messages.some((message) => pattern.test(message))) return problem;
  }
  return 'error';
}

/** Where the database is, for an operator: the file, or host, port and database name. */
function describeLocation(databaseUrl: string): { what: string; fix: string } {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    return {
      what: `the embedded database file ${target.filePath}`,
      fix: 'check that its folder exists and Tandem may write there, or correct DATABASE_URL',
    };
  }
  const url = new URL(target.connectionString);
  const name = decodeURIComponent(url.pathname.slice(1)) || '(default)';
  return {
    what: `PostgreSQL database "${name}" at ${url.hostname}:${url.port || '5432'}`,
    fix: 'correct DATABASE_URL',
  };
}

/**
 * One line for an operator: what is wrong with the database and what to do about it. Names the
 * host and database (never the password), since it goes to the operator's terminal or log.
 */
export function explainDatabaseProblem(
  problem: DatabaseProblem,
  databaseUrl: string,
  error?: unknown,
): string {
  const { what, fix } = describeLocation(databaseUrl);
  const postgres = parseDatabaseUrl(databaseUrl).provider === 'postgresql';
  switch (problem) {
    case 'missing':
      return postgres
        ? `${what} does not exist: create it (createdb -O <user> <name>) or ${fix}`
        : `${what} cannot be opened: ${fix}`;
    case 'unreachable':
      return `${what} does not answer: start PostgreSQL or check the host, port and network, or ${fix}`;
    case 'access_denied':
      return `${what} refused the user or password in DATABASE_URL: check them and the user's rights (pg_hba.conf)`;
    case 'read_only':
      return postgres
        ? `${what} takes no writes (a read-only replica or default_transaction_read_only): point DATABASE_URL at the primary`
        : `${what} is read-only: give Tandem's user write access to the file and its folder`;
    case 'pending_migrations':
      return `${what} lacks tables of Tandem's migrations: run npm run db:migrate (Tandem also migrates on start)`;
    case 'timeout':
      return `${what} did not answer in time: check the database's load and the network, or ${fix}`;
    case 'error': {
      const message = (error as { message?: unknown } | undefined)?.message ?? error;
      const reason = String(message).trim().split('\n').at(-1)?.trim() || 'unknown error';
      return `${what} failed (${redactUrl(reason)}): ${fix}`;
    }
  }
}
