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

  it('puts leads and spend on bars and cost per lead on a line drawn over them, busiest channel first', () => {
    expect(chart?.config.data.labels).toEqual(['Paid search', 'Events', 'Referral']);
    const [leads, spend, cpl] = chart?.config.data.datasets ?? [];
    expect(leads).toMatchObject({ yAxisID: 'y', order: 1, data: [20, 16, 12] });
    expect(spend).toMatchObject({ label: 'Spend (EUR)', yAxisID: 'y1', order: 1, data: [6000, 6000, 0] });
    // The lowest order is drawn last: the line is on top of the bars.
    expect(cpl).toMatchObject({ type: 'line', yAxisID: 'y1', order: 0, data: [300, 375, 0] });
    expect(Object.keys(chart?.config.options?.scales ?? {})).toEqual(['y', 'y1']);
    expect(chart?.config.options?.scales?.y1).toMatchObject({ position: 'right' });
    // The Slack image's title names the chart; it is not drawn inside it a second time.
    expect(chart?.config.options?.plugins?.title).toBeUndefined();
  });

  it('states every channel in the alt text and the table', () => {
    expect(chart?.altText).toContain('Paid search 20 leads, CPL EUR\u00a0300');
    // Split in two tables to fit a phone (48 characters), each row's first column repeated.
    expect(chart?.table).toMatch(/Referral\s+12\s+EUR\u00a00\s+EUR\u00a00\s/);
    expect(chart?.table).toMatch(/Referral\s+75 %\s+2\s+EUR\u00a030,000/);
    expect(chart?.table).toMatch(/Paid search\s+20\s+EUR\u00a06,000\s+EUR\u00a0300\n/);
    expect(chart?.table).toMatch(/Paid search\s+40 %\s+2\s+EUR\u00a026,000\n/);
  });

  it('gives each channel its cohort in a table of its own, wins from older leads apart', () => {
    const cohort = buildChannelCohortTable(digestFiguresFixture(), FIXTURE_LABELS, style);
    expect(cohort?.title).toMatch(/^Channel cohort: leads created /);
    // Paid search: 50 leads, 40 % qualified, 8 % won, EUR 52,000 won ÷ EUR 12,000 spent = 4.3×;
    // 1 win of EUR 10,000 from an older lead.
    // Three tables to fit a phone, each row's first column repeated.
    expect(cohort?.table).toMatch(/Paid search\s+50\s+40 %\s+8 %/);
    expect(cohort?.table).toMatch(/Paid search\s+EUR\u00a052,000\s+EUR\u00a012,000\s+4.3×/);
    expect(cohort?.table).toMatch(/Paid search\s+1 \(EUR\u00a010,000\)/);
    expect(cohort?.table).toMatch(/Referral\s+30\s+70 %\s+10 %/);
    expect(cohort?.table).toMatch(/Referral\s+EUR\u00a060,000\s+EUR\u00a00\s+n\/a/);
    expect(cohort?.table).toMatch(/Referral\s+0$/);
  });

  it('is left out when no channel had leads or spend', () => {
    expect(buildChannelChart(digestFiguresFixture({ channels: [] }), FIXTURE_LABELS, style)).toBeUndefined();
  });
});

describe('lost reasons chart', () => {
  it('is a bar chart of deals lost per reason', () => {
    const chart = buildLostReasonsChart(digestFiguresFixture(), FIXTURE_LABELS, style);
    expect(chart?.config.type).toBe('bar');
    expect(chart?.config.options).toMatchObject({ indexAxis: 'y' });
    expect(chart?.config.data.labels).toEqual(['Price', 'Timing']);
    expect(chart?.config.data.datasets[0]?.data).toEqual([2, 1]);
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

  it('shows six periods of leads and lead quality on two axes, the line over the bars', () => {
    expect(chart?.config.data.labels).toEqual(['31 Aug', '14 Sep', '28 Sep', '12 Oct', '26 Oct', '9 Nov']);
    const datasets = chart?.config.data.datasets ?? [];
    expect(datasets).toHaveLength(2);
    const [leads, quality] = datasets;
    expect(leads).toMatchObject({ order: 1, data: [30, 34, 38, 36, 40, 48] });
    expect(quality).toMatchObject({ yAxisID: 'q', order: 0, data: [50, 48, null, 52, 55, 42] });
    expect(Object.keys(chart?.config.options?.scales ?? {})).toEqual(['y', 'q']);
  });

  it('writes n/a for a period without leads', () => {
    expect(chart?.table).toMatch(/n\/a/);
    expect(chart?.altText).toContain('9–22 Nov 2026 48 leads, quality 42 %, won EUR\u00a056,000');
  });
});
