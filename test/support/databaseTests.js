/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, required by jest.config.js. */
// Which test files touch a database: those reaching test/support/testDatabase.ts through their
// imports inside test/, or opening one themselves. jest.config.js runs the rest (unit) once, on
// SQLite's pass only, since the PostgreSQL pass would run them unchanged.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const DATABASE_HELPER = resolve(__dirname, 'testDatabase.ts');
const OPENS_A_DATABASE = /\b(openDatabase|createTestDatabase|startTandem|applyMigrations|DATABASE_URL)\b/;
const IMPORT = /(?:from|import|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function testFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find(
    (path) => path.endsWith('.ts') && existsSync(path),
  );
}

/** Whether `file`, or a file it imports inside `root`, opens a database. */
function touchesDatabase(file, root, seen = new Map()) {
  if (seen.has(file)) return seen.get(file);
  seen.set(file, false);
  if (file === DATABASE_HELPER) return seen.set(file, true).get(file);
  const text = readFileSync(file, 'utf8');
  let found = OPENS_A_DATABASE.test(text);
  for (const match of text.matchAll(IMPORT)) {
    if (found) break;
    const target = resolveImport(file, match[1]);
    if (target && target.startsWith(root)) found = touchesDatabase(target, root, seen);
  }
  seen.set(file, found);
  return found;
}

/** `{ db, unit }`: the test files under `root`, split by whether they touch a database. */
function splitTestFiles(root) {
  const seen = new Map();
  const db = [];
  const unit = [];
  for (const file of testFiles(root)) (touchesDatabase(file, root, seen) ? db : unit).push(file);
  return { db, unit };
}

module.exports = { splitTestFiles };
