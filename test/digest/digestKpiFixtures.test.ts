import { ALICE } from '../support/fixtures';
import { SCENARIO_NOW } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * Hand-computed KPIs through the real app (issue 16's acceptance): the period 19 Oct – 1 Nov 2026
 * in Europe/Warsaw holds the DST change (25 Oct), so it runs from 19 Oct 00:00 CEST
 * (2026-10-18T22:00Z) to 2 Nov 00:00 CET (2026-11-01T23:00Z); entries at 23:30 and 00:30 local sit
 * on both boundaries. Posted with a signed `/digest post 2026-10-19..2026-11-01`.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

it('counts leads, lead quality, wins, offer acceptance and discovery meetings across the DST week and its boundaries', async () => {
  const p = pipeline(t, await truthTeam(t));
  await p.lead('2026-10-18T21:30:00Z', 'Before'); // L-1: 18 Oct 23:30 CEST → previous period
  await p.lead('2026-10-18T22:30:00Z', 'First'); // L-2: 19 Oct 00:30 CEST → period
  await p.lead('2026-10-25T10:00:00Z', 'Dst Day'); // L-3: the DST day → period
  await p.lead('2026-11-01T22:30:00Z', 'Last'); // L-4: 1 Nov 23:30 CET → period
  await p.lead('2026-11-01T23:30:00Z', 'After'); // L-5: 2 Nov 00:30 CET → next period
  // D-1 (L-2) qualifies it at 2 Nov 00:30 CET, after the end: L-2 was not qualified by the end.
  await p.deal('2026-11-01T23:30:00Z', 2, 'QUALIFIED');
  // D-2 (L-4) created as WON at 1 Nov 23:45 CET: a win in the period, but no offer was made.
  await p.deal('2026-11-01T22:45:00Z', 4, 'WON', { value: '500' });
  // D-3 (L-3): DISCOVERY, back to QUALIFIED, DISCOVERY again, OFFER, LOST — one discovery meeting.
  await p.deal('2026-10-26T10:00:00Z', 3, 'DISCOVERY');
  await p.move('2026-10-27T10:00:00Z', 3, 'QUALIFIED');
  await p.move('2026-10-28T10:00:00Z', 3, 'DISCOVERY');
  await p.move('2026-10-29T10:00:00Z', 3, 'OFFER', { value: '1000' });
  await p.move('2026-10-30T10:00:00Z', 3, 'LOST', { reason: 'price' });

  const digest = await postDigest(t, 'post 2026-10-19..2026-11-01');
  expect(digest.fields).toEqual(
    expect.arrayContaining([
      // L-2, L-3, L-4 | L-1 (the previous period, 5–18 Oct): 3 vs 1 → +2 (+200 %).
      '*Leads created*\n3   ↑ +2 (+200 %) :large_green_circle: better',
      // Qualified by 2 Nov 00:00 CET: L-3 (D-3 on 26 Oct) and L-4 (D-2 at 23:45) → 2 of 3 = 66.7 %;
      // previous: L-1 never qualified → 0 of 1 = 0 % → +66.7 pp.
      '*Leads qualified*\n2   ↑ +2 :large_green_circle: better',
      '*Lead quality*\n66.7 %   ↑ +66.7 pp :large_green_circle: better',
      // D-2 won, D-3 lost → win rate 1 ÷ 2 = 50 %.
      '*Win rate*\n50 %   n/a',
      // Deals that made an offer: D-3 only (D-2 was created as WON) → 0 won ÷ 1 = 0 %.
      '*Offer acceptance*\n0 %   n/a',
    ]),
  );
  // Alice: 3 leads, D-3 entered DISCOVERY twice → 1 discovery meeting, 1 offer (D-3), 1 win (D-2).
  expect(digest.replyTitled('Products and reps').allText()).toContain(
    `<@${ALICE}>: 3 leads, 1 discovery meeting, 1 offer, 1 win`,
  );
});

it('averages discounts over the wins that have one and says how many have none', async () => {
  const p = pipeline(t, await truthTeam(t));
  await p.lead('2026-11-16T10:00:00Z', 'Ten');
  await p.lead('2026-11-16T11:00:00Z', 'Twenty');
  await p.lead('2026-11-16T12:00:00Z', 'None');
  await p.deal('2026-11-17T10:00:00Z', 1, 'WON', { value: '100', discount: '10' });
  await p.deal('2026-11-17T11:00:00Z', 2, 'WON', { value: '100', discount: '20' });
  await p.deal('2026-11-17T12:00:00Z', 3, 'WON', { value: '100' });
  const digest = await postDigest(t);
  // (10 + 20) ÷ 2 = 15 %, over the 2 wins with a discount; the third has none (not counted as 0 %,
  // which would give 10 %).
  expect(digest.fields).toContain('*Average discount*\n15 %   n/a\n_1 of 3 wins have no discount recorded_');
});
