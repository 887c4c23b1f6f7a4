import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { openDatabase } from '../../src/store/db/database';
import { transactionFactSql } from '../../src/store/readModel/facts/factSql';
import { rebuildTeamFacts } from '../../src/store/readModel/facts/refreshFacts';
import { applyMigrations, MigrationError, readMigrations } from '../../src/store/db/migrations';
import { testSchemaName } from '../support/abandonedSchemas';
import { testDatabaseProvider } from '../support/testDatabase';

/**
 * The migrations on the engine of this run (SQLite, or PostgreSQL on the TEST_POSTGRES_URL pass):
 * a tampered history is refused, a failing migration leaves nothing behind, and a database that
 * already holds data is upgraded with the fact backfill actually run on it.
 */
const provider = testDatabaseProvider();
const migrationsDir = resolve(__dirname, '../../prisma', provider, 'migrations');
const migrations = readMigrations(migrationsDir);
const FACTS_MIGRATION = migrations.find((migration) => migration.script.includes('-- Backfill'));

let tmp: string;
let url: string;
let schema: string | undefined;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tandem-engine-migrations-'));
  if (provider === 'sqlite') {
    url = `file:${join(tmp, 'tandem.db')}`;
  } else {
    const base = process.env.TEST_POSTGRES_URL ?? '';
    schema = testSchemaName(Date.now(), process.pid, randomBytes(4).toString('hex'));
    url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
  }
});

afterEach(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (schema) await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  schema = undefined;
});

