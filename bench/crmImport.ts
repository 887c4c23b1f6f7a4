// A CRM export of many rows through `npm run import`, timed, on a fresh database:
//   npx tsx bench/crmImport.ts --rows 100000 --kind leads --engine sqlite
//   npx tsx bench/crmImport.ts --rows 100000 --kind deals --engine postgresql
// leads: a HubSpot contacts export (bulk loader); deals: a HubSpot deals export, whose companies
// become leads (bulk loader) and whose deals go in through the bulk loader too, in one transaction.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/db/database';
import {
  BENCH_ENGINES,
  type BenchEngine,
  createBenchDatabase,
  DEFAULT_BENCH_POSTGRES_URL,
} from './benchDatabase';

const BENCH_TEAM = 'T0BENCHCRM';
const OWNER = 'U0BENCHOWNER';

function contactsFile(rows: number): string {
  const lines = [
    '"Record ID","First Name","Last Name","Email","Company Name","Original Source","Create Date"',
  ];
  for (let index = 1; index <= rows; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(
      `"${index}","Anna","Nowak ${index}","anna${index}@company${index}.example","Company ${index}","Organic Search","2026-10-${day} 09:00"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function dealsFile(rows: number): string {
  const lines = [
    '"Record ID","Deal Name","Deal Stage","Close Date","Amount","Create Date","Associated Company"',
  ];
  const stages = ['appointmentscheduled', 'qualifiedtobuy', 'contractsent', 'closedwon', 'closedlost'];
  for (let index = 1; index <= rows; index += 1) {
    const stage = stages[index % stages.length] ?? 'closedwon';
    const day = String(1 + (index % 28)).padStart(2, '0');
    const closed = stage.startsWith('closed') ? `2026-11-${day} 12:00` : '2027-01-15 00:00';
    lines.push(
      `"${index}","Deal ${index}","${stage}","${closed}","${1000 + (index % 5000)}","2026-10-${day} 09:00","Company ${index % Math.max(1, Math.floor(rows / 3))}"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      kind: { type: 'string', default: 'leads' },
      engine: { type: 'string', default: 'sqlite' },
      'postgres-url': { type: 'string', default: DEFAULT_BENCH_POSTGRES_URL },
    },
  });
  const rows = Number(values.rows);
  const engine = values.engine as BenchEngine;
  if (!BENCH_ENGINES.includes(engine)) throw new Error(`--engine is one of ${BENCH_ENGINES.join(', ')}`);
  const database = await createBenchDatabase(engine, values['postgres-url']);
  const directory = mkdtempSync(join(tmpdir(), 'tandem-crm-import-'));
  try {
    const opened = openDatabase(database.url);
    await createStore(opened).teams.ensure(BENCH_TEAM);
    await opened.close();
    const file = join(directory, `hubspot-${values.kind}.csv`);
    writeFileSync(file, values.kind === 'deals' ? dealsFile(rows) : contactsFile(rows));
    const started = process.hrtime.bigint();
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, '..', 'scripts', 'import.ts'),
        file,
        '--from',
        'hubspot',
        '--currency',
        'EUR',
        '--owner',
        OWNER,
        '--apply',
      ],
      { env: { ...process.env, DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `${rows.toLocaleString('en')} ${values.kind} rows on ${engine}: ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
