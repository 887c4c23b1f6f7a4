import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** `npm start` as a user runs it: the compiled entry point in its own process. */
const ROOT = join(__dirname, '..', '..');
/** What `npm start` runs, and what a supervisor runs directly. */
export const COMPILED_ENTRY_POINT = join(ROOT, 'dist', 'main.js');

/**
 * Compiles src/ to dist/ when a source changed since the last build (`npm run build`; a no-op
 * otherwise). Run while this module loads, before any test starts, so that the build's time
 * counts against no test's timeout; concurrent test files wait for one build.
 */
export function buildWhenStale(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
buildWhenStale();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function spawnTandem(environment: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [COMPILED_ENTRY_POINT], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...environment },
  });
}

/** Starts Tandem and resolves once it listens (or is connected in Socket Mode); `output()` is everything it printed so far. */
export function startTandem(
  environment: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawnTandem(environment);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('listening on port') || output.includes('running in Socket Mode')) {
        clearInterval(timer);
        resolve({ child, output: () => output });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`Tandem exited with ${code}:\n${output}`));
    });
  });
}

/** The exit code once the process has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', resolve));
}

export async function stopTandem(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = exitOf(child);
  child.kill('SIGTERM');
  return exited;
}
