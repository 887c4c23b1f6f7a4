import { createStore } from '../../../src/store';
import {
  bulkInsertLeads,
  bulkRebuildTeamFacts,
  type BulkLeadRow,
  type BulkTarget,
  loadWithIndexesBuiltAfter,
  newRowId,
  openBulkTarget,
} from '../../../src/store/db/bulk';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

let database: TestDatabase;
let target: BulkTarget;
let teamId: string;

beforeEach(async () => {
  database = await createTestDatabase();
  teamId = (await createStore(database).teams.ensure('T0000INDEXES')).id;
  target = await openBulkTarget(database.url);
});

afterEach(async () => {
  await target.close();
  await database.destroy();
});

/** A table's index names and definitions, as the database reports them. */
async function indexesOf(table: string): Promise<string[]> {
  const rows =
    database.provider === 'sqlite'
      ? await database.prisma.$queryRawUnsafe<{ definition: string }[]>(
          `SELECT "name" || ': ' || COALESCE("sql", '') AS "definition" FROM sqlite_master
           WHERE "type" = 'index' AND "tbl_name" = '${table}' ORDER BY "name"`,
        )
      : await database.prisma.$queryRawUnsafe<{ definition: string }[]>(
          `SELECT indexname || ': ' || indexdef AS "definition" FROM pg_indexes
           WHERE schemaname = current_schema() AND tablename = '${table}' ORDER BY indexname`,
        );
  return rows.map((row) => row.definition);
}

const leadIndexes = () => indexesOf('Lead');

const lead = (number: number): BulkLeadRow => ({
  id: newRowId(),
  teamId,
  number,
  company: `Company ${number}`,
  companyKey: `company ${number}`,
  ownerId: 'U0000ALICE',
  createdById: 'U0000ALICE',
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, number)),
});

describe('a first bulk load', () => {
  it('drops the secondary indexes for the load and builds the same ones after it', async () => {
    const before = await leadIndexes();
    expect(before.length).toBeGreaterThan(3);
    let duringLoad: number | undefined;
    const loaded = await loadWithIndexesBuiltAfter(target, async () => {
      const inserted = await bulkInsertLeads(target, [lead(1), lead(2), lead(3)]);
      duringLoad =
        target.provider === 'sqlite'
          ? (
              target.sqlite
                .prepare(
                  `SELECT COUNT(*) AS "count" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'Lead'`,
                )
                .get() as { count: number }
            ).count
          : Number(
              (
                await target.postgres.query<{ count: string }>(
                  `SELECT COUNT(*) AS "count" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Lead'`,
                )
              ).rows[0]?.count,
            );
      return inserted;
    });
    expect(loaded).toMatchObject({ result: 3, indexesBuiltAfterLoad: true });
    // Only the primary key and unique constraints stay during the load.
    expect(duringLoad).toBeLessThan(before.length);
    expect(await leadIndexes()).toEqual(before);
    expect(await database.prisma.lead.count({ where: { teamId } })).toBe(3);
  });

  it('still refuses duplicates while the indexes are down', async () => {
    const first = lead(7);
    await expect(
      loadWithIndexesBuiltAfter(target, () => bulkInsertLeads(target, [first, { ...lead(8), id: first.id }])),
      // Matched by message: better-sqlite3's errors may come from another test file's realm
      // (a native module loads once per Jest worker), where `toThrow` does not see an Error.
    ).rejects.toMatchObject({ message: expect.stringMatching(/unique|duplicate/i) });
  });

  it('rolls back rows and index changes together when the load fails', async () => {
    const before = await leadIndexes();
    await expect(
      loadWithIndexesBuiltAfter(target, async () => {
        await bulkInsertLeads(target, [lead(1)]);
        throw new Error('the import file ended early');
      }),
    ).rejects.toThrow('the import file ended early');
    expect(await leadIndexes()).toEqual(before);
    expect(await database.prisma.lead.count()).toBe(0);
  });

  it('keeps the indexes when the tables already hold rows', async () => {
    await loadWithIndexesBuiltAfter(target, () => bulkInsertLeads(target, [lead(1)]));
    const loaded = await loadWithIndexesBuiltAfter(target, () => bulkInsertLeads(target, [lead(2)]));
    expect(loaded).toMatchObject({ indexesBuiltAfterLoad: false, indexBuildMs: 0 });
    expect(await database.prisma.lead.count()).toBe(2);
  });

  it('fills empty fact tables first and indexes them after, and a rebuild gives the same facts again', async () => {
    const before = await indexesOf('LeadFact');
    await loadWithIndexesBuiltAfter(target, () => bulkInsertLeads(target, [lead(1), lead(2)]));
    await bulkRebuildTeamFacts(target, teamId);
    expect(await indexesOf('LeadFact')).toEqual(before);
    const facts = () => database.prisma.leadFact.findMany({ where: { teamId }, orderBy: { leadId: 'asc' } });
    const builtAfter = await facts();
    expect(builtAfter).toHaveLength(2);
    // Rebuilding again (the team's facts are deleted first) gives the same rows.
    await bulkRebuildTeamFacts(target, teamId);
    expect(await facts()).toEqual(builtAfter);
  });
});
