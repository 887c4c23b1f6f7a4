import { createStore, type Store } from '../../src/store';
import { seedDeal, seedLead } from '../support/pipelineSeed';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
let store: Store;
let teamId: string;

const AT = new Date('2026-11-20T12:00:00Z');
const WINDOW = { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') };

beforeEach(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  teamId = (await store.teams.ensure('T0000FEEDBACK')).id;
});

afterEach(async () => {
  await database.destroy();
});

function wish(product: string | undefined) {
  return {
    kind: 'wish' as const,
    text: 'please add it',
    sentiment: 'neutral' as const,
    source: 'call' as const,
    ...(product ? { product } : {}),
  };
}

describe('FeedbackStore', () => {
  it('numbers feedback per team without gaps, also when saves run at the same time', async () => {
    const saved = await Promise.all(
      Array.from({ length: 5 }, () =>
        store.feedback.create(teamId, wish('analytics'), undefined, {}, 'U0000ALICE', AT),
      ),
    );
    expect(saved.map((each) => each.number).sort()).toEqual([1, 2, 3, 4, 5]);
    const otherTeam = (await store.teams.ensure('T0000OTHER')).id;
    expect((await store.feedback.create(otherTeam, wish('x'), undefined, {}, 'U0000ALICE', AT)).number).toBe(
      1,
    );
  });

  it('counts wishes per product by distinct clients (a lead’s company), mentions and product case aside', async () => {
    const acme = await seedLead(database.prisma, teamId, { company: 'Acme', createdAt: AT });
    const acmeAgain = await seedLead(database.prisma, teamId, { company: 'ACME ', createdAt: AT });
    const beta = await seedLead(database.prisma, teamId, { company: 'Beta', createdAt: AT });
    const betaDeal = await seedDeal(database.prisma, teamId, beta, [{ stage: 'LEAD', at: AT }]);
    const create = (
      product: string | undefined,
      client: { leadId: string; dealId?: string } | undefined,
      at = AT,
    ) => store.feedback.create(teamId, wish(product), client, {}, 'U0000ALICE', at);
    await create('Excel export', { leadId: acme.id });
    await create('excel export', { leadId: acmeAgain.id });
    await create('Excel Export', { leadId: beta.id, dealId: betaDeal.id });
    await create('excel export', undefined);
    await create('SSO', { leadId: acme.id });
    await create('SSO', { leadId: beta.id });
    await create(undefined, { leadId: beta.id });
    await create('Excel export', { leadId: beta.id }, new Date('2026-10-31T23:59:59Z'));
    await store.feedback.create(
      teamId,
      { kind: 'complaint', text: 'slow', sentiment: 'negative', source: 'call', product: 'SSO' },
      { leadId: beta.id },
      {},
      'U0000ALICE',
      AT,
    );

    expect(await store.feedback.wishCounts(teamId, WINDOW, 10)).toEqual([
      { product: 'excel export', mentions: 4, clients: 2 },
      { product: 'sso', mentions: 2, clients: 2 },
      { product: null, mentions: 1, clients: 1 },
    ]);
    expect(Object.fromEntries(await store.feedback.countByKind(teamId, WINDOW))).toEqual({
      wish: 7,
      complaint: 1,
    });
  });

  it('finds clients by id or company for the picker', async () => {
    const acme = await seedLead(database.prisma, teamId, { company: 'Acme Corp', createdAt: AT });
    await seedLead(database.prisma, teamId, { company: 'Beta', createdAt: AT });
    await seedDeal(database.prisma, teamId, acme, [
      { stage: 'LEAD', at: AT },
      { stage: 'OFFER', at: AT },
    ]);
    expect(await store.feedback.searchClients(teamId, 'acme', 10)).toEqual({
      leads: [{ number: 1, company: 'Acme Corp' }],
      deals: [{ number: 1, stage: 'OFFER', lead: { company: 'Acme Corp' } }],
    });
    expect(await store.feedback.searchClients(teamId, 'L-2', 10)).toEqual({
      leads: [{ number: 2, company: 'Beta' }],
      deals: [],
    });
    expect((await store.feedback.searchClients(teamId, 'd1', 10)).deals).toHaveLength(1);
    expect((await store.feedback.searchClients(teamId, '', 10)).leads.map((lead) => lead.number)).toEqual([
      2, 1,
    ]);
  });
});
