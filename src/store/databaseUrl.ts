import { isAbsolute, resolve } from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export type ParsedDatabaseUrl =
  | { provider: 'sqlite'; filePath: string }
  | { provider: 'postgresql'; connectionString: string; schema: string };

/**
 * Splits a DATABASE_URL into what the raw drivers need.
 * `file:./data/x.db` is relative to the process cwd (not to the Prisma schema as in Prisma's CLI);
 * PostgreSQL URLs may carry Prisma's `?schema=name` parameter, which pg itself does not understand,
 * so it is removed from the connection string and returned separately (default "public").
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
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', connectionString: parsed.toString(), schema };
  }
  throw new Error(`Unsupported DATABASE_URL scheme in "${redactUrl(url)}": use file:… or postgresql://…`);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** Quotes a PostgreSQL identifier such as a schema name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
