import { createTranslator } from '../../src/i18n/translator';
import { computeIcpProfile } from '../../src/services/icpProfile';
import { icpFlagText } from '../../src/views/text/icpProfileText';
import { createStore, type Store } from '../../src/store';
import { ICP_DATASET_NOW, seedIcpDataset } from '../support/icpDataset';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
let store: Store;
let teamId: string;

const NOW = new Date(ICP_DATASET_NOW);
const WINDOW = { start: new Date('2026-05-27T10:00:00Z'), end: NOW };

beforeAll(async () => {
  database = await createTestDatabase();
  store = createStore(database);
  teamId = (await store.teams.ensure('T0000ICP')).id;
  const otherTeamId = (await store.teams.ensure('T0000OTHER')).id;
  await seedIcpDataset(database.prisma, teamId, otherTeamId);
});

afterAll(async () => {
  await database.destroy();
});

function counts(leads: number, wins: number, reachedOffer: number, averageDaysToOffer: number | null) {
  return {
    leads,
    wins,
    reachedOffer,
    averageDaysToOffer: averageDaysToOffer === null ? null : expect.closeTo(averageDaysToOffer, 6),
  };
}

describe('IcpProfileStore.cohortFigures', () => {
  it('counts leads created in the window, leads with a win, and leads that reached an offer', async () => {
    const figures = await store.icpProfile.cohortFigures(teamId, WINDOW);
    // The old lead (created before the window) and the other team's lead are left out.
    expect(figures.totals).toEqual(counts(20, 7, 9, 121 / 9));
  });

  it('groups each attribute in SQL, case-insensitively for free text, with unset values as null', async () => {
    const { values } = await store.icpProfile.cohortFigures(teamId, WINDOW);
    const of = (attribute: string) =>
      Object.fromEntries(
        values
          .filter((row) => row.attribute === attribute)
          .map(({ value, leads, wins, reachedOffer, averageDaysToOffer }) => [
            String(value),
            { leads, wins, reachedOffer, averageDaysToOffer },
          ]),
      );
    expect(of('industry')).toEqual({
      // Lead 3 typed "Retail"; lead 1's two won deals count as one won lead.
      retail: counts(7, 5, 6, 80 / 6),
      logistics: counts(8, 1, 2, 35 / 2),
      finance: counts(2, 1, 1, 6),
      null: counts(3, 0, 0, null),
    });
    expect(of('segment')).toEqual({
      smb: counts(10, 6, 7, 86 / 7),
      enterprise: counts(6, 1, 1, 30),
      mid_market: counts(3, 0, 1, 5),
      null: counts(1, 0, 0, null),
    });
    expect(of('country')).toEqual({
      PL: counts(10, 5, 7, 71 / 7),
      DE: counts(9, 2, 2, 25),
      CZ: counts(1, 0, 0, null),
    });
    expect(of('source')).toEqual({
      seo: counts(7, 4, 5, 72 / 5),
      events: counts(3, 2, 2, 19),
      referral: counts(4, 1, 2, 11 / 2),
      paid_search: counts(3, 0, 0, null),
      outbound: counts(3, 0, 0, null),
    });
    expect(of('product')).toEqual({
      analytics: counts(5, 5, 5, 10),
      routing: counts(5, 2, 2, 25),
      null: counts(10, 0, 2, 21 / 2),
    });
    expect(of('companySize')).toEqual({ null: counts(20, 7, 9, 121 / 9) });
  });

  it('returns zero totals and no values for an empty window', async () => {
    const figures = await store.icpProfile.cohortFigures(teamId, {
      start: NOW,
      end: new Date(NOW.getTime() + 1),
    });
    expect(figures.totals).toEqual({ leads: 0, wins: 0, reachedOffer: 0, averageDaysToOffer: null });
    expect(figures.values).toEqual([]);
  });
});

