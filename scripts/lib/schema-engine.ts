// Drives Prisma's WebAssembly schema engine (the engine behind `prisma migrate diff`) through the
// driver adapters, so migrations can be generated and checked without the native binary, which
// cannot be downloaded here. See docs/decisions/0002-offline-migrations.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from '@prisma/driver-adapter-utils';
import type {
  DiagnoseMigrationHistoryOutput,
  DiffTarget,
  MigrationList,
  SchemaContainer,
  SchemaEngine,
} from '@prisma/schema-engine-wasm';
import { parseDatabaseUrl, type DatabaseProvider } from '../../src/store/db/databaseUrl';
import { readMigrations } from '../../src/store/db/migrations';
import { databaseFactory, shadowSchemaFactory, sqliteFactory, type TrackedFactory } from './engine-adapters';

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

async function withEngine<T>(
  tracked: TrackedFactory,
  schemaPath: string,
  work: (engine: SchemaEngine, files: SchemaFiles) => Promise<T>,
): Promise<T> {
  const content = readFileSync(schemaPath, 'utf8');
  const { SchemaEngine } = loadEngineModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  try {
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => {}, adapter);
    try {
      return await work(engine, [{ path: schemaPath, content }]);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw withDriverMessages(error, adapter.errorRegistry);
  } finally {
    await tracked.closeAll();
  }
}

/** The engine reports driver failures as "External error id#N"; put the driver's own message there. */
function withDriverMessages(error: unknown, registry: ErrorRegistry): unknown {
  if (error instanceof Error) {
    error.message = error.message.replace(/External error id#(\d+)/g, (text, id: string) => {
      const cause = registry.consumeError(Number(id))?.error;
      return cause instanceof Error ? cause.message : text;
    });
  }
  return error;
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
  // The glue reports Rust panics through this global; Prisma's CLI installs the same hook.
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => {} };
  // The engine arms timeouts (e.g. 10 s around PostgreSQL's advisory lock) and never clears them;
  // unref them so they cannot keep the process alive.
  const unrefSetTimeout = (callback: () => void, ms: number) => setTimeout(callback, ms).unref();
  const glue = new Function('setTimeout', `${body}\nreturn { ${names.join(', ')} };`)(
    unrefSetTimeout,
  ) as EngineModule;
  const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };
  const wasm = new WebAssembly.Module(readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  engineModule = glue;
  return glue;
}
