import { planReopen, planStageMove, type StageMovePlan } from '../../../src/domain/stageMove';
import type { Stage } from '../../../src/domain/stages';
import { Prisma } from '../../../src/generated/postgresql/client';
import { createStore, type Store } from '../../../src/store';
import type { DealWithLead } from '../../../src/store/repos/dealStore';
import { transactionFactSql } from '../../../src/store/readModel/facts/factSql';
import { rebuildTeamFacts } from '../../../src/store/readModel/facts/refreshFacts';
import { ImportWrites } from '../../../src/store/repos/importWrites';
import type { LeadRecord } from '../../../src/store/repos/leadStore';
import { toNullableNumber } from '../../../src/store/db/sqlDialect';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';

// The pipeline facts (src/store/readModel/facts) are kept by every write of the stores, in its transaction.
// After each write below, through the app's own stores, the facts must be exactly what a rebuild
// from the rows gives (the bulk loaders' path, and the migration's): no write may leave them stale.

const ALICE = 'U0000ALICE';
// Writes five minutes apart (within the undo window) across a UTC midnight, so days change too.
const START = new Date('2026-11-02T23:20:00Z').getTime();
const STEP = 5 * 60_000;

let database: TestDatabase;
let store: Store;
let imports: ImportWrites;
let teamId: string;
let clock = 0;

/** A new instant per write, so every event has its own time. */
function tick(): Date {
  clock += 1;
  return new Date(START + clock * STEP);
}

function move(from: Stage | null, to: Stage): StageMovePlan {
  const checked = planStageMove(from, to);
  if (!checked.ok) throw new Error(`test plan ${from} → ${to} refused`);
  return checked.plan;
}

const FACT_TABLES = {
  DealFact: '"dealId"',
  LeadFact: '"leadId"',
  ClientFact: '"companyKey"',
  LeadDay: '"attribute", "day", "valueKey"',
  StageDay: '"toStage", "day"',
};

