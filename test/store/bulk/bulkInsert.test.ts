import { Prisma } from '../../../src/generated/postgresql/client';
import { createStore, type Store } from '../../../src/store';
import {
  bulkAdvanceTeamCounters,
  bulkInsertDeals,
  bulkInsertFeedback,
  bulkInsertLeads,
  bulkInsertSpend,
  bulkInsertStageEvents,
  type BulkLeadRow,
  type BulkTarget,
  inBulkTransaction,
  newRowId,
  openBulkTarget,
} from '../../../src/store/db/bulk';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';
import { moneyAsNumber } from '../../../src/store/db/moneyColumns';

let database: TestDatabase;
let store: Store;
let target: BulkTarget;
let teamId: string;

const at = (text: string) => new Date(text);
/** Text that breaks naive SQL or array-literal quoting. */
const HOSTILE_TEXT = `O'Brien "Quotes" \\back\\slash {braces}, commas; NULL 🚀 żółć\nnew line`;

beforeAll(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  teamId = (await store.teams.ensure('T0000BULK')).id;
  target = await openBulkTarget(database.url);
});

afterAll(async () => {
  await target.close();
  await database.destroy();
});

describe('bulk inserts read back through Prisma', () => {
  const leadId = newRowId();
  const dealId = newRowId();

  /** Every lead column set, with text that breaks naive quoting. */
  const fullLead = () => ({
    id: leadId,
    teamId,
    number: 101,
    company: HOSTILE_TEXT,
    companyKey: 'acme',
    contactName: 'Ann Smith',
    email: 'ann@acme.example',
    source: 'paid_search',
    campaign: 'spring',
    industry: 'Manufacturing',
    segment: 'mid_market',
    companySize: '51-200',
    country: 'PL',
    heardFrom: 'a podcast',
    promptedBy: 'pricing page',
    product: 'Analytics',
    note: '',
    ownerId: 'U0000ALICE',
    status: 'qualified',
    statusReason: null,
    statusChangedAt: at('2026-03-02T10:00:00.123Z'),
    qualifiedAt: at('2026-03-02T10:00:00.123Z'),
    createdById: 'U0000BOB',
    createdAt: at('2026-03-01T08:30:15.999Z'),
    updatedAt: at('2026-03-02T10:00:00.123Z'),
    version: 3,
    externalId: null as string | null,
  });

  it('writes every column of leads, deals, events, spend and feedback as given', async () => {
    const lead = { ...fullLead(), externalId: 'crm-lead-1' };
    const deal = {
      id: dealId,
      teamId,
      number: 55,
      leadId,
      stage: 'WON',
      valueMinor: 2_147_483_647,
      currency: 'EUR',
      discountPct: 12.5,
      expectedCloseDate: at('2026-04-01T00:00:00.000Z'),
      problems: HOSTILE_TEXT,
      desiredOutcomes: null,
      offerRequestedAt: at('2026-03-10T00:00:00.000Z'),
      offerSentAt: at('2026-03-12T00:00:00.000Z'),
      negotiationRounds: 2,
      negotiationNotes: 'two rounds',
      lostReason: null,
      lostReasonText: null,
      ownerId: 'U0000ALICE',
      createdById: 'U0000ALICE',
      createdAt: at('2026-03-03T09:00:00.000Z'),
      updatedAt: at('2026-03-20T09:00:00.000Z'),
      stageEnteredAt: at('2026-03-20T09:00:00.000Z'),
      closedAt: at('2026-03-20T09:00:00.000Z'),
      version: 6,
      externalId: 'crm-deal-55',
    };
    const events = [
      {
        toStage: 'QUALIFIED',
        fromStage: null,
        kind: 'create',
        skipped: null,
        at: '2026-03-03T09:00:00.000Z',
      },
      {
        toStage: 'OFFER',
        fromStage: 'QUALIFIED',
        kind: 'skip',
        skipped: 'DISCOVERY',
        at: '2026-03-12T09:00:00.000Z',
      },
      {
        toStage: 'WON',
        fromStage: 'OFFER',
        kind: 'skip',
        skipped: 'NEGOTIATION',
        at: '2026-03-20T09:00:00.000Z',
      },
    ].map((event, index) => ({
      ...event,
      id: newRowId(),
      teamId,
      dealId,
      at: at(event.at),
      byUserId: 'U0000ALICE',
      valueMinor: index === 0 ? null : 1_000_000 - index,
      currency: index === 0 ? null : 'EUR',
      discountPct: index === 2 ? 12.5 : null,
      reason: index === 2 ? HOSTILE_TEXT : null,
    }));
    const spend = {
      id: newRowId(),
      teamId,
      channel: 'paid_search',
      amountMinor: 450_000,
      currency: 'EUR',
      periodStart: at('2026-03-01T00:00:00.000Z'),
      periodEnd: at('2026-04-01T00:00:00.000Z'),
      note: HOSTILE_TEXT,
      createdById: 'U0000BOB',
      createdAt: at('2026-04-02T12:00:00.000Z'),
    };
    const feedback = {
      id: newRowId(),
      teamId,
      number: 7,
      kind: 'praise',
      text: HOSTILE_TEXT,
      leadId,
      dealId,
      product: 'Analytics',
      sentiment: 'positive',
      source: 'call',
      messageAuthorId: 'U0000CAROL',
      permalink: 'https://team.slack.com/archives/C1/p1',
      createdById: 'U0000ALICE',
      createdAt: at('2026-03-21T16:45:00.500Z'),
    };

    expect(await bulkInsertLeads(target, [lead])).toBe(1);
    expect(await bulkInsertDeals(target, [deal])).toBe(1);
    expect(await bulkInsertStageEvents(target, events)).toBe(3);
    expect(await bulkInsertSpend(target, [spend])).toBe(1);
    expect(await bulkInsertFeedback(target, [feedback])).toBe(1);

    const prisma = database.prisma;
    expect(await prisma.lead.findUniqueOrThrow({ where: { id: leadId } })).toEqual(lead);
    // Money columns are 64-bit: Prisma reads them as bigint, the store hands them on as numbers.
    expect(moneyAsNumber(await prisma.deal.findUniqueOrThrow({ where: { id: dealId } }))).toEqual(deal);
    expect(
      moneyAsNumber(await prisma.stageEvent.findMany({ where: { dealId }, orderBy: { at: 'asc' } })),
    ).toEqual(events);
    expect(moneyAsNumber(await prisma.spend.findUniqueOrThrow({ where: { id: spend.id } }))).toEqual(spend);
    expect(await prisma.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).toEqual(feedback);
  });

  it('fills left-out columns with the schema defaults, as Prisma would', async () => {
    const before = Date.now();
    const row: BulkLeadRow = {
      teamId,
      number: 102,
      company: 'Defaults Ltd',
      companyKey: 'defaults ltd',
      ownerId: 'U0000ALICE',
      createdById: 'U0000ALICE',
    };
    await bulkInsertLeads(target, [row]);
    const stored = await database.prisma.lead.findUniqueOrThrow({
      where: { teamId_number: { teamId, number: 102 } },
    });
    expect(stored).toMatchObject({ status: 'new', version: 1, email: null, qualifiedAt: null, note: null });
    expect(stored.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.updatedAt).toEqual(stored.createdAt);
  });

  it('stores values with the same types as a row Prisma wrote', async () => {
    const viaPrisma = await database.prisma.lead.create({
      data: { ...fullLead(), id: newRowId(), number: 103, company: 'Prisma row' },
    });
    await bulkInsertLeads(target, [{ ...fullLead(), id: newRowId(), number: 104, company: 'Bulk row' }]);
    expect(await leadColumnTypes(104)).toEqual(await leadColumnTypes(viaPrisma.number));
  });
});

