import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresPrismaClient } from '../generated/postgresql/client';
import { PrismaClient as SqlitePrismaClient } from '../generated/sqlite/client';
import { parseDatabaseUrl, quoteIdentifier, type DatabaseProvider } from './databaseUrl';

/**
 * Both generated clients come from the same models (prisma/models.prisma), so their model APIs
 * are identical; the store is written against one type and runs on either database.
 */
export type PrismaDatabase = PostgresPrismaClient;

export type Database = {
  prisma: PrismaDatabase;
  provider: DatabaseProvider;
  close(): Promise<void>;
};

/** Opens the database a `DATABASE_URL` names: `file:` → embedded SQLite, `postgresql://` → PostgreSQL. */
export function openDatabase(databaseUrl: string, options: { poolSize?: number } = {}): Database {
  const target = parseDatabaseUrl(databaseUrl);
  const prisma =
    target.provider === 'sqlite'
      ? (new SqlitePrismaClient({
          // Integer milliseconds keep date arithmetic in SQL aggregations simple and exact.
          adapter: new PrismaBetterSqlite3({ url: target.filePath }, { timestampFormat: 'unixepoch-ms' }),
        }) as unknown as PrismaDatabase)
      : new PostgresPrismaClient({
          adapter: new PrismaPg(
            {
              connectionString: target.connectionString,
              max: options.poolSize ?? 10,
              // The adapter's `schema` qualifies generated queries only; raw SQL ($queryRaw
              // aggregations) resolves table names through the search_path.
              options: `-c search_path=${quoteIdentifier(target.schema)}`,
            },
            target.schema ? { schema: target.schema } : undefined,
          ),
        });
  return { prisma, provider: target.provider, close: () => prisma.$disconnect() };
}
