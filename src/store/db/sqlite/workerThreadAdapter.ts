import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils';

/**
 * Prisma's better-sqlite3 adapter runs every statement synchronously, so on the main thread a
 * command's write (about fifteen statements with the pipeline facts) holds the event loop and every
 * other request's ack waits behind it (docs/BENCHMARKS.md). This adapter keeps the same adapter on
 * a worker thread that owns the connection: the main thread only compiles queries and waits.
 * Statements still run one at a time on one connection, as before, so transactions behave the same.
 */

const ADAPTER_NAME = '@prisma/adapter-better-sqlite3';

/**
 * `timeout`: how long, in milliseconds, a statement keeps trying while another connection holds the
 * file's write lock; tried again without blocking the thread (sqliteConnectionWorker.mjs).
 */
export type SqliteConnectionConfig = { url: string; timeout?: number };
export type SqliteAdapterOptions = { timestampFormat?: 'iso8601' | 'unixepoch-ms' };

type Operation =
  | 'readSnapshot'
  | 'queryRaw'
  | 'executeRaw'
  | 'executeScript'
  | 'startTransaction'
  | 'commit'
  | 'rollback'
  | 'createSavepoint'
  | 'rollbackToSavepoint'
  | 'releaseSavepoint';

type WorkerError = { driverAdapterCause: DriverAdapterError['cause'] } | { message: string };
type WorkerReply = { id: number; value?: unknown; error?: WorkerError };
type ConnectFailure = { name: string; message: string; code?: string };
type ConnectReply = { connected: true } | { connected: false; error: ConnectFailure };
type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/** The connection's thread and the calls waiting for its answers. */
class ConnectionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: Error | undefined;

  /** Whether the thread stopped or could not open the database (calls would all fail). */
  get failed(): boolean {
    return this.stopped !== undefined;
  }
  /** Settles once the worker has opened the database, or failed to. */
  readonly connected: Promise<void>;

  constructor(config: SqliteConnectionConfig, options: SqliteAdapterOptions | undefined) {
    this.worker = new Worker(join(__dirname, 'sqliteConnectionWorker.mjs'), {
      workerData: { config, options },
    });
    this.connected = new Promise<void>((resolve, reject) => {
      this.worker.once('message', (reply: ConnectReply) => {
        if (reply.connected) resolve();
        else reject(Object.assign(new Error(reply.error.message), reply.error));
        // An idle connection must not keep the process alive; a call in flight does.
        this.worker.unref();
        this.worker.on('message', (answer: WorkerReply) => this.settle(answer));
      });
      this.worker.once('error', reject);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) =>
      this.fail(new Error(`the SQLite connection thread stopped (exit code ${code})`)),
    );
  }

  call<Value>(operation: Operation, argument?: unknown, transactionId?: number): Promise<Value> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<Value>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, operation, argument, transactionId });
    });
  }

  async stop(): Promise<void> {
    this.stopped ??= new Error('the SQLite connection is closed');
    await this.worker.terminate();
  }

  private settle({ id, value, error }: WorkerReply): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
    if (!pending) return;
    if (!error) pending.resolve(value);
    else if ('driverAdapterCause' in error) pending.reject(new DriverAdapterError(error.driverAdapterCause));
    else pending.reject(new Error(error.message));
  }

  private fail(error: Error): void {
    this.stopped ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

function transactionOn(thread: ConnectionThread, id: number, options: TransactionOptions): Transaction {
  return {
    provider: 'sqlite',
    adapterName: ADAPTER_NAME,
    options,
    queryRaw: (query: SqlQuery) => thread.call<SqlResultSet>('queryRaw', query, id),
    executeRaw: (query: SqlQuery) => thread.call<number>('executeRaw', query, id),
    commit: () => thread.call<void>('commit', undefined, id),
    rollback: () => thread.call<void>('rollback', undefined, id),
    createSavepoint: (name: string) => thread.call<void>('createSavepoint', name, id),
    rollbackToSavepoint: (name: string) => thread.call<void>('rollbackToSavepoint', name, id),
    releaseSavepoint: (name: string) => thread.call<void>('releaseSavepoint', name, id),
  };
}

/** A read-only query for `readSnapshot`, with parameters bound as Prisma's SQLite adapter binds them. */
export type SnapshotQuery = { sql: string; values: unknown[] };

/** Reads several read-only queries in one snapshot, off the event loop. */
export type SnapshotReader = {
  readSnapshot(queries: readonly SnapshotQuery[]): Promise<Record<string, unknown>[][]>;
};

/**
 * Drop-in for `new PrismaBetterSqlite3(config, options)` whose connection lives on a worker thread,
 * which also serves `readSnapshot` on a read-only connection of its own (one thread for both: each
 * costs about 40 MB of memory, and the reads must stay off the event loop, not off the writes).
 */
export class SqliteWorkerThreadAdapter implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName = ADAPTER_NAME;
  private thread: ConnectionThread | undefined;

  constructor(
    private readonly config: SqliteConnectionConfig,
    private readonly options?: SqliteAdapterOptions,
  ) {}

  /** Runs read-only queries in one snapshot on the thread's read-only connection; rows in query order. */
  async readSnapshot(queries: readonly SnapshotQuery[]): Promise<Record<string, unknown>[][]> {
    const thread = await this.liveThread();
    return thread.call<Record<string, unknown>[][]>('readSnapshot', queries);
  }

  async connect(): Promise<SqlDriverAdapter> {
    await this.liveThread();
    // Each call takes the live thread: when the thread dies (a crash, an out-of-memory kill), the
    // calls in flight and its open transactions fail, and the next call starts a new one instead
    // of failing for good.
    const call = async <Value>(operation: Operation, argument?: unknown) =>
      (await this.liveThread()).call<Value>(operation, argument);
    return {
      provider: 'sqlite',
      adapterName: ADAPTER_NAME,
      queryRaw: (query: SqlQuery) => call<SqlResultSet>('queryRaw', query),
      executeRaw: (query: SqlQuery) => call<number>('executeRaw', query),
      executeScript: (script: string) => call<void>('executeScript', script),
      startTransaction: async (isolationLevel?: IsolationLevel) => {
        const thread = await this.liveThread();
        const opened = await thread.call<{ id: number; options: TransactionOptions }>(
          'startTransaction',
          isolationLevel,
        );
        return transactionOn(thread, opened.id, opened.options);
      },
      dispose: () => this.close(),
    };
  }

  /** The running thread once it has opened the database; a new one when there is none or it died. */
  private async liveThread(): Promise<ConnectionThread> {
    const thread = this.connectionThread();
    await thread.connected;
    return thread;
  }

  /** Stops the thread, if one runs (when the database is closed). */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    await thread?.stop();
  }

  /** The thread, started on first use and again after a disconnect or a failure. */
  private connectionThread(): ConnectionThread {
    if (!this.thread || this.thread.failed) this.thread = new ConnectionThread(this.config, this.options);
    return this.thread;
  }
}
