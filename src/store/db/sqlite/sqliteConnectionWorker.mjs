// Owns the embedded database's connections on a thread of their own (see workerThreadAdapter.ts):
// Prisma's own better-sqlite3 adapter runs here on the read-write connection, each call arrives as
// a message and its result or error goes back; the digest's aggregations read a consistent
// snapshot on a second, read-only connection (the file is in WAL mode, so they never wait for a
// writer). Plain JavaScript so that any runner (tsx, node, jest) can start it without a loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';

let adapter;
try {
  adapter = await new PrismaBetterSqlite3(workerData.config, workerData.options).connect();
} catch (error) {
  // As the adapter would throw it from connect(): Prisma reports the database as unreachable.
  parentPort.postMessage({
    connected: false,
    error: { name: error.name, message: error.message, code: error.code },
  });
  process.exit(0);
}
immediateTransactions(adapter);
const transactions = new Map();
let nextTransactionId = 1;
let reader;
const readStatements = new Map();

/**
 * Prisma's adapter opens transactions with a plain (deferred) `BEGIN`. With a second process on the
 * same file, a transaction that read first and writes later cannot wait for the lock once the other
 * process has written: SQLite fails it at once with SQLITE_BUSY, and the command failed. `BEGIN
 * IMMEDIATE` takes the write lock at the start, waiting up to the connection's busy timeout, so
 * transactions of two processes queue instead of failing. The adapter's statement cache is its
 * `client.prepare`; only that one statement is swapped.
 */
function immediateTransactions(connected) {
  const client = connected.client;
  if (!client || typeof client.prepare !== 'function') {
    throw new Error('the SQLite adapter no longer exposes its client; BEGIN IMMEDIATE cannot be set');
  }
  const prepare = client.prepare.bind(client);
  client.prepare = (sql) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql);
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
  return open;
}

async function perform({ operation, transactionId, argument }) {
  switch (operation) {
    case 'queryRaw':
    case 'executeRaw':
      return (transactionId ? transaction(transactionId) : adapter)[operation](argument);
    case 'executeScript':
      return adapter.executeScript(argument);
    case 'readSnapshot':
      return readSnapshot(argument);
    case 'startTransaction': {
      const opened = await adapter.startTransaction(argument);
      const id = nextTransactionId++;
      transactions.set(id, opened);
      return { id, options: opened.options };
    }
    case 'commit':
    case 'rollback': {
      const open = transaction(transactionId);
      transactions.delete(transactionId);
      return open[operation]();
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
