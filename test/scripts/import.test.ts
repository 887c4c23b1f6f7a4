import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createStore } from '../../src/store';
import { ALICE, TEAM_A } from '../support/fixtures';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/** `npm run import` as an operator runs it: scripts/import.ts in its own process, through tsx. */
const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

async function runImport(args: string[], environment: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts', 'import.ts'), ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...environment } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let database: TestDatabase;
let directory: string;

beforeEach(async () => {
  database = await createTestDatabase();
  directory = mkdtempSync(join(tmpdir(), 'tandem-import-'));
  await createStore(database).teams.ensure(TEAM_A.id);
});

afterEach(async () => {
  await database.destroy();
  rmSync(directory, { recursive: true, force: true });
});

function csvFile(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run import', () => {
  it('dry-runs by default, prints every row it would write or rejects, and writes with --apply', async () => {
    const file = csvFile(
      'crm-leads.csv',
      'Firma;E-mail;Źródło\nAcme;anna@acme.pl;seo\nBeta;b@beta.pl;tiktok\n',
    );
    const environment = { DATABASE_URL: database.url };
    const dry = await runImport([file, '--owner', ALICE], environment);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain(`Import of leads from crm-leads.csv into workspace ${TEAM_A.id}`);
    expect(dry.stdout).toContain('(dry run)');
    expect(dry.stdout).toContain('Columns: Company ← “Firma”, Email ← “E-mail”, Source channel ← “Źródło”');
    expect(dry.stdout).toMatch(/line 2 {2}to create {2}Acme <anna@acme\.pl>/);
    expect(dry.stdout).toMatch(
      /line 3 {2}REJECTED {3}Beta <b@beta\.pl> — “Źródło” \(Source channel\): “tiktok” is not/,
    );
    expect(dry.stdout).toContain('2 rows: 1 to create, 1 rejected.');
    expect(dry.stdout).toContain('Dry run: nothing was written. Run again with --apply to write 1 row.');
    expect(await database.prisma.lead.count()).toBe(0);

    const applied = await runImport([file, '--owner', ALICE, '--apply'], environment);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/line 2 {2}created {4}L-1 Acme/);
    expect(applied.stdout).toContain('2 rows: 1 created, 1 rejected.');
    expect(await database.prisma.lead.findMany({ select: { company: true, ownerId: true } })).toEqual([
      { company: 'Acme', ownerId: ALICE },
    ]);

    const fixed = csvFile(
      'crm-leads.csv',
      'Firma;E-mail;Źródło\nAcme;anna@acme.pl;seo\nBeta;b@beta.pl;referral\n',
    );
    const rerun = await runImport([fixed, '--owner', ALICE, '--apply'], environment);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('2 rows: 1 created, 1 unchanged, 0 rejected.');
    expect(await database.prisma.lead.count()).toBe(2);
  });

  it('imports a Salesforce report with --from salesforce: its footer is skipped, exit code 0, a progress line', async () => {
    const file = join(__dirname, '..', 'import', 'fixtures', 'salesforce-opportunities.csv');
    const environment = { DATABASE_URL: database.url };
    const args = [file, '--from', 'salesforce', '--owner', ALICE];
    const needsCurrency = await runImport(args, environment);
    expect(needsCurrency.code).toBe(2);
    expect(needsCurrency.stderr).toContain('the file has no currency column');
    const applied = await runImport([...args, '--currency', 'USD', '--apply'], environment);
    expect(applied.stdout).toContain('Note: 8 lines below the table (a report footer) skipped');
    expect(applied.stdout).toContain('6 rows: 6 created, 0 rejected.');
    expect(applied.stderr).toContain('written 6 of 6 rows');
    expect(applied.code).toBe(0);
    expect(await database.prisma.deal.count()).toBe(6);
  }, 90_000); // two processes through tsx, each migrating the database first

  it('explains what it needs, writes nothing and exits 2 when it cannot start', async () => {
    const environment = { DATABASE_URL: database.url };
    const unnamed = csvFile('leads.csv', 'Company\nAcme\n');
    const noKind = await runImport(
      [csvFile('export.csv', 'Notes;Phone\nhi;123\n'), '--owner', ALICE],
      environment,
    );
    expect(noKind.code).toBe(2);
    expect(noKind.stderr).toContain(
      'cannot tell from its columns whether the file holds leads, deals, spend; add --kind leads|deals|spend',
    );
    expect(noKind.stderr).toContain('usage: npm run import -- <file.csv>');

    const noOwner = await runImport([unnamed, '--kind', 'leads'], environment);
    expect(noOwner.code).toBe(2);
    expect(noOwner.stderr).toContain('Nothing was imported from');
    expect(noOwner.stderr).toContain('- pass --owner <Slack user id, e.g. U0123ABCD>');

    const unknownOption = await runImport([unnamed, '--kind', 'leads', '--dry'], environment);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--dry'");

    const missing = await runImport([join(directory, 'nope.csv'), '--kind', 'leads'], environment);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('ENOENT');
    expect(await database.prisma.lead.count()).toBe(0);
  });
});
