// Owns the embedded database's connections on a thread of their own (see workerThreadAdapter.ts):
// Prisma's own better-sqlite3 adapter runs here on the read-write connection, each call arrives as
// a message and its result or error goes back; the digest's aggregations read a consistent
// snapshot on a second, read-only connection (the file is in WAL mode, so they never wait for a
// writer). Plain JavaScript so that any runner (tsx, node, jest) can start it without a loader.
import { setTimeout as pause } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import Database from 'better-sqlite3';

// How long a statement keeps trying while another process holds the file's write lock.
const busyRetryMs = workerData.config.timeout ?? 0;
let adapter;
try {
  // No busy timeout on the connection: SQLite's busy handler sleeps on this thread, and every call
  // queued behind it (other commands' acks among them) would wait with it. Busy statements are
  // tried again without blocking instead (whenNotBusy).
  adapter = await new PrismaBetterSqlite3({ ...workerData.config, timeout: 0 }, workerData.options).connect();
} catch (error) {
  // As the adapter would throw it from connect(): Prisma reports the database as unreachable.
  parentPort.postMessage({
    connected: false,
    error: { name: error.name, message: error.message, code: error.code },
  });
  process.exit(0);
}
beginOutsideTheAdapter(adapter);
const transactions = new Map();
let nextTransactionId = 1;
/** Settles when the latest transaction or statement to take its turn has ended: one at a time on the connection. */
let transactionTurn = Promise.resolve();
let reader;
const readStatements = new Map();

/**
 * Prisma's adapter opens a transaction with a plain (deferred) `BEGIN` run synchronously: with a
 * second process on the same file, a transaction that read first and writes later fails at once
 * with SQLITE_BUSY once the other process has written, and a BEGIN that fails leaves the adapter's
 * own lock taken for good. So `startTransaction` takes the write lock itself (`BEGIN IMMEDIATE`,
 * tried again while busy) and the adapter's `BEGIN` does nothing. The adapter's statement cache is
 * its `client.prepare`; only that one statement is swapped.
 */
function beginOutsideTheAdapter(connected) {
  const client = connected.client;
  if (!client || typeof client.prepare !== 'function') {
    throw new Error('the SQLite adapter no longer exposes its client; BEGIN IMMEDIATE cannot be set');
  }
  const prepare = client.prepare.bind(client);
  const begun = { run: () => ({ changes: 0 }) };
  client.prepare = (sql) => (sql === 'BEGIN' ? begun : prepare(sql));
}

function isBusy(error) {
  if (error instanceof DriverAdapterError) return error.cause?.kind === 'SocketTimeout';
  return typeof error?.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `statement`, trying it again while another process holds the write lock (a busy statement
 * had no effect), for up to the busy timeout. The pauses are short and jittered so that two
 * processes do not retry in step, and this thread serves other calls meanwhile.
 */
async function whenNotBusy(statement) {
  const deadline = Date.now() + busyRetryMs;
  for (let wait = 1; ; wait = Math.min(wait * 2, 16)) {
    try {
      return await statement();
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > deadline) {
        // As the adapter reports a busy database, so that Prisma and Tandem word it the same way.
        throw isBusy(error) ? new DriverAdapterError({ kind: 'SocketTimeout' }) : error;
      }
    }
    await pause(wait * (0.5 + Math.random()));
  }
}

/** Settles once every transaction and statement that took its turn before has ended. */
function takeTurn() {
  const previous = transactionTurn;
  let ended;
  transactionTurn = new Promise((resolve) => (ended = resolve));
  return previous.then(() => ended);
}

/**
 * A statement of no transaction, run between transactions: on the one connection it would
 * otherwise become part of whichever transaction is open, and be undone with it when that one
 * rolls back (a command's inbox row, acknowledged as kept, was lost so).
 */
async function betweenTransactions(statement) {
  const ended = await takeTurn();
  try {
    return await whenNotBusy(statement);
  } finally {
    ended();
  }
}

/** Waits for the connection's previous transaction to end, takes the write lock, then opens the adapter's. */
async function startTransaction(isolationLevel) {
  const ended = await takeTurn();
  try {
    // The adapter refuses other isolation levels before its (empty) BEGIN: nothing to undo then.
    if (!isolationLevel || isolationLevel === 'SERIALIZABLE') {
      await whenNotBusy(() => adapter.client.prepare('BEGIN IMMEDIATE').run());
    }
    const opened = await adapter.startTransaction(isolationLevel);
    return { opened, ended };
  } catch (error) {
    if (adapter.client.inTransaction) adapter.client.prepare('ROLLBACK').run();
    ended();
    throw error;
  }
}

/** Several read-only queries in one transaction, so they all see the same snapshot. */
function readSnapshot(queries) {
  reader ??= new Database(workerData.config.url, { readonly: true, fileMustExist: true, timeout: 10000 });
  const prepared = (sql) => {
    let statement = readStatements.get(sql);
    if (!statement) {
      statement = reader.prepare(sql);
      readStatements.set(sql, statement);
    }
    return statement;
  };
  reader.exec('BEGIN');
  try {
    return queries.map(({ sql, values }) => prepared(sql).all(...values));
  } finally {
    reader.exec('COMMIT');
  }
}

function transaction(id) {
  const open = transactions.get(id);
  if (!open) throw new Error(`no open transaction ${id} on the SQLite connection`);
  return open.opened;
}

async function perform({ operation, transactionId, argument }) {
  switch (operation) {
    case 'queryRaw':
    case 'executeRaw':
      // Inside a transaction the write lock is already held; a statement of its own may find it taken.
      if (transactionId) return transaction(transactionId)[operation](argument);
      return betweenTransactions(() => adapter[operation](argument));
    case 'executeScript':
      // Not tried again: a script that found the lock taken midway has run its first statements.
      return adapter.executeScript(argument);
    case 'readSnapshot':
      return readSnapshot(argument);
    case 'startTransaction': {
      const open = await startTransaction(argument);
      const id = nextTransactionId++;
      transactions.set(id, open);
      return { id, options: open.opened.options };
    }
    case 'commit':
    case 'rollback': {
      const open = transactions.get(transactionId);
      transactions.delete(transactionId);
      if (!open) throw new Error(`no open transaction ${transactionId} on the SQLite connection`);
      try {
        return await open.opened[operation]();
      } finally {
        open.ended();
      }
    }
    case 'createSavepoint':
    case 'rollbackToSavepoint':
    case 'releaseSavepoint':
      return transaction(transactionId)[operation](argument);
    default:
      throw new Error(`unknown SQLite connection operation ${operation}`);
  }
}

/** Errors cross the thread as data; Prisma recognises an adapter error by its name and cause. */
function describe(error) {
  if (error && error.name === 'DriverAdapterError' && typeof error.cause === 'object') {
    return { driverAdapterCause: error.cause };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

parentPort.on('message', (request) => {
  perform(request).then(
    (value) => parentPort.postMessage({ id: request.id, value }),
    (error) => parentPort.postMessage({ id: request.id, error: describe(error) }),
  );
});
parentPort.postMessage({ connected: true });
