import { isAbsolute, resolve } from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export type ParsedDatabaseUrl =
  | { provider: 'sqlite'; filePath: string }
  | { provider: 'postgresql'; connectionString: string; schema: string; poolSize?: number };

/**
 * Splits a DATABASE_URL into what the raw drivers need.
 * `file:./data/x.db` is relative to the process cwd (not to the Prisma schema as in Prisma's CLI);
 * PostgreSQL URLs may carry Prisma's `?schema=name` and `?connection_limit=n` parameters, which pg
 * itself does not understand, so they are removed from the connection string and returned
 * separately (schema default "public"; no limit means the pool's default size).
 */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  if (url.startsWith('file:')) {
    const location = url.slice('file:'.length).split('?')[0] ?? '';
    if (location === '') throw new Error('DATABASE_URL "file:" needs a path, e.g. file:./data/tandem.db');
    const filePath =
      location === ':memory:' || isAbsolute(location) ? location : resolve(process.cwd(), location);
    return { provider: 'sqlite', filePath };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') || 'public';
    const limit = parsed.searchParams.get('connection_limit');
    parsed.searchParams.delete('schema');
    parsed.searchParams.delete('connection_limit');
    const connectionString = parsed.toString();
    return limit === null
      ? { provider: 'postgresql', connectionString, schema }
      : { provider: 'postgresql', connectionString, schema, poolSize: parsePoolSize(limit) };
  }
  throw new Error(`Unsupported DATABASE_URL scheme in "${redactUrl(url)}": use file:… or postgresql://…`);
}

/** Prisma's `connection_limit` URL parameter: how many connections this process's pool opens at most. */
function parsePoolSize(text: string): number {
  const size = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new Error(
      `DATABASE_URL connection_limit must be a whole number ≥ 1, e.g. ?connection_limit=20, not "${text}"`,
    );
  }
  return size;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** Quotes a PostgreSQL identifier such as a schema name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
