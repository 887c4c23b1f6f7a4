import { type DigestResult, measureDigest } from './digestBench';
import { type LoadResult, loadBenchTeam } from './loadTeam';

/**
 * One benchmark phase in a process of its own, so its peak RSS is its own:
 * `phaseProcess.ts load <DATABASE_URL> <leads>` or `phaseProcess.ts digest <DATABASE_URL> <teamId> <runs>`.
 * The result goes back to the parent over IPC.
 */

export type PhaseResult = { phase: 'load'; result: LoadResult } | { phase: 'digest'; result: DigestResult };

async function main(): Promise<PhaseResult> {
  const [phase, url, ...rest] = process.argv.slice(2);
  if (phase === 'load' && url) return { phase, result: await loadBenchTeam(url, Number(rest[0])) };
  if (phase === 'digest' && url && rest[0]) {
    return { phase, result: await measureDigest(url, rest[0], Number(rest[1] ?? 5)) };
  }
  throw new Error(
    `usage: phaseProcess.ts load <url> <leads> | digest <url> <teamId> <runs>, not ${process.argv.slice(2).join(' ')}`,
  );
}

main().then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