describe('large loads', () => {
  it('loads thousands of rows in slices, all readable', async () => {
    const rows: BulkLeadRow[] = Array.from({ length: 12_345 }, (_, index) => ({
      teamId,
      number: 1_000 + index,
      company: `Company ${index}`,
      companyKey: `company ${index}`,
      ownerId: 'U0000BOB',
      createdById: 'U0000BOB',
      createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
    }));
    expect(await bulkInsertLeads(target, rows)).toBe(rows.length);
    const [count, last] = await Promise.all([
      database.prisma.lead.count({ where: { teamId, ownerId: 'U0000BOB' } }),
      database.prisma.lead.findFirstOrThrow({ where: { teamId }, orderBy: { number: 'desc' } }),
    ]);
    expect(count).toBe(rows.length);
    expect(last).toMatchObject({ number: 13_344, company: 'Company 12344' });
  });
});

describe('transactions and counters', () => {
  it('rolls back every insert of a failed bulk transaction', async () => {
    const duplicate = { teamId, company: 'Twin', companyKey: 'twin', ownerId: 'U1', createdById: 'U1' };
    await expect(
      inBulkTransaction(target, async () => {
        await bulkInsertLeads(target, [{ ...duplicate, number: 50_000 }]);
        await bulkInsertLeads(target, [{ ...duplicate, number: 50_000 }]);
      }),
      // Not toThrow(): better-sqlite3's errors come from the realm that loaded it first in this worker.
    ).rejects.toMatchObject({
      message: expect.stringMatching(/UNIQUE constraint failed|duplicate key value/),
    });
    expect(await database.prisma.lead.count({ where: { teamId, companyKey: 'twin' } })).toBe(0);
  });

  it('advances the team counters past the loaded numbers, so the next lead gets the next number', async () => {
    await bulkAdvanceTeamCounters(target, teamId);
    const team = await database.prisma.team.findUniqueOrThrow({ where: { id: teamId } });
    expect(team).toMatchObject({ leadCounter: 13_344, dealCounter: 55 });
    const next = await store.pipelineWriter.createLead(
      teamId,
      { company: 'Next Co' },
      'U0000ALICE',
      new Date(),
    );
    expect(next.number).toBe(13_345);
  });
});

/** Each column's stored type (SQLite's typeof, PostgreSQL's pg_typeof) in the lead numbered `number`. */
async function leadColumnTypes(number: number): Promise<Record<string, string>> {
  const lead = await database.prisma.lead.findUniqueOrThrow({ where: { teamId_number: { teamId, number } } });
  const typeOf = database.provider === 'sqlite' ? 'typeof' : 'pg_typeof';
  const selects = Object.keys(lead).map((column) => `CAST(${typeOf}("${column}") AS TEXT) AS "${column}"`);
  const rows = await database.prisma.$queryRaw<Record<string, string>[]>`
    SELECT ${Prisma.raw(selects.join(', '))} FROM "Lead" WHERE "teamId" = ${teamId} AND "number" = ${number}`;
  return rows[0] ?? {};
}
