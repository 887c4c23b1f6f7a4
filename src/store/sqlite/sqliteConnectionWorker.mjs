// Owns the embedded database's read-write connection on a thread of its own (see
// workerThreadAdapter.ts): Prisma's own better-sqlite3 adapter runs here, each call arrives as a
// message and its result or error goes back. Plain JavaScript so that any runner (tsx, node,
// jest) can start it without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

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
const transactions = new Map();
let nextTransactionId = 1;

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