describe('computeIcpProfile', () => {
  beforeAll(async () => {
    await store.icp.saveNext(
      teamId,
      0,
      {
        industries: 'logistics, manufacturing',
        companySize: 'enterprise',
        countries: 'DE, PL',
        priorityProducts: 'routing',
      },
      { kind: 'first', sections: ['industries', 'companySize', 'countries', 'priorityProducts'] },
      'U0000ALICE',
      NOW,
    );
  });

  it('derives share of wins, win rate and lift, with "too few" below the minimum sample', async () => {
    const { profile, written } = await computeIcpProfile(store, teamId, NOW);
    expect(written?.version).toBe(1);
    expect(profile.window).toEqual({ ...WINDOW, days: 180 });
    expect(profile.overall).toMatchObject({ leads: 20, wins: 7, winRatePct: 35, offerRatePct: 45 });
    const segment = profile.attributes.find((each) => each.attribute === 'segment');
    expect(segment?.knownWins).toBe(7);
    expect(segment?.unknown).toEqual({ leads: 1, wins: 0 });
    expect(
      segment?.values.map((value) => [
        value.value,
        value.shareOfWinsPct,
        value.winRatePct,
        value.lift,
        value.tooFew,
        value.inIcp,
      ]),
    ).toEqual([
      ['smb', expect.closeTo(600 / 7, 6), 60, expect.closeTo(0.6 / 0.35, 6), false, false],
      [
        'enterprise',
        expect.closeTo(100 / 7, 6),
        expect.closeTo(100 / 6, 6),
        expect.closeTo(1 / 6 / 0.35, 6),
        false,
        true,
      ],
      ['mid_market', 0, null, null, true, false],
    ]);
  });

  it('flags where the data disagrees with the written ICP', async () => {
    const { profile } = await computeIcpProfile(store, teamId, NOW);
    const english = createTranslator('en');
    expect(profile.flags.map((flag) => icpFlagText(english, flag))).toEqual([
      'ICP says logistics, manufacturing; 6 of 7 wins (86 %) were retail (5) or finance (1)',
      'retail (industry) has lift 2.0 but is not in the ICP (won 5 of 7 leads, 71 % vs 35 % overall)',
      'logistics (industry) is in the ICP but has lift 0.4 (won 1 of 8 leads, 13 % vs 35 % overall)',
      'ICP says enterprise; 6 of 7 wins (86 %) were SMB',
      'SMB (segment) has lift 1.7 but is not in the ICP (won 6 of 10 leads, 60 % vs 35 % overall)',
      'Enterprise (segment) is in the ICP but has lift 0.5 (won 1 of 6 leads, 17 % vs 35 % overall)',
      'ICP says routing; 5 of 7 wins (71 %) were analytics',
      'analytics (product) has lift 2.9 but is not in the ICP (won 5 of 5 leads, 100 % vs 35 % overall)',
    ]);
  });

  it('names the values whose leads reach an offer most often, then fastest', async () => {
    const { profile } = await computeIcpProfile(store, teamId, NOW);
    expect(
      profile.salesReady.map((signal) => [signal.attribute, signal.value, signal.reachedOffer, signal.leads]),
    ).toEqual([
      ['product', 'analytics', 5, 5],
      ['industry', 'retail', 6, 7],
      ['source', 'seo', 5, 7],
    ]);
  });

  it('honours a shorter window and a larger minimum sample', async () => {
    // Lead n was created on n June at 09:00; a 170-day window starts 6 June 10:00, so it holds leads 7–20.
    const { profile } = await computeIcpProfile(store, teamId, NOW, { windowDays: 170, minSample: 8 });
    expect(profile.overall).toMatchObject({ leads: 14, wins: 1 });
    const industry = profile.attributes.find((each) => each.attribute === 'industry');
    expect(industry?.values.find((value) => value.value === 'logistics')).toMatchObject({
      leads: 8,
      tooFew: false,
    });
    expect(industry?.values.find((value) => value.value === 'retail')).toMatchObject({
      leads: 2,
      tooFew: true,
      lift: null,
    });
  });
});
