// Runs read-only SQL for the embedded database on a thread of its own (see offThreadReads.ts).
// Plain JavaScript so that any runner (tsx, node, jest) can start it without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const database = new Database(workerData.filePath, { readonly: true, fileMustExist: true, timeout: 10000 });
const statements = new Map();

function prepared(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = database.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

// One request = several queries read in one transaction, so they all see the same snapshot.
parentPort.on('message', ({ id, queries }) => {
  try {
    database.exec('BEGIN');
    try {
      const results = queries.map(({ sql, values }) => prepared(sql).all(...values));
      parentPort.postMessage({ id, results });
    } finally {
      database.exec('COMMIT');
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
