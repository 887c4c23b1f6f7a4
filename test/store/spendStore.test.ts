import { spendShareMinor } from '../../src/domain/spend';
import { createStore, type Store } from '../../src/store';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
let store: Store;
let teamId: string;

const date = (text: string) => new Date(`${text}T00:00:00Z`);
const spends = [
  {
    channel: 'paid_search',
    amountMinor: 450_000,
    currency: 'PLN',
    periodStart: date('2026-10-25'),
    periodEnd: date('2026-11-04'),
  },
  {
    channel: 'paid_search',
    amountMinor: 100,
    currency: 'PLN',
    periodStart: date('2026-11-01'),
    periodEnd: date('2026-11-04'),
  },
  {
    channel: 'seo',
    amountMinor: 2_147_483_647,
    currency: 'PLN',
    periodStart: date('2026-01-01'),
    periodEnd: date('2027-01-01'),
  },
  {
    channel: 'events',
    amountMinor: 99_999,
    currency: 'EUR',
    periodStart: date('2026-11-15'),
    periodEnd: date('2026-11-16'),
  },
];
const windows = [
  ['2026-10-01', '2026-11-01'],
  ['2026-11-01', '2026-12-01'],
  ['2026-11-02', '2026-11-03'],
  ['2026-11-15', '2026-11-16'],
  ['2025-01-01', '2028-01-01'],
  ['2026-12-01', '2027-01-01'],
].map(([start, end]) => ({ start: date(start ?? ''), end: date(end ?? '') }));

beforeAll(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  teamId = (await store.teams.ensure('T0000SPEND')).id;
  for (const spend of spends) await store.spend.create(teamId, spend, 'U0000ALICE', date('2026-11-20'));
  // Another team's spend never counts.
  const other = (await store.teams.ensure('T0000OTHER')).id;
  for (const spend of spends) await store.spend.create(other, spend, 'U0000BOB', date('2026-11-20'));
});

afterAll(async () => {
  await database.destroy();
});

describe('SpendStore.channelShares', () => {
  it.each(
    windows.map(
      (window) =>
        [
          `${window.start.toISOString().slice(0, 10)}..${window.end.toISOString().slice(0, 10)}`,
          window,
        ] as const,
    ),
  )('computes in SQL exactly what the domain rule gives for %s', async (_label, window) => {
    const expected = new Map<string, number>();
    for (const spend of spends) {
      const share = spendShareMinor(spend, window);
      const key = `${spend.channel}/${spend.currency}`;
      if (spend.periodStart < window.end && spend.periodEnd > window.start)
        expected.set(key, (expected.get(key) ?? 0) + share);
    }
    const shares = await store.spend.channelShares(teamId, window);
    expect(new Map(shares.map((share) => [`${share.channel}/${share.currency}`, share.shareMinor]))).toEqual(
      expected,
    );
  });

  it('adds up to the whole amount across windows that tile a period', async () => {
    const october = await store.spend.channelShares(teamId, {
      start: date('2026-10-01'),
      end: date('2026-11-01'),
    });
    const november = await store.spend.channelShares(teamId, {
      start: date('2026-11-01'),
      end: date('2026-12-01'),
    });
    const paidSearch = (shares: typeof october) =>
      shares.find((share) => share.channel === 'paid_search')?.shareMinor ?? 0;
    expect(paidSearch(october) + paidSearch(november)).toBe(450_100);
  });
});
