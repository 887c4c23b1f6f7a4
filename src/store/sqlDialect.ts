import { Prisma } from '../generated/postgresql/client';
import type { DatabaseProvider } from './databaseUrl';

/**
 * The few places raw SQL differs between the two databases. SQLite keeps timestamps as integer
 * epoch milliseconds (see src/store/database.ts); PostgreSQL as timestamps.
 */
export function daysBetweenSql(
  provider: DatabaseProvider,
  later: Prisma.Sql,
  earlier: Prisma.Sql,
): Prisma.Sql {
  return provider === 'sqlite'
    ? Prisma.sql`((${later}) - (${earlier})) / 86400000.0`
    : Prisma.sql`EXTRACT(EPOCH FROM ((${later}) - (${earlier}))) / 86400.0`;
}

/** Raw counts arrive as BigInt from SQLite and as numbers (after CAST … AS INTEGER) from PostgreSQL. */
export function toNumber(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : Number(value ?? 0);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** Prisma's error for a broken unique constraint, the same through both driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
