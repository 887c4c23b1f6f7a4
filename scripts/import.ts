// Imports a CRM export (CSV) of leads, deals or spend into one workspace's Tandem team:
//   npm run import -- leads.csv                      dry run: shows what would be created, updated, rejected
//   npm run import -- leads.csv --apply              writes it
//   npm run import -- hubspot-deals.csv --from hubspot --currency EUR   a CRM's export, as exported
//   npm run import -- export.csv --kind deals --team T0123ABCD --map stage=Etap,value="Kwota netto"
// Uses DATABASE_URL like the app (default file:./data/tandem.db). See README.md → "Import and export".
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../src/clock';
import { CSV_ENCODINGS } from '../src/domain/import/csvFile';
import { IMPORT_KINDS, type ImportKind } from '../src/domain/import/importColumns';
import { DAY_MONTH_ORDERS, type DayMonthOrder } from '../src/domain/import/importValues';
import { CRM_NAMES, type CrmName } from '../src/domain/import/presets';
import { countOutcomes, formatImportReport } from '../src/domain/import/importReport';
import { ImportService } from '../src/services/importService';
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/db/database';
import { parseDatabaseUrl, redactUrl } from '../src/store/db/databaseUrl';
import { ImportLookups } from '../src/store/repos/importLookups';
import { ImportWrites } from '../src/store/repos/importWrites';
import { applyMigrations } from '../src/store/db/migrations';

const USAGE = `usage: npm run import -- <file.csv> [--apply] [--from ${CRM_NAMES.join('|')}] [--kind ${IMPORT_KINDS.join('|')}]
       [--currency EUR] [--stages "Contract Sent=offer,..."] [--sources "Trade Show=events,..."]
       [--owners "Jane Doe=U0123ABCD,..."] [--dates ${DAY_MONTH_ORDERS.join('|')}] [--team <Slack team id>]
       [--team-name <Tandem team name>] [--owner <Slack user id>] [--map key=Header,...] [--encoding ${CSV_ENCODINGS.join('|')}] [--delimiter ";"]`;

/** Exit codes: 0 every row imported (or importable), 1 some rows rejected or failed, 2 nothing could be done. */
const EXIT = { ok: 0, rowsRejected: 1, unusable: 2 } as const;

function fail(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return EXIT.unusable;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        apply: { type: 'boolean', default: false },
        kind: { type: 'string' },
        from: { type: 'string' },
        currency: { type: 'string' },
        stages: { type: 'string', multiple: true, default: [] },
        sources: { type: 'string', multiple: true, default: [] },
        owners: { type: 'string', multiple: true, default: [] },
        dates: { type: 'string' },
        team: { type: 'string' },
        'team-name': { type: 'string' },
        owner: { type: 'string' },
        map: { type: 'string', multiple: true, default: [] },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) return fail(`give exactly one CSV file (got ${positionals.length})`);
  const { kind, from, dates } = values;
  if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return fail(`--kind “${kind}” is not one of ${IMPORT_KINDS.join(', ')}`);
  }
  if (from !== undefined && !(CRM_NAMES as readonly string[]).includes(from.toLowerCase())) {
    return fail(`--from “${from}” is not one of ${CRM_NAMES.join(', ')}`);
  }
  if (dates !== undefined && !(DAY_MONTH_ORDERS as readonly string[]).includes(dates)) {
    return fail(
      `--dates “${dates}” is not one of ${DAY_MONTH_ORDERS.join(', ')} (dmy: 27/05/2026, mdy: 5/27/2026)`,
    );
  }
  if (values.team !== undefined && !/^[TE][A-Z0-9]+$/.test(values.team)) {
    return fail(`--team “${values.team}” is not a Slack team id (it starts with T, e.g. T0123ABCD)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  const databaseUrl = process.env.DATABASE_URL?.trim() || 'file:./data/tandem.db';
  // Like `npm start`, the embedded database is brought up to date first; PostgreSQL is migrated on deploy.
  if (parseDatabaseUrl(databaseUrl).provider === 'sqlite') await applyMigrations(databaseUrl);
  const database = openDatabase(databaseUrl);
  try {
    const service = new ImportService(
      createStore(database),
      new ImportLookups(database.prisma),
      new ImportWrites(database.prisma, databaseUrl),
      systemClock,
    );
    const result = await service.run({
      ...(kind ? { kind: kind as ImportKind } : {}),
      ...(from ? { from: from.toLowerCase() as CrmName } : {}),
      ...(dates ? { dates: dates as DayMonthOrder } : {}),
      ...(values.currency ? { currency: values.currency } : {}),
      stages: values.stages,
      sources: values.sources,
      owners: values.owners,
      bytes,
      columnMap: values.map,
      // A line per few thousand rows on stderr, so a 100 k-row import shows it is moving.
      onProgress: ({ done, total }) =>
        console.error(`written ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`),
      apply: values.apply,
      ...(values.team ? { slackTeamId: values.team } : {}),
      ...(values['team-name'] ? { teamName: values['team-name'] } : {}),
      ...(values.owner !== undefined ? { ownerId: values.owner } : {}),
      ...(values.encoding ? { encoding: values.encoding.toLowerCase() } : {}),
      ...(values.delimiter ? { delimiter: values.delimiter === '\\t' ? '\t' : values.delimiter } : {}),
    });
    if (!result.ok) {
      return fail(
        `Nothing was imported from ${file}:\n${result.problems.map((each) => `- ${each}`).join('\n')}`,
      );
    }
    const lines = formatImportReport(result.report, {
      source: basename(file),
      workspace: `${result.team.slackTeamId} (${redactUrl(databaseUrl)})`,
    });
    console.log(lines.join('\n'));
    const counts = countOutcomes(result.report.lines);
    return counts.reject + counts.failed > 0 ? EXIT.rowsRejected : EXIT.ok;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`import failed: ${message.replace(/\s*\n\s*/g, ' ')}`);
    process.exit(EXIT.unusable);
  });
