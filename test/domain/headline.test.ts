import { chooseHeadline, NEWS_SCORE } from '../../src/domain/headline';
import { changeVerdict, KPI_IDS, KPI_POLARITY, type KpiValues } from '../../src/domain/kpiPolarity';

/** A period where every KPI is `value` (n/a unless given), with the given figures set. */
function period(figures: Partial<KpiValues>): KpiValues {
  return { ...(Object.fromEntries(KPI_IDS.map((id) => [id, null])) as KpiValues), ...figures };
}

describe('polarity', () => {
  it('gives every KPI a polarity', () => {
    expect(Object.keys(KPI_POLARITY).sort()).toEqual([...KPI_IDS].sort());
  });

  it('marks a change good or bad by the figure, not by its direction', () => {
    expect(changeVerdict({ current: 5, previous: 3 }, KPI_POLARITY.wins)).toBe('better');
    expect(changeVerdict({ current: 500, previous: 300 }, KPI_POLARITY.costPerLeadMinor)).toBe('worse');
    expect(changeVerdict({ current: 200, previous: 300 }, KPI_POLARITY.customerAcquisitionCostMinor)).toBe(
      'better',
    );
    expect(changeVerdict({ current: 2, previous: 9 }, KPI_POLARITY.lostValueMinor)).toBe('better');
    expect(changeVerdict({ current: 20, previous: 10 }, KPI_POLARITY.averageDaysToClose)).toBe('worse');
    expect(changeVerdict({ current: 9, previous: 3 }, KPI_POLARITY.spendMinor)).toBe('neutral');
    expect(changeVerdict({ current: 3, previous: 3 }, KPI_POLARITY.wins)).toBe('none');
    expect(changeVerdict({ current: 3, previous: null }, KPI_POLARITY.wins)).toBe('none');
  });
});

describe('chooseHeadline', () => {
  it('ranks moves by their size against the figure’s usual move and keeps three', () => {
    const history = [
      period({
        leadsCreated: 40,
        wins: 5,
        spendMinor: 1_000_000,
        newCustomers: 7,
        customerAcquisitionCostMinor: 142_857,
      }),
      period({
        leadsCreated: 50,
        wins: 6,
        spendMinor: 1_000_000,
        newCustomers: 7,
        customerAcquisitionCostMinor: 142_857,
      }),
      period({
        leadsCreated: 40,
        wins: 5,
        spendMinor: 1_000_000,
        newCustomers: 7,
        customerAcquisitionCostMinor: 142_857,
      }),
      period({
        leadsCreated: 60,
        wins: 9,
        spendMinor: 1_420_000,
        newCustomers: 5,
        customerAcquisitionCostMinor: 284_000,
      }),
    ];
    const headline = chooseHeadline(history);
    // Leads moved 20 where they usually move 10 (score 2); wins 4 against a usual 1 (score 4);
    // CAC doubled against a floor of 5 % (score 20); spend +42 % against 5 % (8.4); new customers
    // −2 against a floor of 1 (score 2): CAC, spend and wins are the three.
    expect(headline.map((item) => item.figure)).toEqual([
      'customerAcquisitionCostMinor',
      'spendMinor',
      'wins',
    ]);
    expect(headline[0]).toMatchObject({
      current: 284_000,
      previous: 142_857,
      verdict: 'worse',
      drivers: [
        { figure: 'spendMinor', current: 1_420_000, previous: 1_000_000 },
        { figure: 'newCustomers', current: 5, previous: 7 },
      ],
    });
    expect(headline[2]).toMatchObject({ verdict: 'better', drivers: [] });
  });

  it('leaves out a move no bigger than usual, n/a figures and drivers that did not move', () => {
    const history = [
      period({ leadsCreated: 10, winRatePct: 30, wins: 3, losses: 7 }),
      period({ leadsCreated: 30, winRatePct: 30, wins: 3, losses: 7 }),
      period({ leadsCreated: 10, winRatePct: 50, wins: 5, losses: 5 }),
      period({ leadsCreated: 30, winRatePct: 75, wins: 5, losses: 2, leadQualityPct: 40 }),
    ];
    const headline = chooseHeadline(history);
    // Leads moved by 20 as they always do (score 1 < NEWS_SCORE); lead quality was n/a before.
    expect(NEWS_SCORE).toBeGreaterThan(1);
    expect(headline.map((item) => item.figure)).toEqual(['losses', 'winRatePct']);
    expect(headline[1]?.drivers).toEqual([{ figure: 'losses', current: 2, previous: 5 }]);
  });

  it('has nothing to say with fewer than two periods', () => {
    expect(chooseHeadline([period({ wins: 3 })])).toEqual([]);
  });
});

describe('chooseHeadline with a plan', () => {
  const history = [
    period({ leadsCreated: 40, wins: 5, costPerLeadMinor: 50_000, spendMinor: 2_000_000 }),
    period({ leadsCreated: 41, wins: 5, costPerLeadMinor: 50_000, spendMinor: 2_050_000 }),
    period({ leadsCreated: 42, wins: 20, costPerLeadMinor: 45_000, spendMinor: 1_890_000 }),
  ];

  it('puts plan gaps first, largest gap first, by polarity, and does not repeat them among movers', () => {
    const items = chooseHeadline(history, 3, [
      { figure: 'leadsCreated', channel: '', value: 60 }, // 70 % of plan: 30 % off
      { figure: 'costPerLeadMinor', channel: '', value: 40_000 }, // 112.5 %: 12.5 % off (lower is better)
      { figure: 'wins', channel: '', value: 10 }, // on track: not a gap
      { figure: 'spendMinor', channel: '', value: 1_000_000 }, // neutral: never a gap
      { figure: 'leadsCreated', channel: 'seo', value: 100 }, // per channel: not the team's figure
    ]);
    expect(items.map((item) => [item.figure, item.plan?.percentOfPlan])).toEqual([
      ['leadsCreated', 70],
      ['costPerLeadMinor', 112.5],
      ['wins', undefined],
    ]);
    expect(items[0]?.plan).toMatchObject({ actual: 42, plan: 60, onTrack: false });
  });

  it('without a plan, or with every figure on track, is the movers alone', () => {
    const movers = chooseHeadline(history).map((item) => item.figure);
    expect(
      chooseHeadline(history, 3, [{ figure: 'wins', channel: '', value: 10 }]).map((i) => i.figure),
    ).toEqual(movers);
  });
});
