import type { ImportKind } from '../../src/domain/import/importColumns';
import type { ImportReport, ReportLine } from '../../src/domain/import/importReport';
import { type ImportRequest, ImportService } from '../../src/services/importService';
import { createStore, type Store } from '../../src/store';
import { ImportLookups } from '../../src/store/repos/importLookups';
import { ImportWrites } from '../../src/store/repos/importWrites';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { ALICE, TEAM_A } from './fixtures';
import { createTestClock, type TestClock } from './testClock';
import { createTestDatabase, type TestDatabase } from './testDatabase';

/** The import service on a fresh database with one team (TEAM_A, Europe/Warsaw, EUR). */
export type ImportFixture = {
  database: TestDatabase;
  store: Store;
  clock: TestClock;
  team: TeamRecord;
  /** Runs an import of `csv` as ALICE; a dry run unless `apply`. Fails the test if the file is refused. */
  run(kind: ImportKind, csv: string | Uint8Array, options?: Partial<ImportRequest>): Promise<ImportReport>;
  /** The same, returning the refusal as well. */
  attempt: ImportService['run'];
  destroy(): Promise<void>;
};

export const IMPORT_NOW = '2026-11-30T09:00:00Z';

export async function createImportFixture(): Promise<ImportFixture> {
  const database = await createTestDatabase();
  const store = createStore(database);
  const clock = createTestClock(IMPORT_NOW);
  const ensured = await store.teams.ensure(TEAM_A.id);
  const team = await database.prisma.team.update({
    where: { id: ensured.id },
    data: { timezone: 'Europe/Warsaw', currency: 'EUR' },
  });
  const service = new ImportService(
    store,
    new ImportLookups(database.prisma),
    new ImportWrites(database.prisma, database.url),
    clock,
  );
  const attempt = (request: ImportRequest) => service.run(request);
  return {
    database,
    store,
    clock,
    team,
    attempt,
    async run(kind, csv, options = {}) {
      const result = await attempt({
        kind,
        bytes: typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv,
        columnMap: [],
        apply: false,
        ownerId: ALICE,
        ...options,
      });
      if (!result.ok) throw new Error(`import refused: ${result.problems.join('; ')}`);
      return result.report;
    },
    destroy: () => database.destroy(),
  };
}

/** "line 3 create Acme" style summaries of a report, for compact assertions. */
export function outcomes(report: ImportReport): [number, ReportLine['outcome'], string][] {
  return report.lines.map((line) => [line.line, line.outcome, line.subject]);
}

/** The details of the report line for `line`. */
export function detailsOf(report: ImportReport, line: number): string[] {
  return report.lines.find((each) => each.line === line)?.details ?? [];
}

/**
 * Makes the database refuse to insert a `table` row whose `column` is `value`, as a constraint
 * would: the way to show that a failure half-way through a row's writes leaves nothing behind.
 */
export async function refuseInserts(
  database: TestDatabase,
  table: string,
  column: string,
  value: string,
): Promise<void> {
  const name = `refuse_${table.toLowerCase()}_${column.toLowerCase()}`;
  if (database.provider === 'sqlite') {
    await database.prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" WHEN NEW."${column}" = '${value}'
       BEGIN SELECT RAISE(ABORT, '${table} refused by test trigger'); END`,
    );
    return;
  }
  await database.prisma.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN
       IF NEW."${column}" = '${value}' THEN RAISE EXCEPTION '${table} refused by test trigger'; END IF;
       RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await database.prisma.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
}
