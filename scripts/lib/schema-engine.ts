// Drives Prisma's WebAssembly schema engine (the engine behind `prisma migrate diff`) through the
// driver adapters, so migrations can be generated and checked without the native binary, which
// cannot be downloaded here. See docs/decisions/0002-offline-migrations.md.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import type {
  DiagnoseMigrationHistoryOutput,
  DiffTarget,
  MigrationList,
  SchemaContainer,
  SchemaEngine,
} from '@prisma/schema-engine-wasm';
import { Pool, type PoolClient } from 'pg';
import { parseDatabaseUrl, quoteIdentifier, type DatabaseProvider } from '../../src/store/databaseUrl';
import { readMigrations } from '../../src/store/migrations';

export const DEFAULT_SHADOW_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';

export interface MigrationsDiffInput {
  provider: DatabaseProvider;
  migrationsDir: string;
  schemaPath: string;
  /** PostgreSQL only: a database in which a temporary shadow schema may be created and dropped. */
  shadowDatabaseUrl?: string;
}

/** SQL that takes a database built from the migrations to the schema file; '' when they agree. */
export async function diffMigrationsToSchema(input: MigrationsDiffInput): Promise<string> {
  const factory =
    input.provider === 'sqlite'
      ? sqliteFactory(':memory:')
      : shadowSchemaFactory(input.shadowDatabaseUrl ?? DEFAULT_SHADOW_DATABASE_URL);
  // Like `prisma migrate dev`, diff from a shadow database even when there is no migration yet
  // (diffing from "empty" would add a CREATE SCHEMA for the default PostgreSQL schema).
  const from: DiffTarget = { tag: 'migrations', ...migrationList(input.migrationsDir, input.provider) };
  return withEngine(factory, input.schemaPath, (engine, files) => diffTo(engine, from, files));
}

/** SQL that takes the live database to the schema file; '' when they agree. */
export async function diffDatabaseToSchema(databaseUrl: string, schemaPath: string): Promise<string> {
  return withEngine(databaseFactory(databaseUrl), schemaPath, (engine, files) =>
    diffTo(engine, { tag: 'schemaDatasource', files, configDir: dirname(schemaPath) }, files),
  );
}

/** What `prisma migrate status` reports for the database, computed by Prisma's own engine. */
export async function prismaMigrateStatus(
  databaseUrl: string,
  migrationsDir: string,
  schemaPath: string,
): Promise<DiagnoseMigrationHistoryOutput> {
  const { provider } = parseDatabaseUrl(databaseUrl);
  return withEngine(databaseFactory(databaseUrl), schemaPath, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: migrationList(migrationsDir, provider),
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    }),
  );
}

/** Applies the migrations as `prisma migrate deploy` does, with Prisma's own engine (used by tests). */
export async function prismaMigrateDeploy(
  databaseUrl: string,
  migrationsDir: string,
  schemaPath: string,
): Promise<string[]> {
  const { provider } = parseDatabaseUrl(databaseUrl);
  const output = await withEngine(databaseFactory(databaseUrl), schemaPath, (engine) =>
    engine.applyMigrations({ migrationsList: migrationList(migrationsDir, provider), filters: NO_FILTERS }),
  );
  return output.appliedMigrationNames;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

type SchemaFiles = SchemaContainer[];

interface TrackedFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes whatever connections the engine left open (it does not always dispose them). */
  closeAll(): Promise<void>;
}

async function withEngine<T>(
  tracked: TrackedFactory,
  schemaPath: string,
  work: (engine: SchemaEngine, files: SchemaFiles) => Promise<T>,
): Promise<T> {
  const content = readFileSync(schemaPath, 'utf8');
  const { SchemaEngine } = loadEngineModule();
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(tracked.factory);
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => {}, adapter);
    try {
      return await work(engine, [{ path: schemaPath, content }]);
    } finally {
      engine.free();
    }
  } finally {
    await tracked.closeAll();
  }
}

async function diffTo(engine: SchemaEngine, from: DiffTarget, files: SchemaFiles): Promise<string> {
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files },
    script: true,
    exitCode: true, // 2 means "not empty"; an empty script still reads "-- This is an empty migration."
    filters: NO_FILTERS,
  });
  return result.exitCode === 0 ? '' : (result.stdout ?? '');
}

function databaseFactory(databaseUrl: string): TrackedFactory {
  const database = parseDatabaseUrl(databaseUrl);
  return database.provider === 'sqlite'
    ? sqliteFactory(database.filePath)
    : postgresFactory(database.connectionString, database.schema);
}

function migrationList(migrationsDir: string, provider: DatabaseProvider): MigrationList {
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  const migrations = existsSync(migrationsDir) ? readMigrations(migrationsDir, provider) : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : migrationLockToml(provider),
    },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.script } },
    })),
  };
}

/** The lock file exactly as `prisma migrate dev` writes it. */
export function migrationLockToml(provider: DatabaseProvider): string {
  return `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "${provider}"
`;
}

interface EngineModule {
  SchemaEngine: typeof SchemaEngine;
  __wbg_set_wasm(exports: Record<string, unknown>): void;
}

