// Applies the committed SQL migrations with the raw drivers, keeping `_prisma_migrations` exactly as
// `prisma migrate deploy` keeps it (Prisma's native schema engine cannot be downloaded here).
// See docs/decisions/0002-offline-migrations.md.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { parseDatabaseUrl, quoteIdentifier, redactUrl, type DatabaseProvider } from './databaseUrl';

export { parseDatabaseUrl, type DatabaseProvider, type ParsedDatabaseUrl } from './databaseUrl';

/** The advisory lock key `prisma migrate` uses, so our runner and Prisma's CLI exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

/** How long connecting to PostgreSQL may take before the runner gives up. */
const CONNECT_TIMEOUT_MS = 10_000;

export type MigrationErrorCode =
  'checksum_mismatch' | 'failed_migration' | 'apply_failed' | 'invalid_migrations';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migrationName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface MigrationFile {
  /** Directory name, e.g. `20250101120000_init`. */
  name: string;
  script: string;
  /** sha256 hex of the script, as Prisma records it. */
  checksum: string;
}

export interface ApplyMigrationsOptions {
  log?: (message: string) => void;
  /** Defaults to `prisma/<provider>/migrations` of this project. */
  migrationsDir?: string;
}

interface MigrationRecord {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

interface MigrationTarget {
  records(): Promise<MigrationRecord[]>;
  /** Applies one migration and records it; false when another process applied it meanwhile. */
  apply(migration: MigrationFile): Promise<boolean>;
  close(): Promise<void>;
}

export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const database = parseDatabaseUrl(databaseUrl);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir(database.provider);
  const migrations = readMigrations(migrationsDir, database.provider);
  const target =
    database.provider === 'sqlite'
      ? openSqlite(database.filePath)
      : await openPostgres(database.connectionString, database.schema, log);
  try {
    const records = await target.records();
    verifyHistory(records, migrations, migrationsDir, log);
    const done = new Set(records.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      if (await target.apply(migration)) {
        applied.push(migration.name);
        log(`applied migration ${migration.name}`);
      }
    }
    if (applied.length === 0) log(`database is up to date (${redactUrl(databaseUrl)})`);
    return { applied };
  } finally {
    await target.close();
  }
}

/** Reads `<dir>/<name>/migration.sql` for every migration directory, sorted by name. */
export function readMigrations(migrationsDir: string, provider?: DatabaseProvider): MigrationFile[] {
  if (!existsSync(migrationsDir)) {
    throw new MigrationError('invalid_migrations', `No migrations directory at ${migrationsDir}`);
  }
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  if (provider && existsSync(lockPath)) {
    const locked = /provider\s*=\s*"([^"]+)"/.exec(readFileSync(lockPath, 'utf8'))?.[1];
    if (locked && locked !== provider) {
      throw new MigrationError('invalid_migrations', `${lockPath} is for ${locked}, not ${provider}`);
    }
  }
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const file = join(migrationsDir, name, 'migration.sql');
    if (!existsSync(file)) throw new MigrationError('invalid_migrations', `Missing ${file}`, name);
    const script = readFileSync(file, 'utf8');
    return { name, script, checksum: migrationChecksum(script) };
  });
}

/** The names of the project's committed migrations for `provider`, in the order they apply. */
export function committedMigrationNames(provider: DatabaseProvider): string[] {
  return readMigrations(defaultMigrationsDir(provider), provider).map((migration) => migration.name);
}

export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/** Like Prisma, accept a script whose line endings git converted since it was applied. */
function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replace(/\r\n/g, '\n'), script.replace(/\r?\n/g, '\r\n')];
  return variants.some((variant) => migrationChecksum(variant) === checksum);
}

function verifyHistory(
  records: MigrationRecord[],
  migrations: MigrationFile[],
  migrationsDir: string,
  log: (message: string) => void,
): void {
  const files = new Map(migrations.map((m) => [m.name, m]));
  for (const record of records) {
    if (record.rolledBack) continue;
    if (!record.finished) {
      throw new MigrationError(
        'failed_migration',
        `Migration ${record.name} is recorded as failed in _prisma_migrations. Repair the database by hand, ` +
          `then set rolled_back_at on that row (or delete it) before migrating again.`,
        record.name,
      );
    }
    const file = files.get(record.name);
    if (!file) {
      log(`warning: migration ${record.name} is applied but not in ${migrationsDir}`);
    } else if (!scriptMatchesChecksum(file.script, record.checksum)) {
      throw new MigrationError(
        'checksum_mismatch',
        `Migration ${record.name} was modified after it was applied (its checksum differs from ` +
          `_prisma_migrations). Restore the original migration.sql and add a new migration instead.`,
        record.name,
      );
    }
  }
}

