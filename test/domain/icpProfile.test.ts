import { type AttributeValueCounts, buildIcpProfile, writtenValues } from '../../src/domain/icpProfile';

const WINDOW = { start: new Date('2026-05-27T10:00:00Z'), end: new Date('2026-11-23T10:00:00Z'), days: 180 };

function row(
  attribute: AttributeValueCounts['attribute'],
  value: string | null,
  leads: number,
  wins: number,
  reachedOffer = 0,
): AttributeValueCounts {
  return { attribute, value, leads, wins, reachedOffer, averageDaysToOffer: reachedOffer > 0 ? 10 : null };
}

describe('writtenValues', () => {
  it('reads the company size section as segments and as size buckets', () => {
    const sections = {
      companySize: 'SMB, mid-market, 51-200 employees, 1000+',
      countries: 'Poland, de, Narnia',
    };
    expect([...writtenValues('segment', sections)]).toEqual(['smb', 'mid_market']);
    expect([...writtenValues('companySize', sections)]).toEqual(['51-200', '1000+']);
    expect([...writtenValues('country', sections)]).toEqual(['PL', 'DE']);
    expect([...writtenValues('source', sections)]).toEqual([]);
  });
});

describe('buildIcpProfile', () => {
  // 15 wins of 50 leads overall (30 %).
  const totals = { leads: 50, wins: 15, reachedOffer: 20, averageDaysToOffer: 12 };

  it('flags an ICP segment that most wins are not in, as the issue describes', () => {
    const profile = buildIcpProfile(
      { totals, values: [row('segment', 'smb', 30, 12), row('segment', 'enterprise', 20, 3)] },
      { companySize: 'enterprise' },
      { window: WINDOW, minSample: 5 },
    );
    expect(profile.flags).toContainEqual({
      kind: 'wins_outside_icp',
      attribute: 'segment',
      said: ['enterprise'],
      outside: [{ value: 'smb', wins: 12 }],
      outsideWins: 12,
      knownWins: 15,
    });
    expect(profile.attributes.find((each) => each.attribute === 'segment')?.values[0]).toMatchObject({
      value: 'smb',
      shareOfWinsPct: 80,
      winRatePct: 40,
      lift: expect.closeTo(4 / 3, 6),
      inIcp: false,
    });
  });

  it('flags high lift outside the ICP and low lift inside it, only with enough leads', () => {
    const profile = buildIcpProfile(
      {
        totals,
        values: [
          row('industry', 'retail', 10, 6),
          row('industry', 'mining', 4, 4),
          row('industry', 'logistics', 36, 5),
        ],
      },
      { industries: 'logistics' },
      { window: WINDOW, minSample: 5 },
    );
    const lift = (value: string, wins: number, leads: number) => ({
      attribute: 'industry',
      value,
      lift: expect.closeTo(wins / leads / 0.3, 6),
      wins,
      leads,
      winRatePct: expect.closeTo((wins / leads) * 100, 6),
      overallWinRatePct: 30,
    });
    expect(profile.flags).toEqual([
      {
        kind: 'wins_outside_icp',
        attribute: 'industry',
        said: ['logistics'],
        outside: [
          { value: 'retail', wins: 6 },
          { value: 'mining', wins: 4 },
        ],
        outsideWins: 10,
        knownWins: 15,
      },
      { kind: 'high_lift_outside_icp', ...lift('retail', 6, 10) },
      { kind: 'low_lift_in_icp', ...lift('logistics', 5, 36) },
    ]);
    expect(
      profile.attributes
        .find((each) => each.attribute === 'industry')
        ?.values.find((value) => value.value === 'mining'),
    ).toMatchObject({
      tooFew: true,
      winRatePct: null,
      lift: null,
      offerRatePct: null,
    });
  });

  it('raises no flags where the ICP says nothing, and none on too few wins', () => {
    const noIcp = buildIcpProfile(
      { totals, values: [row('industry', 'retail', 10, 9)] },
      {},
      { window: WINDOW, minSample: 5 },
    );
    expect(noIcp.flags).toEqual([]);
    const fewWins = buildIcpProfile(
      { totals: { ...totals, wins: 3 }, values: [row('segment', 'smb', 4, 3)] },
      { companySize: 'enterprise' },
      { window: WINDOW, minSample: 5 },
    );
    expect(fewWins.flags).toEqual([]);
  });

  it('has no rates or lift for an empty window', () => {
    const profile = buildIcpProfile(
      { totals: { leads: 0, wins: 0, reachedOffer: 0, averageDaysToOffer: null }, values: [] },
      {},
      { window: WINDOW, minSample: 5 },
    );
    expect(profile.overall).toMatchObject({ winRatePct: null, offerRatePct: null });
    expect(profile.salesReady).toEqual([]);
  });

  it('ranks sales-ready values by offer rate, then by speed, above the average only', () => {
    const values = [
      { ...row('source', 'seo', 10, 3, 8), averageDaysToOffer: 20 },
      { ...row('source', 'events', 10, 3, 8), averageDaysToOffer: 5 },
      row('source', 'outbound', 10, 1, 3),
      row('country', 'PL', 5, 2, 5),
    ];
    const profile = buildIcpProfile({ totals, values }, {}, { window: WINDOW, minSample: 5 });
    expect(profile.salesReady.map((signal) => signal.value)).toEqual(['PL', 'events', 'seo']);
  });
});
