import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BENCH_SIZES, type BenchSize } from './generate';
import type { BenchRecord, BenchResults } from './results';
import { startTable } from './startReport';

/**
 * Renders the measured results into docs/BENCHMARKS.md between two markers; the hand-written
 * analysis around them is kept as it is.
 */

export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

const SIZES = Object.keys(BENCH_SIZES) as BenchSize[];

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en-US');
const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function ordered(records: BenchRecord[]): BenchRecord[] {
  return [...records].sort(
    (a, b) => SIZES.indexOf(a.size) - SIZES.indexOf(b.size) || a.engine.localeCompare(b.engine),
  );
}

function machineSection(results: BenchResults): string {
  const { machine } = results;
  const dates = [...new Set(results.records.map((record) => record.measuredAt.slice(0, 10)))].sort();
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}; Node ${machine.node}, ` +
      `SQLite ${machine.sqlite} (better-sqlite3), PostgreSQL ${machine.postgres ?? 'not measured'}. ` +
      `Measured on ${dates.join(', ')}; the load average at the start of each measurement is in the load table ` +
      '(other engineers ran tests on the same 2 cores).',
  ].join('\n');
}

function loadTable(records: BenchRecord[]): string {
  return table(
    [
      'size',
      'engine',
      'leads',
      'deals',
      'stage events',
      'spend',
      'feedback',
      'rows',
      'insert s',
      'indexes built s',
      'rows/s',
      'facts built s',
      'ANALYZE s',
      'load avg',
    ],
    records.map(({ size, engine, load, loadAverage }) => [
      size,
      engine,
      count(load.rows.leads),
      count(load.rows.deals),
      count(load.rows.stageEvents),
      count(load.rows.spend),
      count(load.rows.feedback),
      count(load.rows.total),
      (load.insertMs / 1000).toFixed(1),
      load.indexBuildMs === undefined ? '–' : (load.indexBuildMs / 1000).toFixed(1),
      count(Math.round(load.rowsPerSecond)),
      (load.factsMs / 1000).toFixed(1),
      (load.analyzeMs / 1000).toFixed(1),
      loadAverage.toFixed(1),
    ]),
  );
}

function digestTable(records: BenchRecord[]): string {
  return table(
    [
      'size',
      'engine',
      'digest ms (median)',
      'digest ms (max)',
      'floor ms (median)',
      'digest ÷ floor',
      'same figures',
      'event-loop max delay ms (idle)',
      'peak RSS MB',
    ],
    records.map(({ size, engine, digest }) => [
      size,
      engine,
      ms(digest.digestMedianMs),
      ms(digest.digestMaxMs),
      ms(digest.floorMedianMs),
      digest.ratio.toFixed(2),
      digest.floorDifference ? `no: ${digest.floorDifference}` : 'yes',
      `${ms(digest.eventLoopMaxDelayMs)} (idle ${ms(digest.idleEventLoopMaxDelayMs)})`,
      digest.peakRssMb.toFixed(0),
    ]),
  );
}

function groupTable(records: BenchRecord[]): string {
  const groups = [...new Set(records.flatMap((record) => Object.keys(record.digest.floorGroupMs)))];
  return table(
    ['query group', ...records.map((record) => `${record.size} ${record.engine}`)],
    groups.map((group) => [
      group,
      ...records.map(({ digest }) => {
        const own = digest.digestGroupMs[group];
        const floor = digest.floorGroupMs[group];
        return `${own === undefined ? '–' : ms(own)} / ${floor === undefined ? '–' : ms(floor)}`;
      }),
    ]),
  );
}

function commandTable(records: BenchRecord[]): string {
  const rows = records.flatMap(({ size, engine, commands }) =>
    (commands?.scenarios ?? []).map((scenario) => [
      size,
      engine,
      scenario.name,
      String(scenario.connections),
      scenario.ratePerSecond ? `${scenario.ratePerSecond}/s` : 'closed loop',
      count(scenario.requests),
      count(Math.round(scenario.throughputPerSecond)),
      ms(scenario.p50Ms),
      ms(scenario.p99Ms),
      ms(scenario.maxMs),
      scenario.answerP99Ms === undefined
        ? '–'
        : `${ms(scenario.answerP50Ms ?? 0)} / ${ms(scenario.answerP99Ms)}`,
      String(scenario.errors),
      scenario.turnedAway === undefined ? '–' : count(scenario.turnedAway),
      String(scenario.failedAnswers),
      String(scenario.missingFollowUps),
      scenario.withDigests
        ? `${scenario.digestsDuringRun}${scenario.digestFailures ? ` (${scenario.digestFailures} failed)` : ''}`
        : '–',
      scenario.appPeakRssMb.toFixed(0),
    ]),
  );
  if (rows.length === 0) return '_Command latency was not measured in these runs._';
  return table(
    [
      'size',
      'engine',
      'command',
      'connections',
      'offered',
      'requests',
      'req/s',
      'ack p50 ms',
      'ack p99 ms',
      'ack max ms',
      'answer p50 / p99 ms',
      'errors',
      'turned away (busy)',
      'answered with a failure',
      'answers missing',
      'digests meanwhile',
      'app peak RSS MB so far',
    ],
    rows,
  );
}

type Verdict = { target: string; outcome: string };

function verdict(pass: boolean | undefined, detail: string): string {
  if (pass === undefined) return `not measured (${detail})`;
  return `${pass ? '**met**' : '**missed**'} (${detail})`;
}

/** Each target of issue 8, judged on the records at hand. */
function targetVerdicts(records: BenchRecord[]): Verdict[] {
  const engines = [...new Set(records.map((record) => record.engine))].sort();
  const verdicts: Verdict[] = [];
  for (const engine of engines) {
    const mine = records.filter((record) => record.engine === engine);
    const largest = mine.find((record) => record.size === '1m');
    const worstRatio = Math.max(...mine.map((record) => record.digest.ratio));
    verdicts.push({
      target: `${engine}: digest ≤ 1.5 × floor`,
      outcome: verdict(
        worstRatio <= 1.5,
        mine.map((r) => `${r.size} ${r.digest.ratio.toFixed(2)}`).join(', '),
      ),
    });
    verdicts.push({
      target: `${engine}: digest < 250 ms at 1 M leads`,
      outcome: largest
        ? verdict(largest.digest.digestMedianMs < 250, `${ms(largest.digest.digestMedianMs)} ms`)
        : verdict(undefined, '1 M not run'),
    });
    const worstDelay = Math.max(...mine.map((record) => record.digest.eventLoopMaxDelayMs));
    // Acks under closed-loop load wait for the app's backlog whatever the digest does, so the
    // digest's own effect is the event loop it holds, and p99 with digests beside p99 without.
    const p99With = (record: BenchRecord, withDigests: boolean) =>
      record.commands?.scenarios.find(
        (s) =>
          s.command === '/lead' && s.connections === 50 && !s.ratePerSecond && s.withDigests === withDigests,
      )?.p99Ms;
    verdicts.push({
      target: `${engine}: a digest never holds the event loop long enough to delay an ack past 100 ms`,
      outcome: verdict(
        worstDelay < 100,
        mine
          .map((r) => {
            const [without, during] = [p99With(r, false), p99With(r, true)];
            const acks =
              without === undefined || during === undefined
                ? ''
                : `; /lead @50 ack p99 ${ms(during)} ms with digests running, ${ms(without)} ms without`;
            return `${r.size}: event loop held ≤ ${ms(r.digest.eventLoopMaxDelayMs)} ms${acks}`;
          })
          .join('. '),
      ),
    });
    const growth = mine.slice(1).map((record, index) => {
      const previous = mine[index] as BenchRecord;
      const dataGrowth = BENCH_SIZES[record.size] / BENCH_SIZES[previous.size];
      return {
        label: `${previous.size}→${record.size} ×${(record.digest.digestMedianMs / previous.digest.digestMedianMs).toFixed(1)} for ×${dataGrowth} data`,
        linear: record.digest.digestMedianMs / previous.digest.digestMedianMs <= dataGrowth * 1.1,
      };
    });
    verdicts.push({
      target: `${engine}: digest time grows no worse than linearly`,
      outcome:
        growth.length > 0
          ? verdict(
              growth.every((step) => step.linear),
              growth.map((step) => step.label).join('; '),
            )
          : verdict(undefined, 'one size only'),
    });
    // Closed loop: each connection sends again as soon as it is answered, so the app is saturated
    // and turns commands away; paced: the 50 connections send one command a second each.
    for (const paced of [false, true]) {
      const at50 = mine.flatMap((record) =>
        (record.commands?.scenarios ?? [])
          .filter((s) => s.connections === 50 && !s.withDigests && Boolean(s.ratePerSecond) === paced)
          .map((s) => ({ record, s })),
      );
      verdicts.push({
        target: `${engine}: ack p99 < 100 ms at 50 concurrent connections, ${paced ? 'paced' : 'closed loop'}`,
        outcome:
          at50.length > 0
            ? verdict(
                at50.every(({ s }) => s.p99Ms < 100),
                at50.map(({ record, s }) => `${record.size} ${s.name} ${ms(s.p99Ms)} ms`).join(', '),
              )
            : verdict(undefined, 'commands not run'),
      });
    }
    verdicts.push({
      target: `${engine}: RSS < 300 MB during a 1 M-lead digest`,
      outcome: largest
        ? verdict(largest.digest.peakRssMb < 300, `${largest.digest.peakRssMb.toFixed(0)} MB`)
        : verdict(undefined, '1 M not run'),
    });
  }
  return verdicts;
}

export function renderResults(results: BenchResults): string {
  const records = ordered(results.records);
  return [
    RESULTS_START,
    '',
    machineSection(results),
    '',
    '### Bulk load',
    '',
    loadTable(records),
    '',
    '### Digest beside the floor',
    '',
    digestTable(records),
    '',
    'Time per query group, digest / floor (ms, one run each after the timed runs; the digest runs its ten queries in one transaction, here each is awaited alone):',
    '',
    groupTable(records),
    '',
    '### Command latency (signed requests through the real HTTP receiver)',
    '',
    commandTable(records),
    '',
    '### Right after start (the compiled app restarted on a database with its team)',
    '',
    startTable(results.start),
    '',
    '### Targets (issue 8)',
    '',
    table(
      ['target', 'outcome'],
      targetVerdicts(records).map((row) => [row.target, row.outcome]),
    ),
    '',
    RESULTS_END,
  ].join('\n');
}

/** Replaces the generated section of `path` (or appends it), leaving the analysis around it alone. */
export function writeReport(path: string, results: BenchResults): void {
  const section = renderResults(results);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + RESULTS_END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
