import { planStageMove, type StageMovePlan } from '../../src/domain/stageMove';
import { VersionConflictError } from '../../src/errors';
import { createStore, type Store } from '../../src/store';
import type { DealWithLead } from '../../src/store/repos/dealStore';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
let store: Store;
let teamId: string;
const at = new Date('2026-11-23T10:00:00Z');

function plan(
  from: 'OFFER' | 'NEGOTIATION' | null,
  to: 'OFFER' | 'NEGOTIATION' | 'WON' | 'LOST',
): StageMovePlan {
  const checked = planStageMove(from, to);
  if (!checked.ok) throw new Error('test plan refused');
  return checked.plan;
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  teamId = (await store.teams.ensure('T0000DEALS')).id;
});

afterAll(async () => {
  await database.destroy();
});

async function newDeal(company: string): Promise<DealWithLead> {
  const lead = await store.pipelineWriter.createLead(teamId, { company }, 'U0000ALICE', at);
  const write = await store.pipelineWriter.createDeal({
    teamId: lead.teamId,
    leadId: lead.id,
    plan: plan(null, 'OFFER'),
    terms: { valueMinor: 100_000 },
    currency: 'PLN',
    actorId: 'U0000ALICE',
    at,
  });
  return write.deal;
}

describe('DealStore', () => {
  it('numbers deals per team and writes the create event with the deal’s terms', async () => {
    const deal = await newDeal('Acme');
    expect(deal).toMatchObject({
      number: 1,
      stage: 'OFFER',
      valueMinor: 100_000,
      currency: 'PLN',
      version: 1,
    });
    expect(deal.lead).toMatchObject({ company: 'Acme', status: 'qualified', qualifiedAt: at });
    expect(await store.deals.events(teamId, deal.id)).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'OFFER',
        kind: 'create',
        skipped: null,
        valueMinor: 100_000,
        currency: 'PLN',
      }),
    ]);
  });

  it('lets one of two concurrent moves from the same version win; the other gets the deal as it is now', async () => {
    const deal = await newDeal('Beta');
    const move = (to: 'WON' | 'LOST', actorId: string) =>
      store.pipelineWriter.moveDeal({
        teamId,
        number: deal.number,
        expectedVersion: deal.version,
        plan: plan('OFFER', to),
        terms: to === 'WON' ? { valueMinor: 90_000 } : { lostReason: 'price', reason: 'price' },
        actorId,
        at,
      });
    const results = await Promise.allSettled([move('WON', 'U0000ALICE'), move('LOST', 'U0000BOB')]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = (lost[0] as PromiseRejectedResult).reason as VersionConflictError<DealWithLead>;
    expect(conflict).toBeInstanceOf(VersionConflictError);
    const winner = (await store.deals.getByNumber(teamId, deal.number)).stage;
    expect(['WON', 'LOST']).toContain(winner);
    expect(await store.deals.events(teamId, deal.id)).toHaveLength(2);
    expect((await store.deals.getByNumber(teamId, deal.number)).version).toBe(2);
  });

  it('keeps each team’s deals apart', async () => {
    const other = (await store.teams.ensure('T0000OTHER')).id;
    expect(await store.deals.findByNumber(other, 1)).toBeNull();
    expect(await store.pipeline.stageTotals(other, {})).toEqual([]);
    expect(await store.pipeline.stageTotals(teamId, {})).toEqual([
      { stage: 'OFFER', currency: 'PLN', deals: 1, valueMinor: 100_000 },
    ]);
  });
});
