import { buildChannelChart } from '../../../src/digest/charts/channelChart';
import { buildChannelCohortTable } from '../../../src/digest/charts/channelCohortTable';
import { buildFunnelChart } from '../../../src/digest/charts/funnelChart';
import { buildLostReasonsChart } from '../../../src/digest/charts/lostReasonsChart';
import { buildTrendChart } from '../../../src/digest/charts/trendChart';
import { digestFiguresFixture, FIXTURE_LABELS, digestStyle } from '../../support/digestFigures';

const style = digestStyle();

describe('funnel chart', () => {
  const chart = buildFunnelChart(digestFiguresFixture(), style);

  it('draws horizontal bars of how many cohort leads reached each stage', () => {
    expect(chart.config.type).toBe('bar');
    expect(chart.config.options?.indexAxis).toBe('y');
    expect(chart.config.data.datasets[0]?.data).toEqual([240, 120, 60, 36, 24, 12]);
  });

  it('labels each stage with its step and overall conversion', () => {
    expect(chart.config.data.labels?.[0]).toBe('Lead 240');
    expect(chart.config.data.labels?.[4]).toEqual(['Negotiation 24', '67 % step · 10 % all']);
  });

  it('states the numbers in its alt text and table, with the cohort window in the team zone', () => {
    expect(chart.title).toBe('Funnel of leads created 31 Aug – 22 Nov 2026');
    expect(chart.altText).toContain('Won 12 (50 % of the step before, 5 % overall)');
    expect(chart.table.split('\n')[0]).toMatch(/^Stage\s+Reached\s+Step\s+Overall$/);
    expect(chart.table).toMatch(/Qualified\s+120\s+50 %\s+50 %/);
  });
});

describe('channel chart', () => {
  const chart = buildChannelChart(digestFiguresFixture(), FIXTURE_LABELS, style);

  it('puts leads on bars and cost per lead on a line of a second axis, busiest channel first', () => {
    expect(chart?.config.data.labels).toEqual(['Paid search', 'Events', 'Referral']);
    const [leads, cpl] = chart?.config.data.datasets ?? [];
    expect(leads?.data).toEqual([20, 16, 12]);
    expect(cpl).toMatchObject({ type: 'line', yAxisID: 'y1', data: [300, 375, 0] });
    expect(chart?.config.options?.scales?.y1).toMatchObject({ position: 'right' });
  });

  it('states every channel in the alt text and the table', () => {
    expect(chart?.altText).toContain('Paid search 20 leads, CPL EUR 300');
    expect(chart?.table).toMatch(/Referral\s+12\s+EUR 0\s+EUR 0\s+75 %\s+2\s+EUR 30,000$/m);
    expect(chart?.table).toMatch(/Paid search\s+20\s+EUR 6,000\s+EUR 300\s+40 %\s+2\s+EUR 26,000$/m);
  });

  it('gives each channel its cohort in a table of its own, wins from older leads apart', () => {
    const cohort = buildChannelCohortTable(digestFiguresFixture(), FIXTURE_LABELS, style);
    expect(cohort?.title).toMatch(/^Channel cohort: leads created /);
    // Paid search: 50 leads, 40 % qualified, 8 % won, EUR 52,000 won ÷ EUR 12,000 spent = 4.3×;
    // 1 win of EUR 10,000 from an older lead.
    expect(cohort?.table).toMatch(
      /Paid search\s+50\s+40 %\s+8 %\s+EUR 52,000\s+EUR 12,000\s+4.3×\s+1 \(EUR 10,000\)/,
    );
    expect(cohort?.table).toMatch(/Referral\s+30\s+70 %\s+10 %\s+EUR 60,000\s+EUR 0\s+n\/a\s+0$/m);
  });

  it('is left out when no channel had leads or spend', () => {
    expect(buildChannelChart(digestFiguresFixture({ channels: [] }), FIXTURE_LABELS, style)).toBeUndefined();
  });
});

describe('lost reasons chart', () => {
  it('is a doughnut of deals lost per reason', () => {
    const chart = buildLostReasonsChart(digestFiguresFixture(), FIXTURE_LABELS, style);
    expect(chart?.config.type).toBe('doughnut');
    expect(chart?.config.data.labels).toEqual(['Price (2)', 'Timing (1)']);
    expect(chart?.altText).toBe('Lost deals by reason, 9–22 Nov 2026: 3 deals; Price 2, Timing 1.');
  });

  it('sums reasons past the sixth into Other but lists them all in the table', () => {
    const lostReasons = Array.from({ length: 9 }, (_, index) => ({
      reason: `reason_${index}`,
      count: 10 - index,
      valueMinor: 100,
    }));
    const chart = buildLostReasonsChart(digestFiguresFixture({ lostReasons }), FIXTURE_LABELS, style);
    expect(chart?.config.data.datasets[0]?.data).toEqual([10, 9, 8, 7, 6, 5, 4 + 3 + 2]);
    expect(chart?.table.split('\n')).toHaveLength(10);
  });

  it('is left out when nothing was lost', () => {
    expect(
      buildLostReasonsChart(digestFiguresFixture({ lostReasons: [] }), FIXTURE_LABELS, style),
    ).toBeUndefined();
  });
});

describe('trend chart', () => {
  const chart = buildTrendChart(digestFiguresFixture(), style);

  it('shows six periods of leads, lead quality and won value on their own axes', () => {
    expect(chart?.config.data.labels).toEqual(['31 Aug', '14 Sep', '28 Sep', '12 Oct', '26 Oct', '9 Nov']);
    const [leads, quality, won] = chart?.config.data.datasets ?? [];
    expect(leads?.data).toEqual([30, 34, 38, 36, 40, 48]);
    expect(quality).toMatchObject({ yAxisID: 'q', data: [50, 48, null, 52, 55, 42] });
    expect(won).toMatchObject({ yAxisID: 'v', data: [20_000, 30_000, 25_000, 40_000, 50_000, 56_000] });
  });

  it('writes n/a for a period without leads', () => {
    expect(chart?.table).toMatch(/n\/a/);
    expect(chart?.altText).toContain('9–22 Nov 2026 48 leads, quality 42 %, won EUR 56,000');
  });
});
