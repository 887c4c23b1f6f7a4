// Imports a CRM export (CSV) of leads, deals or spend into one workspace's Tandem team:
//   npm run import -- leads.csv                      dry run: shows what would be created, updated, rejected
//   npm run import -- leads.csv --apply              writes it
//   npm run import -- export.csv --kind deals --team T0123ABCD --map stage=Etap,value="Kwota netto"
// Uses DATABASE_URL like the app (default file:./data/tandem.db). See README.md → "Import and export".
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../src/clock';
import { CSV_ENCODINGS } from '../src/domain/import/csvFile';
import { IMPORT_KINDS, type ImportKind, kindFromFileName } from '../src/domain/import/importColumns';
import { countOutcomes, formatImportReport } from '../src/domain/import/importReport';
import { ImportService } from '../src/services/importService';
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/database';
import { parseDatabaseUrl, redactUrl } from '../src/store/databaseUrl';
import { ImportLookups } from '../src/store/importLookups';
import { ImportWrites } from '../src/store/importWrites';
import { applyMigrations } from '../src/store/migrations';

const USAGE = `usage: npm run import -- <file.csv> [--apply] [--kind ${IMPORT_KINDS.join('|')}] [--team <Slack team id>]
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
  const kind = values.kind ?? kindFromFileName(basename(file));
  if (!kind)
    return fail(`cannot tell from “${basename(file)}” what it holds: add --kind ${IMPORT_KINDS.join('|')}`);
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return fail(`--kind “${kind}” is not one of ${IMPORT_KINDS.join(', ')}`);
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
      kind: kind as ImportKind,
      bytes,
      columnMap: values.map,
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
