import { ALICE } from '../support/fixtures';
import { SCENARIO_NOW, SCENARIO_PERIOD } from '../support/digestScenario';
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

describe('channel effectiveness', () => {
  it('lists a channel whose only activity in the period is a win from an older lead', async () => {
    const p = pipeline(t, await truthTeam(t));
    await p.lead('2026-10-01T10:00:00Z', 'Old Co', { source: 'events' });
    await p.deal('2026-10-02T10:00:00Z', 1, 'OFFER', { value: '1000' });
    await p.move('2026-11-20T10:00:00Z', 1, 'WON', { value: '1200' });

    const digest = await postDigest(t);
    // Events: 0 leads, no spend, 1 win worth EUR 1,200 (a deal of a lead from 1 Oct).
    expect(digest.image('digest_chart_channels')?.alt_text).toContain('Events');
    expect(digest.replyTitled('The figures behind the charts').allText()).toMatch(
      /Events\s+0\s+EUR 0\s+n\/a\s+n\/a\s+1\s+EUR 1,200/,
    );
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
    expect(alt).toContain('Outbound 1 lead, CPL EUR 5,000');
    expect(alt).toContain('Other 1 lead, CPL EUR 4,000');
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
    expect(lost).toContain(`\`D-2\` Twice Co — *Chose a competitor* (EUR 2,000, <@${ALICE}>)`);
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
