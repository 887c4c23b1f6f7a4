/**
 * Prisma's codes for "the database cannot be reached or did not answer in time": P2028 is a
 * transaction that could not start in time (the connection or, on SQLite, the write lock stayed
 * taken), P2039 a PostgreSQL server that refuses work (e.g. 55000, read-only or shutting down).
 */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2039']);
const UNAVAILABLE_DRIVER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'SocketTimeout',
  'TooManyConnections',
]);
const UNAVAILABLE_MESSAGES = [
  /cannot open database/i,
  /database is locked/i,
  /ECONNREFUSED/,
  /Connection terminated/i,
  /database or disk is full/i,
  /attempt to write a readonly database/i,
  /SQLITE_(BUSY|FULL|READONLY|IOERR)/,
];

/** A database call that did not answer within the time its caller could wait (it may still finish). */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
}

/**
 * True when an error means the database is down or unreachable rather than that the request was
 * wrong, so the user can be told to retry and given their input back.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (error instanceof DatabaseTimeoutError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  const kind = (meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)
    ?.driverAdapterError?.cause?.kind;
  if (kind && UNAVAILABLE_DRIVER_KINDS.has(kind)) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