// The "dom" lib is not enabled, so describe the little of the WebAssembly API used here.
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
}

let engineModule: EngineModule | undefined;

/**
 * @prisma/schema-engine-wasm ships wasm-bindgen "bundler" glue: an ES module that imports the .wasm
 * file, which neither Node's CommonJS loader nor Jest can load. Its functions are plain
 * `export function` / `export class` declarations, so evaluate them in this realm and instantiate the
 * wasm ourselves (the wasm is byte-identical to node_modules/prisma/build/schema_engine_bg.wasm).
 */
function loadEngineModule(): EngineModule {
  if (engineModule) return engineModule;
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const source = readFileSync(gluePath, 'utf8');
  const names = [...source.matchAll(/^export (?:function|class) (\w+)/gm)].map((match) => match[1]);
  const body = source.replace(/^export (function|class) /gm, '$1 ');
  if (!names.includes('SchemaEngine') || /^\s*(import|export)\b/m.test(body)) {
    throw new Error(`Unexpected format of ${gluePath}: update scripts/lib/schema-engine.ts`);
  }
  const glue = new Function(`${body}\nreturn { ${names.join(', ')} };`)() as EngineModule;
  const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };
  const wasm = new WebAssembly.Module(readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  // The glue reports Rust panics through this global; Prisma's CLI installs the same hook.
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => {} };
  engineModule = glue;
  return glue;
}

function tracker(): { track(adapter: SqlDriverAdapter): SqlDriverAdapter; closeAll(): Promise<void> } {
  const open = new Set<SqlDriverAdapter>();
  return {
    track(adapter) {
      open.add(adapter);
      return decorate(adapter, {
        dispose: async () => {
          if (open.delete(adapter)) await adapter.dispose();
        },
      });
    },
    async closeAll() {
      for (const adapter of [...open]) {
        open.delete(adapter);
        await adapter.dispose();
      }
    },
  };
}

function sqliteFactory(filePath: string): TrackedFactory {
  // The shadow database of the better-sqlite3 adapter is an in-memory database.
  const base = new PrismaBetterSqlite3({ url: filePath }, { timestampFormat: 'unixepoch-ms' });
  const adapters = tracker();
  const withScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    adapters.track(
      decorate(adapter, {
        // The engine runs whole migration scripts through executeRaw, but better-sqlite3's prepare()
        // accepts a single statement only; exec() runs scripts.
        executeRaw: async (query: SqlQuery) => {
          try {
            return await adapter.executeRaw(query);
          } catch (error) {
            if (query.args.length > 0 || !/more than one statement/.test(String(error))) throw error;
            await adapter.executeScript(query.sql);
            return 0;
          }
        },
      }),
    );
  return {
    factory: {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => withScripts(await base.connect()),
      connectToShadowDb: async () => withScripts(await base.connectToShadowDb()),
    },
    closeAll: () => adapters.closeAll(),
  };
}

function postgresFactory(connectionString: string, schema: string): TrackedFactory {
  const adapters = tracker();
  return {
    factory: {
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect: async () => adapters.track(await connectPostgres(connectionString, schema)),
      connectToShadowDb: () => Promise.reject(new Error('No shadow database configured')),
    },
    closeAll: () => adapters.closeAll(),
  };
}

/**
 * The shadow database is a throwaway schema. The engine places the schema file's tables in the main
 * connection's schema and compares schemas by name, so the main connection names the same schema
 * (nothing is read from or written to it through that connection).
 */
function shadowSchemaFactory(connectionString: string): TrackedFactory {
  const schema = `prisma_shadow_${randomBytes(6).toString('hex')}`;
  const adapters = tracker();
  return {
    factory: {
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect: async () => adapters.track(await connectPostgres(connectionString, schema)),
      connectToShadowDb: async () => {
        const adapter = await connectPostgres(connectionString, schema);
        return adapters.track(
          decorate(adapter, {
            dispose: async () => {
              await adapter.executeScript(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
              await adapter.dispose();
            },
          }),
        );
      },
    },
    closeAll: () => adapters.closeAll(),
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

async function connectPostgres(connectionString: string, schema: string): Promise<SqlDriverAdapter> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`Unsupported schema name "${schema}"`);
  // Unqualified names in migration scripts must land in `schema`.
  const pool = new Pool({ connectionString, options: `-c search_path=${schema}` });
  pool.on('connect', relabelCharColumns);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  return new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
}

/**
 * The engine's catalog queries return PostgreSQL's internal one-byte `"char"` type (e.g.
 * pg_constraint.contype), which adapter-pg refuses as an unsupported column type. Its text value is
 * fine, so report such columns as text.
 */
function relabelCharColumns(client: PoolClient): void {
  const relabel = (result: unknown): unknown => {
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of (part as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
    }
    return result;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  Object.assign(client, {
    query: (...args: unknown[]): unknown => {
      const callback = args[args.length - 1];
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabel(result));
        return query(...args);
      }
      const pending = query(...args);
      return isPromiseLike(pending) ? pending.then(relabel) : pending;
    },
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** A view of `adapter` with some methods replaced; a Proxy keeps the class's private fields working. */
function decorate(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof SqlDriverAdapter];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