/** Runs one statement on the test database, outside any migration. */
async function sql(statement: string, params: unknown[] = []): Promise<unknown[]> {
  if (provider === 'sqlite') {
    const db = new Database(join(tmp, 'tandem.db'));
    try {
      const prepared = db.prepare(statement);
      return prepared.reader ? prepared.all(...params) : (prepared.run(...params), []);
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    return (
      await client.query(
        statement.replace(/\?/g, (_, offset: number) => `$${statement.slice(0, offset).split('?').length}`),
        params,
      )
    ).rows;
  } finally {
    await client.end();
  }
}

/** The migrations up to (without) `name`, as a folder of their own. */
function migrationsBefore(name: string): string {
  const copy = join(tmp, 'migrations-before');
  mkdirSync(copy);
  for (const entry of readdirSync(migrationsDir)) {
    if (/^\d+_/.test(entry) && entry >= name) continue;
    cpSync(join(migrationsDir, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

describe(`migrations on ${provider}`, () => {
  it('refuses a recorded checksum that differs from the file', async () => {
    await applyMigrations(url);
    await sql('UPDATE "_prisma_migrations" SET "checksum" = ? WHERE "migration_name" = ?', [
      'f'.repeat(64),
      migrations[0]?.name,
    ]);
    const attempt = applyMigrations(url);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({
      code: 'checksum_mismatch',
      migrationName: migrations[0]?.name,
    });
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const copy = join(tmp, 'broken-migrations');
    cpSync(migrationsDir, copy, { recursive: true });
    mkdirSync(join(copy, '99990101000000_broken'));
    writeFileSync(
      join(copy, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    await expect(applyMigrations(url, { migrationsDir: copy })).rejects.toMatchObject({
      code: 'apply_failed',
      migrationName: '99990101000000_broken',
    });
    const half =
      provider === 'sqlite'
        ? await sql(`SELECT name FROM sqlite_master WHERE name = 'Half'`)
        : await sql(
            `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'Half'`,
          );
    expect(half).toEqual([]);
    const recorded = (await sql(
      'SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name"',
    )) as {
      migration_name: string;
    }[];
    expect(recorded.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    // Fixed, it applies: the next run is not blocked by the failure.
    writeFileSync(join(copy, '99990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" ("id" TEXT);\n');
    expect(await applyMigrations(url, { migrationsDir: copy })).toEqual({
      applied: ['99990101000000_broken'],
    });
  });

  it('upgrades a database holding leads and deals: the backfill derives the facts the app would', async () => {
    if (!FACTS_MIGRATION) throw new Error('no migration fills the fact tables');
    await applyMigrations(url, { migrationsDir: migrationsBefore(FACTS_MIGRATION.name) });
    const database = openDatabase(url);
    try {
      const { prisma } = database;
      // Written as SQL: the database is at an older migration than the client's Team, whose later
      // columns Prisma would name in its insert.
      const team = { id: 'team-upgrade' };
      await prisma.$executeRaw`INSERT INTO "Team" ("id", "slackTeamId", "name", "leadCounter", "dealCounter") VALUES (${team.id}, 'T0000UPGRADE', 'main', 2, 2)`;
      const lead = (number: number, company: string, createdAt: string) =>
        prisma.lead.create({
          data: {
            teamId: team.id,
            number,
            company,
            companyKey: company.toLowerCase(),
            source: 'seo',
            industry: 'retail',
            ownerId: 'U0000ALICE',
            createdById: 'U0000ALICE',
            createdAt: new Date(createdAt),
          },
        });
      const acme = await lead(1, 'Acme', '2026-11-02T10:00:00Z');
      const globex = await lead(2, 'Globex', '2026-11-03T10:00:00Z');
      const deal = async (number: number, leadId: string, stages: [string, string][], valueMinor: number) => {
        const last = stages[stages.length - 1] ?? ['LEAD', '2026-11-04T10:00:00Z'];
        const created = await prisma.deal.create({
          data: {
            teamId: team.id,
            number,
            leadId,
            stage: last[0],
            valueMinor,
            currency: 'EUR',
            ownerId: 'U0000ALICE',
            createdById: 'U0000ALICE',
            createdAt: new Date(stages[0]?.[1] ?? last[1]),
            stageEnteredAt: new Date(last[1]),
            closedAt: ['WON', 'LOST'].includes(last[0]) ? new Date(last[1]) : null,
          },
        });
        let from: string | null = null;
        for (const [stage, at] of stages) {
          await prisma.stageEvent.create({
            data: {
              teamId: team.id,
              dealId: created.id,
              fromStage: from,
              toStage: stage,
              kind: from === null ? 'create' : 'forward',
              at: new Date(at),
              byUserId: 'U0000ALICE',
              valueMinor,
              currency: 'EUR',
            },
          });
          from = stage;
        }
      };
      await deal(
        1,
        acme.id,
        [
          ['OFFER', '2026-11-05T10:00:00Z'],
          ['NEGOTIATION', '2026-11-09T10:00:00Z'],
          ['WON', '2026-11-12T10:00:00Z'],
        ],
        120_000,
      );
      await deal(
        2,
        globex.id,
        [
          ['DISCOVERY', '2026-11-06T10:00:00Z'],
          ['LOST', '2026-11-10T10:00:00Z'],
        ],
        50_000,
      );

      expect(await applyMigrations(url)).toMatchObject({
        applied: expect.arrayContaining([FACTS_MIGRATION.name]),
      });

      const facts = async () => ({
        deals: await prisma.dealFact.findMany({ where: { teamId: team.id }, orderBy: { dealId: 'asc' } }),
        leads: await prisma.leadFact.findMany({ where: { teamId: team.id }, orderBy: { leadId: 'asc' } }),
        clients: await prisma.clientFact.findMany({
          where: { teamId: team.id },
          orderBy: { companyKey: 'asc' },
        }),
        leadDays: await prisma.leadDay.count({ where: { teamId: team.id } }),
        stageDays: await prisma.stageDay.findMany({
          where: { teamId: team.id },
          orderBy: [{ toStage: 'asc' }, { day: 'asc' }],
        }),
      });
      const backfilled = await facts();
      expect(backfilled.deals.map((fact) => [fact.stage, Number(fact.closeValueMinor)])).toEqual(
        expect.arrayContaining([
          ['WON', 120_000],
          ['LOST', 50_000],
        ]),
      );
      expect(backfilled.leads).toHaveLength(2);
      expect(backfilled.stageDays.map((day) => day.toStage).sort()).toEqual([
        'DISCOVERY',
        'LOST',
        'NEGOTIATION',
        'OFFER',
        'WON',
      ]);
      // What the app itself derives from the same rows.
      await prisma.$transaction((transaction) =>
        rebuildTeamFacts(transactionFactSql(transaction, database.provider), team.id),
      );
      expect(await facts()).toEqual(backfilled);
    } finally {
      await database.close();
    }
  });
});
