import { ALICE, SALES } from '../support/fixtures';
import { SCENARIO_NOW, SCENARIO_PERIOD, scheduleScenarioDigest } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * Issue 16's defects, each through the real app: the pipeline written at given instants, the
 * digest of 16–29 Nov 2026 (Warsaw) posted with a signed `/digest post`, its payload read back.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

/** A signed `/digest <text>` from Alice in #sales, and its answer at the response URL. */
async function digestCommand(text: string) {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

describe('channel effectiveness', () => {
  it('lists a channel whose only activity in the period is a win from an older lead', async () => {
    const p = pipeline(t, await truthTeam(t));
    await p.lead('2026-10-01T10:00:00Z', 'Old Co', { source: 'events' });
    await p.deal('2026-10-02T10:00:00Z', 1, 'OFFER', { value: '1000' });
    await p.move('2026-11-20T10:00:00Z', 1, 'WON', { value: '1200' });

    const digest = await postDigest(t);
    // Events: 0 leads, no spend, 1 win worth EUR 1,200 (a deal of a lead from 1 Oct).
    expect(digest.image('digest_chart_channels')?.alt_text).toContain('Events');
    // The table is split to fit a phone; the won value is in its second part.
    const tables = digest.replyTitled('The figures behind the charts').allText();
    expect(tables).toMatch(/Events\s+0\s+EUR\u00a00\s+n\/a\s+n\/a\s+1\s/);
    expect(tables).toMatch(/Events\s+EUR\u00a01,200\b/);
    expect(digest.parent.allText()).toContain('most wins from Events');
  });

  it('keeps the high-spend channels in the chart and says how many more there are', async () => {
    const p = pipeline(t, await truthTeam(t));
    // The ten default channels: eight with 2 leads each and no spend, Outbound and Other with 1
    // lead each and EUR 5,000 and EUR 4,000 of spend. The chart shows 8: the two spenders, then
    // 6 of the eight by leads; "…and 2 more" says what is left out.
    const twoLeads = [
      'paid_search',
      'paid_social',
      'seo',
      'content',
      'email',
      'events',
      'referral',
      'partners',
    ];
    for (const [index, source] of twoLeads.entries()) {
      await p.lead(`2026-11-17T1${index}:00:00Z`, `Two ${index} a`, { source });
      await p.lead(`2026-11-18T1${index}:00:00Z`, `Two ${index} b`, { source });
    }
    await p.lead('2026-11-19T10:00:00Z', 'Big one', { source: 'outbound' });
    await p.lead('2026-11-19T11:00:00Z', 'Big two', { source: 'other' });
    await p.spend('2026-11-29T12:00:00Z', 'outbound', '5000', '2026-11-16..2026-11-29');
    await p.spend('2026-11-29T12:00:00Z', 'other', '4000', '2026-11-16..2026-11-29');

    const digest = await postDigest(t);
    const alt = digest.image('digest_chart_channels')?.alt_text ?? '';
    expect(alt).toContain('Outbound 1 lead, CPL EUR\u00a05,000');
    expect(alt).toContain('Other 1 lead, CPL EUR\u00a04,000');
    expect(alt).toContain('and 2 more');
    const chart = decodeURIComponent(digest.image('digest_chart_channels')?.image_url ?? '').replace(
      /\+/g,
      ' ',
    );
    expect(chart).toContain('and 2 more');
    // The table in the thread lists all ten.
    const table = digest.replyTitled('The figures behind the charts').allText();
    for (const channel of ['Paid search', 'Referral', 'Partners', 'Outbound', 'Other'])
      expect(table).toContain(channel);
  });
});

describe('lost deals list', () => {
  it('lists the deals lost at the period end, once each, with the reason of that loss', async () => {
    const p = pipeline(t, await truthTeam(t));
    await p.lead('2026-11-16T10:00:00Z', 'Reopened Co');
    await p.lead('2026-11-16T11:00:00Z', 'Twice Co');
    await p.deal('2026-11-16T12:00:00Z', 1, 'OFFER', { value: '1000' });
    await p.deal('2026-11-16T13:00:00Z', 2, 'OFFER', { value: '2000' });
    // D-1: lost, reopened into OFFER: open at the period end, not a lost deal.
    await p.move('2026-11-18T10:00:00Z', 1, 'LOST', { reason: 'price' });
    await p.reopen('2026-11-19T10:00:00Z', 1, 'OFFER');
    // D-2: lost on price, reopened, lost to a competitor: one lost deal, lost to a competitor.
    await p.move('2026-11-20T10:00:00Z', 2, 'LOST', { reason: 'price' });
    await p.reopen('2026-11-21T10:00:00Z', 2, 'NEGOTIATION');
    await p.move('2026-11-22T10:00:00Z', 2, 'LOST', { reason: 'competitor' });

    const digest = await postDigest(t);
    const lost = digest.replyTitled(`Lost deals in ${SCENARIO_PERIOD}`).allText();
    expect(lost).not.toContain('D-1');
    expect(lost.match(/`D-2`/g)).toHaveLength(1);
    expect(lost).toContain(`\`D-2\` Twice Co — *Chose a competitor* (EUR\u00a02,000, <@${ALICE}>)`);
  });
});

describe('ties', () => {
  it('names every tied lost reason instead of a winner', async () => {
    const p = pipeline(t, await truthTeam(t));
    const reasons = ['price', 'competitor', 'timing'];
    for (const [index, reason] of reasons.entries()) {
      await p.lead(`2026-11-16T1${index}:00:00Z`, `Lost ${index}`);
      await p.deal(`2026-11-17T1${index}:00:00Z`, index + 1, 'OFFER');
      await p.move(`2026-11-18T1${index}:00:00Z`, index + 1, 'LOST', { reason });
    }
    const digest = await postDigest(t);
    const text = digest.parent.allText();
    expect(text).not.toContain('most often lost on Chose a competitor (1)');
    expect(text).toContain(
      'lost equally often on Bad timing, Chose a competitor, and Price too high (1 each)',
    );
  });

  it('names every channel tied on wins', async () => {
    const p = pipeline(t, await truthTeam(t));
    await p.lead('2026-11-16T10:00:00Z', 'Seo Co', { source: 'seo' });
    await p.lead('2026-11-16T11:00:00Z', 'Events Co', { source: 'events' });
    await p.deal('2026-11-17T10:00:00Z', 1, 'WON', { value: '1000' });
    await p.deal('2026-11-17T11:00:00Z', 2, 'WON', { value: '1000' });
    const digest = await postDigest(t);
    expect(digest.parent.allText()).toContain('most wins from Events and SEO (1 each)');
  });
});

describe('ideal customer profile, as of the period end', () => {
  const PERIOD_END = new Date('2026-11-29T23:00:00Z');
  const window = { start: new Date(PERIOD_END.getTime() - 180 * 86_400_000), end: PERIOD_END };

  it('counts a lead as won only when a deal of it is WON at the cut-off', async () => {
    const team = await truthTeam(t);
    const p = pipeline(t, team);
    // L-1 (whole UTC day 10 Nov): D-1 won 12 Nov, reopened and lost 14 Nov → not won.
    await p.lead('2026-11-10T10:00:00Z', 'Reopened Co', { segment: 'smb' });
    await p.deal('2026-11-11T10:00:00Z', 1, 'OFFER', { value: '100' });
    await p.move('2026-11-12T10:00:00Z', 1, 'WON', { value: '100' });
    await p.reopen('2026-11-13T10:00:00Z', 1, 'NEGOTIATION');
    await p.move('2026-11-14T10:00:00Z', 1, 'LOST', { reason: 'price' });
    // L-2 (whole day 11 Nov): D-2 offer 20 Nov, won 30 Nov 07:00Z, after the cut-off → not won
    // as of the period end, but reached an offer.
    await p.lead('2026-11-11T10:00:00Z', 'Late Co', { segment: 'smb' });
    await p.deal('2026-11-20T10:00:00Z', 2, 'OFFER', { value: '100' });
    await p.move('2026-11-30T07:00:00Z', 2, 'WON', { value: '100' });
    // L-3 (the partial UTC day at the window's end, 29 Nov 23:00Z is not whole): offer on 30 Nov
    // → no offer as of the period end.
    await p.lead('2026-11-29T22:30:00Z', 'Edge Co', { segment: 'mid_market' });
    await p.deal('2026-11-30T06:00:00Z', 3, 'OFFER', { value: '100' });
    // L-4 (whole day 1 Nov): won 5 Nov and still won → a win.
    await p.lead('2026-11-01T10:00:00Z', 'Won Co', { segment: 'mid_market' });
    await p.deal('2026-11-05T10:00:00Z', 4, 'WON', { value: '100' });

    const figures = await t.store.icpProfile.cohortFigures(team.id, window);
    // 4 leads; won: L-4 only (L-1 lost now, L-2 won after the cut-off); reached an offer by the
    // cut-off: L-1 (11 Nov), L-2 (20 Nov), L-4 (5 Nov, created as WON) = 3; L-3 on 30 Nov is late.
    expect(figures.totals).toMatchObject({ leads: 4, wins: 1, reachedOffer: 3 });
    const segment = (value: string) =>
      figures.values.find((row) => row.attribute === 'segment' && row.value === value);
    expect(segment('smb')).toMatchObject({ leads: 2, wins: 0, reachedOffer: 2 });
    expect(segment('mid_market')).toMatchObject({ leads: 2, wins: 1, reachedOffer: 1 });
    // Days to offer, over the 3: L-1 1 day, L-2 9 days, L-4 4 days → 14 ÷ 3.
    expect(figures.totals.averageDaysToOffer).toBeCloseTo(14 / 3, 6);
  });
});

describe('periods after a schedule change', () => {
  it('neither overlap nor leave a gap: one transitional period, announced', async () => {
    const team = await truthTeam(t);
    await scheduleScenarioDigest(t, team);
    await postDigest(t);
    // Moved to Tuesdays, every 2 weeks, first run Tuesday 8 Dec 2026.
    await t.store.digestSchedules.save(
      team.id,
      {
        channelId: SALES,
        weekday: 2,
        time: '09:00',
        timeZone: 'Europe/Warsaw',
        cadenceWeeks: 2,
        anchorDate: '2026-12-08',
        enabled: true,
      },
      ALICE,
      t.clock.now(),
    );
    t.fake.clearCalls();

    // The Tuesday cadence's last full period ended by 30 Nov is 10–23 Nov; 16–29 Nov is posted,
    // so nothing new has ended yet.
    const answer = await digestCommand('post');
    expect(answer.allText()).toContain(`The digest for ${SCENARIO_PERIOD} was already posted`);

    const shown = await digestCommand('status');
    // 30 Nov … 7 Dec: the 8 days from the end of the last posted digest to the first Tuesday run.
    expect(shown.allText()).toContain('30 Nov – 7 Dec 2026');
    expect(shown.allText()).toContain('A transitional period of 8 days after the schedule change');

    await t.app.scheduler.runDueJobs(new Date('2026-12-08T08:00:00Z'));
    const parent = t.fake
      .callsTo('chat.postMessage')
      .find((call) => call.body.thread_ts === undefined && call.response.body.ok === true);
    expect(parent?.allText()).toContain('Sales & marketing digest · 30 Nov – 7 Dec 2026');
    expect(parent?.allText()).toContain('transitional period of 8 days after the schedule change');
    const runs = await t.database.prisma.digestRun.findMany({
      where: { teamId: team.id },
      orderBy: { periodEnd: 'asc' },
    });
    expect(runs.map((run) => [run.periodStart.toISOString(), run.periodEnd.toISOString()])).toEqual([
      ['2026-11-15T23:00:00.000Z', '2026-11-29T23:00:00.000Z'],
      ['2026-11-29T23:00:00.000Z', '2026-12-07T23:00:00.000Z'],
    ]);
  });
});
