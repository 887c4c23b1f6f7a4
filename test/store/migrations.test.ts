import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  prismaMigrateDeploy,
  prismaMigrateStatus,
} from '../../scripts/lib/schema-engine';
import {
  applyMigrations,
  MigrationError,
  parseDatabaseUrl,
  readMigrations,
  type DatabaseProvider,
} from '../../src/store/db/migrations';

const root = resolve(__dirname, '../..');
const migrationsDir = (provider: DatabaseProvider) => join(root, 'prisma', provider, 'migrations');
const schemaPath = (provider: DatabaseProvider) => join(root, 'prisma', provider, 'schema.prisma');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tandem-migrations-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A copy of the schema file with one extra column, as if models.prisma changed without a migration. */
function driftedSchemaCopy(provider: DatabaseProvider): string {
  const schema = readFileSync(schemaPath(provider), 'utf8');
  const drifted = schema.replace('model Team {\n', 'model Team {\n  driftCheck String?\n');
  expect(drifted).not.toBe(schema);
  const path = join(tmp, `${provider}.prisma`);
  writeFileSync(path, drifted);
  return path;
}

function copyMigrations(provider: DatabaseProvider): string {
  const copy = join(tmp, `${provider}-migrations`);
  cpSync(migrationsDir(provider), copy, { recursive: true });
  return copy;
}

describe('parseDatabaseUrl', () => {
  test('resolves SQLite paths against the cwd and splits the PostgreSQL schema off', () => {
    expect(parseDatabaseUrl('file:./data/x.db')).toEqual({
      provider: 'sqlite',
      filePath: resolve(process.cwd(), 'data/x.db'),
    });
    expect(parseDatabaseUrl('postgresql://u:p@db:5432/app?schema=run1&sslmode=disable')).toEqual({
      provider: 'postgresql',
      connectionString: 'postgresql://u:p@db:5432/app?sslmode=disable',
      schema: 'run1',
    });
    expect(parseDatabaseUrl('postgres://db/app')).toMatchObject({ schema: 'public' });
    expect(() => parseDatabaseUrl('mysql://db/app')).toThrow(/Unsupported DATABASE_URL/);
  });
});