/** Every fact row of the team, in key order, with numbers and instants compared by value. */
async function facts(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(FACT_TABLES)) {
    const rows = await database.prisma.$queryRaw<Record<string, unknown>[]>(
      Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE "teamId" = ${teamId} ORDER BY ${Prisma.raw(key)}`,
    );
    snapshot[table] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          value instanceof Date
            ? value.getTime()
            : typeof value === 'string' || value === null
              ? value
              : toNullableNumber(value),
        ]),
      ),
    );
  }
  return snapshot;
}

/** Set while a test replays the steps before its own: their checks already ran in their own tests. */
let replaying = false;

async function expectFactsAsRebuilt(): Promise<void> {
  if (replaying) return;
  const kept = await facts();
  await database.prisma.$transaction((transaction) =>
    rebuildTeamFacts(transactionFactSql(transaction, database.provider), teamId),
  );
  expect(kept).toEqual(await facts());
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  imports = new ImportWrites(database.prisma, database.url);
});

let teams = 0;

beforeEach(async () => {
  // A team of its own per test: no test sees rows another one wrote.
  teams += 1;
  teamId = (await store.teams.ensure(`T0000FACT${teams}`)).id;
  clock = 0;
});

afterAll(async () => {
  await database.destroy();
});

describe('pipeline facts kept by every write', () => {
  let acme: LeadRecord;
  let acmeAgain: LeadRecord;
  let globex: LeadRecord;
  let firstDeal: DealWithLead;
  let secondDeal: DealWithLead;

  const steps: { name: string; run: () => Promise<void> }[] = [];
  /** One step of the scenario; the test of a step runs every step up to it, on a fresh team. */
  function step(name: string, run: () => Promise<void>): void {
    steps.push({ name, run });
  }

  async function moveDeal(deal: DealWithLead, plan: StageMovePlan, terms = {}) {
    const write = await store.pipelineWriter.moveDeal({
      teamId,
      number: deal.number,
      expectedVersion: deal.version,
      plan,
      terms,
      actorId: ALICE,
      at: tick(),
    });
    return write;
  }

  step('creates leads with their lead days and clients', async () => {
    acme = await store.pipelineWriter.createLead(
      teamId,
      { company: 'Acme', industry: ' Retail', product: 'Analytics', source: 'web', segment: 'smb' },
      ALICE,
      tick(),
    );
    acmeAgain = await store.pipelineWriter.createLead(
      teamId,
      { company: 'ACME', industry: 'retail' },
      ALICE,
      tick(),
    );
    globex = await store.pipelineWriter.createLead(
      teamId,
      { company: 'Globex', country: 'PL' },
      ALICE,
      tick(),
    );
    const profile = await database.prisma.leadDay.findMany({
      where: { teamId, attribute: 'industry' },
    });
    expect(profile.map(({ value, valueKey, leads }) => ({ value, valueKey, leads }))).toEqual(
      expect.arrayContaining([
        { value: 'retail', valueKey: '=retail', leads: 2 },
        { value: null, valueKey: '', leads: 1 },
      ]),
    );
    await expectFactsAsRebuilt();
  });

  step('moves deals through offer, negotiation, a win and a loss', async () => {
    firstDeal = (
      await store.pipelineWriter.createDeal({
        teamId: acme.teamId,
        leadId: acme.id,
        plan: move(null, 'OFFER'),
        terms: { valueMinor: 100_000 },
        currency: 'EUR',
        actorId: ALICE,
        at: tick(),
      })
    ).deal;
    firstDeal = (await moveDeal(firstDeal, move('OFFER', 'NEGOTIATION'))).deal;
    firstDeal = (
      await moveDeal(firstDeal, move('NEGOTIATION', 'WON'), { valueMinor: 90_000, discountPct: 10 })
    ).deal;
    secondDeal = (
      await store.pipelineWriter.createDeal({
        teamId: acmeAgain.teamId,
        leadId: acmeAgain.id,
        plan: move(null, 'QUALIFIED'),
        terms: {},
        currency: 'EUR',
        actorId: ALICE,
        at: tick(),
      })
    ).deal;
    secondDeal = (await moveDeal(secondDeal, move('QUALIFIED', 'WON'), { valueMinor: 50_000 })).deal;
    const won = await database.prisma.dealFact.findMany({ where: { teamId }, orderBy: { closedAt: 'asc' } });
    // The client's second win remembers its first.
    expect(won.map((fact) => fact.previousClientWinAt)).toEqual([null, won[0]?.closedAt]);
    const lost = await store.pipelineWriter.createDeal({
      teamId: globex.teamId,
      leadId: globex.id,
      plan: move(null, 'DISCOVERY'),
      terms: {},
      currency: 'PLN',
      actorId: ALICE,
      at: tick(),
    });
    await moveDeal(lost.deal, move('DISCOVERY', 'LOST'), { lostReason: 'price', reason: 'price' });
    await expectFactsAsRebuilt();
  });

  step('reopens a won deal and undoes moves and deals', async () => {
    const reopen = planReopen('WON', 'NEGOTIATION');
    if (!reopen.ok) throw new Error('reopen refused');
    firstDeal = (await moveDeal(firstDeal, reopen.plan)).deal;
    await expectFactsAsRebuilt();
    const won = await moveDeal(firstDeal, move('NEGOTIATION', 'WON'), { valueMinor: 95_000 });
    await expectFactsAsRebuilt();
    expect(await store.undo.undo(teamId, won.changeId, ALICE, tick())).toMatchObject({ kind: 'undone' });
    await expectFactsAsRebuilt();
    const extra = await store.pipelineWriter.createDeal({
      teamId: globex.teamId,
      leadId: globex.id,
      plan: move(null, 'OFFER'),
      terms: { valueMinor: 10_000 },
      currency: 'EUR',
      actorId: ALICE,
      at: tick(),
    });
    expect(await store.undo.undo(teamId, extra.changeId, ALICE, tick())).toMatchObject({ kind: 'undone' });
    await expectFactsAsRebuilt();
  });

  step('follows a lead to another company, industry and product, and back by undo', async () => {
    const edited = await store.pipelineWriter.updateLead(
      teamId,
      acmeAgain.number,
      { company: 'Initech', industry: 'Logistics', product: 'Billing' },
      (await store.leads.getByNumber(teamId, acmeAgain.number)).version,
      ALICE,
      tick(),
    );
    await expectFactsAsRebuilt();
    const change = await database.prisma.change.findFirstOrThrow({
      where: { entityId: edited.id, action: 'update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(await store.undo.undo(teamId, change.id, ALICE, tick())).toMatchObject({ kind: 'undone' });
    await expectFactsAsRebuilt();
  });

  step('qualifies and disqualifies leads, and deletes an undone lead', async () => {
    await store.pipelineWriter.setLeadStatus({
      teamId,
      number: globex.number,
      status: 'disqualified',
      reason: undefined,
      actorId: ALICE,
      at: tick(),
    });
    const fresh = await store.pipelineWriter.createLead(
      teamId,
      { company: 'Hooli', industry: 'SaaS' },
      ALICE,
      tick(),
    );
    await store.pipelineWriter.setLeadStatus({
      teamId,
      number: fresh.number,
      status: 'qualified',
      reason: undefined,
      actorId: ALICE,
      at: tick(),
    });
    await expectFactsAsRebuilt();
    const gone = await store.pipelineWriter.createLead(
      teamId,
      { company: 'Umbrella', industry: 'Pharma' },
      ALICE,
      tick(),
    );
    const creation = await database.prisma.change.findFirstOrThrow({
      where: { entityId: gone.id, action: 'create' },
    });
    expect(await store.undo.undo(teamId, creation.id, ALICE, tick())).toMatchObject({ kind: 'undone' });
    await expectFactsAsRebuilt();
  });

  step('keeps them through an import’s bulk leads and its deal writes', async () => {
    const [imported] = await imports.createLeads(
      teamId,
      [
        { input: { company: 'Acme', industry: 'Retail' }, createdAt: tick() },
        { input: { company: 'Stark' } },
      ],
      ALICE,
      tick(),
    );
    if (!imported) throw new Error('no lead imported');
    await imports.updateLead(
      teamId,
      { lead: { ...imported, version: 1 } as never, input: { product: 'Forecasting' } },
      ALICE,
      tick(),
    );
    const number = await imports.createDeal(
      teamId,
      {
        lead: imported,
        plan: move(null, 'OFFER'),
        terms: { valueMinor: 20_000 },
        currency: 'EUR',
        ownerId: ALICE,
        createdAt: tick(),
        at: tick(),
      },
      ALICE,
      tick(),
    );
    const deal = await store.deals.getByNumber(teamId, number);
    await imports.updateDeal(
      teamId,
      { deal, plan: move('OFFER', 'WON'), terms: { valueMinor: 20_000 }, at: tick() },
      ALICE,
      tick(),
    );
    await expectFactsAsRebuilt();
    // Acme's won deals now: the second lead's and the imported one (the first was reopened).
    expect(
      await database.prisma.dealFact.count({ where: { teamId, companyKey: 'acme', stage: 'WON' } }),
    ).toBe(2);
  });

  steps.forEach(({ name }, index) => {
    it(name, async () => {
      replaying = true;
      try {
        for (const each of steps.slice(0, index)) await each.run();
      } finally {
        replaying = false;
      }
      await steps[index]?.run();
    });
  });
});
