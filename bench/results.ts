import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { BenchEngine } from './benchDatabase';
import type { CommandBenchResult } from './commandBench';
import type { DigestResult } from './digestBench';
import type { BenchSize } from './generate';
import type { LoadResult } from './loadTeam';
import type { StartBenchResult } from './startBench';

/** One size on one engine, as measured. */
export type BenchRecord = {
  size: BenchSize;
  engine: BenchEngine;
  measuredAt: string;
  /** 1-minute load average when the measurement started: other work on the machine skews it. */
  loadAverage: number;
  load: LoadResult;
  digest: DigestResult;
  commands?: CommandBenchResult;
};

export type MachineInfo = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  sqlite: string;
  postgres: string | undefined;
};

/** The "right after start" scenario on one engine, as measured. */
export type StartRecord = StartBenchResult & { measuredAt: string; loadAverage: number };

/** Every measurement kept, newest per size and engine, so sizes measured in separate runs form one report. */
export type BenchResults = { machine: MachineInfo; records: BenchRecord[]; start?: StartRecord[] };

export function describeMachine(sqlite: string, postgres: string | undefined): MachineInfo {
  const [first] = cpus();
  return {
    cpu: first?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    sqlite,
    postgres,
  };
}

export function currentLoadAverage(): number {
  return loadavg()[0] ?? 0;
}

export function readResults(path: string): BenchResults | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchResults) : undefined;
}

/**
 * Keeps earlier records of other sizes and engines; a new record replaces the one it measures
 * again, except that a run without commands (`--no-commands`) keeps the earlier command results.
 */
export function mergeResults(
  previous: BenchResults | undefined,
  machine: MachineInfo,
  records: BenchRecord[],
): BenchResults {
  const key = (record: BenchRecord) => `${record.size}/${record.engine}`;
  const earlier = new Map((previous?.records ?? []).map((record) => [key(record), record]));
  const merged = records.map((record) => {
    const commands = record.commands ?? earlier.get(key(record))?.commands;
    return commands ? { ...record, commands } : record;
  });
  const fresh = new Set(records.map(key));
  const kept = (previous?.records ?? []).filter((record) => !fresh.has(key(record)));
  return { machine, records: [...kept, ...merged], ...(previous?.start ? { start: previous.start } : {}) };
}

/** Keeps the other engines' "right after start" records; a new record replaces its engine's. */
export function mergeStartResults(results: BenchResults, records: StartRecord[]): BenchResults {
  const fresh = new Set(records.map((record) => record.engine));
  const kept = (results.start ?? []).filter((record) => !fresh.has(record.engine));
  return { ...results, start: [...kept, ...records] };
}

export function writeResults(path: string, results: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
