// Compiles src/ to dist/ with tsc (tsconfig.build.json) and copies the files tsc does not emit
// (the SQLite connection worker, plain JavaScript). `--if-stale` builds only when a source file
// changed since the last build, so `npm start` and the tests that start the compiled app can ask
// for a build every time at no cost. A lock directory keeps two builders from writing dist/ at once.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.built');
const lock = join(root, '.build.lock');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json'];
const STALE_LOCK_MS = 5 * 60_000;

function* files(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) yield* files(join(path, entry));
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  return inputs.some((input) => {
    for (const file of files(join(root, input))) if (statSync(file).mtimeMs > builtAt) return true;
    return false;
  });
}

function build() {
  const startedAt = new Date();
  rmSync(dist, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  for (const file of files(join(root, 'src'))) {
    if (!file.endsWith('.mjs')) continue;
    const target = join(dist, relative(join(root, 'src'), file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  // Dated when the build started, so a file saved during the build makes the next check rebuild.
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
}

function acquireLock() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A builder killed midway leaves its lock behind.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

const onlyIfStale = process.argv.includes('--if-stale');
if (!onlyIfStale || isStale()) {
  acquireLock();
  try {
    // Another builder may have finished while this one waited for the lock.
    if (!onlyIfStale || isStale()) {
      const started = Date.now();
      build();
      console.error(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
