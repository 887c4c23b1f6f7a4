import { execFileSync, fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  BENCH_ENGINES,
  type BenchEngine,
  createBenchDatabase,
  DEFAULT_BENCH_POSTGRES_URL,
} from './benchDatabase';
import { measureCommands } from './commandBench';
import { measureStart } from './startBench';
import { runMondayScenario } from './monday/mondayBench';
import { openRawSql } from './floor/computeFloor';
import { BENCH_SIZES, type BenchSize } from './generate';
import type { PhaseResult } from './phaseProcess';
import { writeReport } from './report';
import {
  type BenchRecord,
  currentLoadAverage,
  describeMachine,
  mergeResults,
  mergeStartResults,
  type StartRecord,
  readResults,
  writeResults,
} from './results';

const USAGE = `npm run bench -- [--sizes 10k,100k,1m] [--engines sqlite,postgresql] [--runs 5]
  [--duration 10] [--no-commands] [--no-start] [--no-report] | --only-start | --report-only
  | --scenario monday [--teams 1000] [--leads-per-team 1000] [--duration 60]
--only-start: only the "right after start" scenario (compiled app, first command, ack p99 beside bare Bolt).
--scenario monday: every team's digest due the same minute on two instances, commands meanwhile
  (PostgreSQL only; prints each target's outcome, records nothing: copy the lines into BENCHMARKS.md).
Environment: BENCH_POSTGRES_URL (default ${DEFAULT_BENCH_POSTGRES_URL}); each run uses a fresh schema, dropped afterwards.`;