function defaultMigrationsDir(provider: DatabaseProvider): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'prisma', provider, 'migrations');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve(process.cwd(), 'prisma', provider, 'migrations');
  }
}

function applyFailed(migration: MigrationFile, error: unknown): MigrationError {
  const reason = error instanceof Error ? error.message : String(error);
  return new MigrationError(
    'apply_failed',
    `Migration ${migration.name} failed and was rolled back: ${reason}`,
    migration.name,
    { cause: error },
  );
}

// Prisma's DDL for the history table, verbatim per provider.
const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
`;

const POSTGRES_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

const SELECT_RECORDS = `SELECT migration_name, checksum, finished_at, rolled_back_at
  FROM _prisma_migrations ORDER BY started_at ASC`;

interface RecordRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

function toRecord(row: RecordRow): MigrationRecord {
  return {
    name: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at != null,
    rolledBack: row.rolled_back_at != null,
  };
}

function openSqlite(filePath: string): MigrationTarget {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  // A generous busy timeout lets a second instance wait while the first one migrates.
  const db = new Database(filePath, { timeout: 30_000 });
  const hasTable = (): boolean =>
    db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get() !==
    undefined;
  const isApplied = (name: string): boolean =>
    db
      .prepare(
        `SELECT 1 FROM _prisma_migrations
          WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .get(name) !== undefined;

  return {
    records: async () => (hasTable() ? (db.prepare(SELECT_RECORDS).all() as RecordRow[]).map(toRecord) : []),
    apply: async (migration) => {
      // Table-rebuilding migrations drop tables; with foreign keys on, that would cascade deletes.
      // The pragma is ignored inside a transaction, so switch it off around it (SQLite's documented
      // procedure) and verify integrity with foreign_key_check before committing.
      const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
      if (foreignKeysWereOn) db.pragma('foreign_keys = OFF');
      try {
        db.exec('BEGIN IMMEDIATE');
        if (!hasTable()) db.exec(SQLITE_MIGRATIONS_TABLE);
        if (isApplied(migration.name)) {
          db.exec('ROLLBACK');
          return false;
        }
        // Prisma's SQLite connector stores these timestamps as unix milliseconds.
        const startedAt = Date.now();
        db.exec(migration.script);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(
            `${violations.length} foreign key violation(s), e.g. ${JSON.stringify(violations[0])}`,
          );
        }
        db.prepare(
          `INSERT INTO _prisma_migrations
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, startedAt);
        db.exec('COMMIT');
        return true;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw applyFailed(migration, error);
      } finally {
        if (foreignKeysWereOn) db.pragma('foreign_keys = ON');
      }
    },
    close: async () => {
      db.close();
    },
  };
}

async function openPostgres(
  connectionString: string,
  schema: string,
  log: (message: string) => void,
): Promise<MigrationTarget> {
  // Without a timeout, a host that drops packets would hold start-up forever.
  const client = new Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    // Session-level lock: a second instance waits here until the first one has finished.
    const { rows } = await client.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) AS locked`,
    );
    if (!rows[0]?.locked) {
      log('waiting for another process to finish migrating…');
      await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    }
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
  } catch (error) {
    await client.end();
    throw error;
  }
  const hasTable = async (): Promise<boolean> =>
    (
      await client.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = '_prisma_migrations'`,
        [schema],
      )
    ).rowCount === 1;

  return {
    records: async () =>
      (await hasTable()) ? (await client.query<RecordRow>(SELECT_RECORDS)).rows.map(toRecord) : [],
    apply: async (migration) => {
      if (!(await hasTable())) await client.query(POSTGRES_MIGRATIONS_TABLE);
      const startedAt = new Date();
      try {
        await client.query('BEGIN');
        // No parameters, so pg uses the simple query protocol, which accepts multi-statement scripts.
        await client.query(migration.script);
        await client.query(
          `INSERT INTO _prisma_migrations
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, NULL, NULL, $5, 1)`,
          [randomUUID(), migration.checksum, new Date(), migration.name, startedAt],
        );
        await client.query('COMMIT');
        return true;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw applyFailed(migration, error);
      }
    },
    close: async () => {
      try {
        await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
      } finally {
        await client.end();
      }
    },
  };
}