describe('applyMigrations on SQLite', () => {
  const migrations = readMigrations(migrationsDir('sqlite'));
  const rows = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT * FROM _prisma_migrations ORDER BY migration_name').all() as Record<
        string,
        unknown
      >[];
    } finally {
      db.close();
    }
  };

  test('records every migration like prisma migrate deploy, and a second run applies nothing', async () => {
    expect(migrations.length).toBeGreaterThan(0);
    const file = join(tmp, 'not/yet/there/tandem.db');
    const url = `file:${file}`;

    expect(await applyMigrations(url)).toEqual({ applied: migrations.map((m) => m.name) });
    const recorded = rows(file);
    expect(recorded).toHaveLength(migrations.length);
    recorded.forEach((row, index) => {
      const migration = migrations[index]!;
      const script = readFileSync(join(migrationsDir('sqlite'), migration.name, 'migration.sql'), 'utf8');
      expect(row).toMatchObject({
        migration_name: migration.name,
        checksum: sha256(script),
        applied_steps_count: 1,
        logs: null,
        rolled_back_at: null,
      });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toEqual(expect.any(Number));
    });

    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(rows(file)).toEqual(recorded);
    // Prisma's own engine reads the history as `prisma migrate status` would.
    expect(await prismaMigrateStatus(url, migrationsDir('sqlite'), schemaPath('sqlite'))).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });

  test("accepts a database migrated by Prisma's own engine (prisma migrate deploy)", async () => {
    const url = `file:${join(tmp, 'by-prisma.db')}`;
    const names = migrations.map((m) => m.name);
    expect(await prismaMigrateDeploy(url, migrationsDir('sqlite'), schemaPath('sqlite'))).toEqual(names);
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  test('refuses a recorded checksum that differs from the file', async () => {
    const file = join(tmp, 'tampered.db');
    await applyMigrations(`file:${file}`);
    const db = new Database(file);
    db.prepare('UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = ?').run(
      sha256('something else'),
      migrations[0]!.name,
    );
    db.close();

    const attempt = applyMigrations(`file:${file}`);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'checksum_mismatch',
      migrationName: migrations[0]!.name,
    });
  });

  test('refuses a migration file edited after it was applied', async () => {
    const file = join(tmp, 'edited.db');
    await applyMigrations(`file:${file}`);
    const copy = copyMigrations('sqlite');
    writeFileSync(join(copy, migrations[0]!.name, 'migration.sql'), `${migrations[0]!.script}\n-- edited\n`);

    await expect(applyMigrations(`file:${file}`, { migrationsDir: copy })).rejects.toMatchObject({
      code: 'checksum_mismatch',
    });
  });

  test('refuses to continue after a migration recorded as failed', async () => {
    const file = join(tmp, 'failed.db');
    await applyMigrations(`file:${file}`);
    const db = new Database(file);
    db.prepare('UPDATE _prisma_migrations SET finished_at = NULL').run();
    db.close();

    await expect(applyMigrations(`file:${file}`)).rejects.toMatchObject({ code: 'failed_migration' });
  });

  test('rolls a failing migration back completely and records nothing for it', async () => {
    const copy = copyMigrations('sqlite');
    mkdirSync(join(copy, '99990101000000_broken'));
    writeFileSync(
      join(copy, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    const file = join(tmp, 'broken.db');

    await expect(applyMigrations(`file:${file}`, { migrationsDir: copy })).rejects.toMatchObject({
      code: 'apply_failed',
      migrationName: '99990101000000_broken',
    });
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'Half'`).all()).toEqual([]);
    db.close();
    expect(rows(file).map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
  });
});

describe('no drift: the committed migrations produce exactly the Prisma schema (SQLite)', () => {
  test('migrations → schema file is empty', async () => {
    expect(
      await diffMigrationsToSchema({
        provider: 'sqlite',
        migrationsDir: migrationsDir('sqlite'),
        schemaPath: schemaPath('sqlite'),
      }),
    ).toBe('');
  });

  test('a database migrated by applyMigrations → schema file is empty', async () => {
    const url = `file:${join(tmp, 'drift.db')}`;
    await applyMigrations(url);
    expect(await diffDatabaseToSchema(url, schemaPath('sqlite'))).toBe('');
  });

  test('a model change without a migration is caught', async () => {
    const drifted = driftedSchemaCopy('sqlite');
    const script = await diffMigrationsToSchema({
      provider: 'sqlite',
      migrationsDir: migrationsDir('sqlite'),
      schemaPath: drifted,
    });
    expect(script).toContain('ALTER TABLE "Team" ADD COLUMN "driftCheck" TEXT');
  });
});

const postgresUrl = process.env.TEST_POSTGRES_URL;
const describePostgres = postgresUrl ? describe : describe.skip;

describePostgres('PostgreSQL (runs only when TEST_POSTGRES_URL is set)', () => {
  const base = postgresUrl ? parseDatabaseUrl(postgresUrl) : undefined;
  const connectionString = base?.provider === 'postgresql' ? base.connectionString : '';
  const schemas: string[] = [];
  const freshUrl = () => {
    const schema = `tandem_migrations_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    const url = new URL(connectionString);
    url.searchParams.set('schema', schema);
    return { url: url.toString(), schema };
  };

  afterAll(async () => {
    const client = new Client({ connectionString });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  test('applies into a fresh schema once, even when two instances start together', async () => {
    const { url, schema } = freshUrl();
    const names = readMigrations(migrationsDir('postgresql')).map((m) => m.name);
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    expect(await applyMigrations(url)).toEqual({ applied: [] });

    const client = new Client({ connectionString });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished
         FROM "${schema}"._prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    expect(rows).toEqual(
      readMigrations(migrationsDir('postgresql')).map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        applied_steps_count: 1,
        finished: true,
      })),
    );
    expect(
      await prismaMigrateStatus(url, migrationsDir('postgresql'), schemaPath('postgresql')),
    ).toMatchObject({
      editedMigrationNames: [],
      failedMigrationNames: [],
      history: null,
    });
  });

  test("accepts a schema migrated by Prisma's own engine (prisma migrate deploy)", async () => {
    const { url } = freshUrl();
    const names = readMigrations(migrationsDir('postgresql')).map((m) => m.name);
    expect(await prismaMigrateDeploy(url, migrationsDir('postgresql'), schemaPath('postgresql'))).toEqual(
      names,
    );
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  test('no drift: migrations and a migrated database match the schema file', async () => {
    const input = {
      provider: 'postgresql' as const,
      migrationsDir: migrationsDir('postgresql'),
      shadowDatabaseUrl: connectionString,
    };
    expect(await diffMigrationsToSchema({ ...input, schemaPath: schemaPath('postgresql') })).toBe('');
    const { url } = freshUrl();
    await applyMigrations(url);
    expect(await diffDatabaseToSchema(url, schemaPath('postgresql'))).toBe('');

    const drifted = await diffMigrationsToSchema({ ...input, schemaPath: driftedSchemaCopy('postgresql') });
    expect(drifted).toContain('ADD COLUMN     "driftCheck" TEXT');
  });
});

test('the WebAssembly schema engine is the one the installed Prisma CLI ships', () => {
  // Upgrading `prisma` requires upgrading @prisma/schema-engine-wasm to the version its CLI names.
  const packaged = join(root, 'node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm');
  const shipped = join(root, 'node_modules/prisma/build/schema_engine_bg.wasm');
  expect(sha256(readFileSync(packaged))).toBe(sha256(readFileSync(shipped)));
});

test('scripts/sync-schemas.mjs --check passes', () => {
  expect(() =>
    execFileSync(process.execPath, [join(root, 'scripts/sync-schemas.mjs'), '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});