const ROOT = resolve(__dirname, '..');
const RESULTS_PATH = join(ROOT, 'bench', 'results.json');
const REPORT_PATH = join(ROOT, 'docs', 'BENCHMARKS.md');

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k,1m' },
      engines: { type: 'string', default: BENCH_ENGINES.join(',') },
      runs: { type: 'string', default: '5' },
      duration: { type: 'string', default: '10' },
      'no-commands': { type: 'boolean', default: false },
      'no-start': { type: 'boolean', default: false },
      'only-start': { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      scenario: { type: 'string' },
      teams: { type: 'string', default: '1000' },
      'leads-per-team': { type: 'string', default: '1000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map((size) => size.trim().toLowerCase());
  const engines = values.engines.split(',').map((engine) => engine.trim().toLowerCase());
  const unknown = [
    ...sizes.filter((size) => !(size in BENCH_SIZES)),
    ...engines.filter((engine) => !(BENCH_ENGINES as readonly string[]).includes(engine)),
  ];
  if (unknown.length > 0) throw new Error(`Unknown size or engine: ${unknown.join(', ')}\n${USAGE}`);
  if (values.scenario !== undefined && values.scenario !== 'monday')
    throw new Error(`Unknown scenario: ${values.scenario}\n${USAGE}`);
  const teams = Number(values.teams);
  const leadsPerTeam = Number(values['leads-per-team']);
  if (!Number.isInteger(teams) || teams < 1 || !Number.isInteger(leadsPerTeam) || leadsPerTeam < 1)
    throw new Error(`--teams and --leads-per-team take whole numbers of at least 1\n${USAGE}`);
  return {
    monday: values.scenario === 'monday' ? { teams, leadsPerTeam } : undefined,
    sizes: sizes as BenchSize[],
    engines: engines as BenchEngine[],
    runs: Number(values.runs),
    durationSeconds: Number(values.duration),
    commands: !values['no-commands'],
    start: !values['no-start'],
    onlyStart: values['only-start'],
    report: !values['no-report'],
    reportOnly: values['report-only'],
  };
}

/** Runs one phase in a child process and returns what it sends back. */
function runPhase(args: string[]): Promise<PhaseResult> {
  return new Promise((resolvePhase, reject) => {
    const child = fork(join(__dirname, 'phaseProcess.ts'), args, { execArgv: ['--import', 'tsx'] });
    let result: PhaseResult | undefined;
    child.on('message', (message: PhaseResult) => {
      result = message;
    });
    child.on('exit', (code) =>
      result ? resolvePhase(result) : reject(new Error(`bench phase ${args[0]} exited with ${code}`)),
    );
  });
}

async function databaseVersions(postgresUrl: string, engines: BenchEngine[]) {
  const memory = new Database(':memory:');
  const sqlite = String((memory.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v);
  memory.close();
  if (!engines.includes('postgresql')) return { sqlite, postgres: undefined };
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  const postgres = String(
    (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v,
  );
  await client.end();
  return { sqlite, postgres };
}

async function measure(
  size: BenchSize,
  engine: BenchEngine,
  postgresUrl: string,
  settings: ReturnType<typeof options>,
): Promise<BenchRecord> {
  const loadAverage = currentLoadAverage();
  const measuredAt = new Date().toISOString();
  const database = await createBenchDatabase(engine, postgresUrl);
  try {
    console.log(`${size} ${engine}: loading ${BENCH_SIZES[size].toLocaleString('en-US')} leads…`);
    const loaded = await runPhase(['load', database.url, String(BENCH_SIZES[size])]);
    if (loaded.phase !== 'load') throw new Error('expected load results');
    const load = loaded.result;
    console.log(
      `  ${load.rows.total} rows in ${(load.insertMs / 1000).toFixed(1)} s (${Math.round(load.rowsPerSecond)} rows/s), ` +
        `facts built in ${(load.factsMs / 1000).toFixed(1)} s`,
    );
    const measured = await runPhase(['digest', database.url, load.teamId, String(settings.runs)]);
    if (measured.phase !== 'digest') throw new Error('expected digest results');
    const digest = measured.result;
    console.log(
      `  digest ${digest.digestMedianMs.toFixed(1)} ms, floor ${digest.floorMedianMs.toFixed(1)} ms, ` +
        `ratio ${digest.ratio.toFixed(2)}, event-loop max delay ${digest.eventLoopMaxDelayMs.toFixed(1)} ms` +
        (digest.floorDifference ? `, FIGURES DIFFER: ${digest.floorDifference}` : ''),
    );
    let commands: BenchRecord['commands'];
    if (settings.commands) {
      const raw = await openRawSql(database.url);
      try {
        commands = await measureCommands(
          database.url,
          load.teamId,
          raw,
          settings.durationSeconds,
          console.log,
        );
      } finally {
        await raw.close();
      }
    }
    return { size, engine, measuredAt, loadAverage, load, digest, ...(commands ? { commands } : {}) };
  } finally {
    await database.drop();
  }
}

/** The "right after start" scenario on each engine, each on a fresh database. */
async function measureStartScenario(engines: BenchEngine[], postgresUrl: string): Promise<StartRecord[]> {
  // It runs the compiled app, as `npm start` does.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  const records: StartRecord[] = [];
  for (const engine of engines) {
    const loadAverage = currentLoadAverage();
    const measuredAt = new Date().toISOString();
    const database = await createBenchDatabase(engine, postgresUrl);
    try {
      console.log(`right after start, ${engine}…`);
      records.push({ ...(await measureStart(engine, database.url, console.log)), measuredAt, loadAverage });
    } finally {
      await database.drop();
    }
  }
  return records;
}

async function main(): Promise<void> {
  const settings = options();
  if (settings.reportOnly) {
    const saved = readResults(RESULTS_PATH);
    if (!saved) throw new Error(`No results in ${RESULTS_PATH}: run the benchmark first`);
    writeReport(REPORT_PATH, saved);
    return;
  }
  const postgresUrl = process.env.BENCH_POSTGRES_URL ?? DEFAULT_BENCH_POSTGRES_URL;
  if (settings.monday) {
    const durationSeconds = process.argv.includes('--duration') ? settings.durationSeconds : 60;
    const machine = describeMachine('-', undefined);
    console.log(
      `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}; load average ${currentLoadAverage().toFixed(2)}`,
    );
    const met = await runMondayScenario({ ...settings.monday, durationSeconds, postgresUrl }, console.log);
    process.exitCode = met ? 0 : 2;
    return;
  }
  const versions = await databaseVersions(postgresUrl, settings.engines);
  const records: BenchRecord[] = [];
  if (!settings.onlyStart) {
    for (const size of settings.sizes) {
      for (const engine of settings.engines) records.push(await measure(size, engine, postgresUrl, settings));
    }
  }
  const start =
    settings.start || settings.onlyStart ? await measureStartScenario(settings.engines, postgresUrl) : [];
  const previous = readResults(RESULTS_PATH);
  const machine = describeMachine(versions.sqlite, versions.postgres ?? previous?.machine.postgres);
  const results = mergeStartResults(mergeResults(previous, machine, records), start);
  writeResults(RESULTS_PATH, results);
  if (settings.report) {
    writeReport(REPORT_PATH, results);
    console.log(`results in ${RESULTS_PATH}, report in ${REPORT_PATH}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
