// Driver adapter factories for the WebAssembly schema engine, with the two workarounds it needs:
// better-sqlite3 cannot run multi-statement scripts through executeRaw, and adapter-pg rejects
// PostgreSQL's internal "char" type that the engine's catalog queries return.
import { randomBytes } from 'node:crypto';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';
import { Pool, type PoolClient } from 'pg';
import { parseDatabaseUrl, quoteIdentifier } from '../../src/store/db/databaseUrl';

export interface TrackedFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes whatever connections the engine left open (it does not always dispose them). */
  closeAll(): Promise<void>;
}

/** Connections to the database a DATABASE_URL names (PostgreSQL: its `?schema=`). */
export function databaseFactory(databaseUrl: string): TrackedFactory {
  const database = parseDatabaseUrl(databaseUrl);
  return database.provider === 'sqlite'
    ? sqliteFactory(database.filePath)
    : postgresFactory(database.connectionString, database.schema);
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

export function sqliteFactory(filePath: string): TrackedFactory {
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
 * PostgreSQL whose shadow database is a throwaway schema. The engine places the schema file's tables
 * in the main connection's schema and compares schemas by name, so the main connection names the
 * same schema (nothing is read from or written to it through that connection).
 */
export function shadowSchemaFactory(connectionString: string): TrackedFactory {
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
        args[args.length - 1] = (error: unknown, result: unknown) =>
          callback(error, error ? result : relabel(result));
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
