import { ImportService } from '../../src/services/importService';
import { ImportLookups } from '../../src/store/repos/importLookups';
import { ImportWrites } from '../../src/store/repos/importWrites';
import { ALICE } from '../support/fixtures';
import { SCENARIO_NOW } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * Issue 16's remaining figures, each on a hand-computed fixture posted with a signed `/digest
 * post` for 16–29 Nov 2026 in Europe/Warsaw ([2026-11-15T23:00Z, 2026-11-29T23:00Z); the
 * previous period is 2–15 Nov, [2026-11-01T23:00Z, 2026-11-15T23:00Z)). Team currency EUR.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

async function importDeals(csv: string) {
  const service = new ImportService(
    t.store,
    new ImportLookups(t.database.prisma),
    new ImportWrites(t.database.prisma, t.database.url),
    t.clock,
  );
  const result = await service.run({
    kind: 'deals',
    bytes: Buffer.from(csv, 'utf8'),
    columnMap: [],
    apply: true,
    ownerId: ALICE,
  });
  if (!result.ok) throw new Error(`import refused: ${result.problems.join('; ')}`);
}

it('counts imported wins of unknown value in wins, not in won value, and says how many', async () => {
  const team = await truthTeam(t);
  await importDeals(
    [
      'Deal ID,Company,Stage,Amount,Currency,Created,Closed',
      'X-1,Acme,Closed Won,1000,EUR,2026-11-02,2026-11-20',
      'X-2,Beta,Closed Won,,EUR,2026-11-03,2026-11-21',
      'X-3,Gamma,Closed Won,,EUR,2026-11-03,2026-11-05',
    ].join('\n'),
  );
  // A win entered in Slack carries its value: 500, in the period.
  const p = pipeline(t, team);
  await p.lead('2026-11-16T10:00:00Z', 'Delta');
  await p.deal('2026-11-17T10:00:00Z', 4, 'WON', { value: '500' });

  const digest = await postDigest(t);
  // Wins in the period: X-1 (20 Nov), X-2 (21 Nov), D for Delta (17 Nov) = 3; previous: X-3 = 1 → +2.
  expect(digest.fields).toContain('*Wins*\n3   ↑ +2 (+200 %) :large_green_circle: better');
  // Won value: 1000 (X-1) + 500 (Delta) = EUR 1,500; X-2 has no value and adds nothing, and is
  // said under the figure. The previous period's only win has no value: EUR 0 → +EUR 1,500.
  expect(digest.fields).toContain(
    '*Won value*\nEUR\u00a01,500   ↑ +EUR\u00a01,500 :large_green_circle: better\n_1 of 3 wins have an unknown value_',
  );
});

it('times qualification and negotiation, converts discovery to offer, and values an offer by its later edit', async () => {
  const p = pipeline(t, await truthTeam(t));
  await p.lead('2026-11-10T10:00:00Z', 'Older'); // L-1, created in the previous period
  await p.lead('2026-11-16T10:00:00Z', 'Edited'); // L-2
  await p.lead('2026-11-16T12:00:00Z', 'Talks'); // L-3
  await p.lead('2026-11-16T13:00:00Z', 'Haggled'); // L-4
  // D-1 (L-1) qualifies L-1 on 17 Nov 10:00: 7 days after it was created.
  await p.deal('2026-11-17T10:00:00Z', 1, 'QUALIFIED');
  // D-2 (L-2): DISCOVERY 18 Nov 22:00 (L-2 qualified after 2.5 days), OFFER 20 Nov with no value,
  // the value 2000 added by an edit on 21 Nov while in OFFER, NEGOTIATION 23 Nov, WON 26 Nov.
  await p.deal('2026-11-18T22:00:00Z', 2, 'DISCOVERY');
  await p.move('2026-11-20T10:00:00Z', 2, 'OFFER');
  await p.edit('2026-11-21T10:00:00Z', 2, { value: '2000' });
  await p.move('2026-11-23T10:00:00Z', 2, 'NEGOTIATION');
  await p.move('2026-11-26T10:00:00Z', 2, 'WON', { value: '1800' });
  // D-3 (L-3): DISCOVERY 19 Nov 12:00 (L-3 qualified after 3 days), no offer by the period's end.
  await p.deal('2026-11-19T12:00:00Z', 3, 'DISCOVERY');
  // D-4 (L-4): created in OFFER at 1000 on 17 Nov 10:00 (L-4 qualified after 21 h = 0.875 days),
  // NEGOTIATION 18 Nov 10:00, LOST 25 Nov 10:00.
  await p.deal('2026-11-17T10:00:00Z', 4, 'OFFER', { value: '1000' });
  await p.move('2026-11-18T10:00:00Z', 4, 'NEGOTIATION');
  await p.move('2026-11-25T10:00:00Z', 4, 'LOST', { reason: 'price' });

  const digest = await postDigest(t);
  expect(digest.fields).toEqual(
    expect.arrayContaining([
      // Offers sent: D-4 (1000) and D-2 (2000, entered by the edit while in OFFER) → 3000 ÷ 2.
      '*Average offer value*\nEUR\u00a01,500   n/a',
      // Deals first entering DISCOVERY in the period: D-2 (offer by the end) and D-3 (none) → 1 ÷ 2.
      '*Discovery to offer*\n50 %   n/a',
      // Leads qualified in the period: L-1 7, L-2 2.5, L-3 3, L-4 0.875 → 13.375 ÷ 4 = 3.34 days.
      '*Time to qualify*\n3.3 d   n/a',
      // Decided after NEGOTIATION: D-2 26 − 23 Nov = 3 days, D-4 25 − 18 Nov = 7 days → 10 ÷ 2.
      '*Negotiation duration*\n5 d   n/a',
      '*Successful negotiations*\n50 %   n/a',
    ]),
  );
});

it('gives each channel its cohort: leads of the 12 weeks → qualified → won, its won value ÷ its spend, and older leads’ wins apart', async () => {
  const p = pipeline(t, await truthTeam(t));
  // The cohort window: the 12 weeks to the period's end, 7 Sep 00:00 CEST – 30 Nov 00:00 CET.
  await p.lead('2026-06-01T10:00:00Z', 'Old Search', { source: 'paid_search' }); // L-1, before the cohort
  await p.lead('2026-05-01T10:00:00Z', 'Old Fair', { source: 'events' }); // L-2, before the cohort
  await p.lead('2026-09-10T10:00:00Z', 'Search One', { source: 'paid_search' }); // L-3
  await p.lead('2026-09-12T10:00:00Z', 'Search Two', { source: 'paid_search' }); // L-4
  await p.lead('2026-11-17T10:00:00Z', 'Search Three', { source: 'paid_search' }); // L-5, in the period
  await p.deal('2026-10-01T10:00:00Z', 3, 'QUALIFIED'); // D-1 (L-3)
  await p.move('2026-11-20T10:00:00Z', 1, 'WON', { value: '3000' });
  await p.deal('2026-09-20T10:00:00Z', 4, 'QUALIFIED'); // D-2 (L-4), never won
  await p.deal('2026-11-01T10:00:00Z', 1, 'OFFER', { value: '5000' }); // D-3 (L-1)
  await p.move('2026-11-21T10:00:00Z', 3, 'WON', { value: '5000' });
  await p.deal('2026-10-01T10:00:00Z', 2, 'OFFER', { value: '1000' }); // D-4 (L-2)
  await p.move('2026-11-22T10:00:00Z', 4, 'WON', { value: '1000' });
  await p.spend('2026-10-05T10:00:00Z', 'paid_search', '1200', '2026-09-07..2026-10-04');
  await p.spend('2026-11-29T10:00:00Z', 'paid_search', '300', '2026-11-16..2026-11-29');

  const digest = await postDigest(t);
  const tables = digest.replyTitled('The figures behind the charts').allText();
  // Paid search's cohort: L-3, L-4, L-5 = 3 leads; qualified by the end L-3, L-4 = 2 (66.7 %);
  // won L-3 = 1 (33.3 %); won value EUR 3,000 (D-1; D-3's lead is older); spend in the window
  // 1,200 + 300 = EUR 1,500 → return 3,000 ÷ 1,500 = 2×. Older leads' wins: D-3, EUR 5,000.
  // The cohort table is split to fit a phone, each row's first column repeated.
  expect(tables).toMatch(/Paid search\s+3\s+67 %\s+33 %\n/);
  expect(tables).toMatch(/Paid search\s+EUR\u00a03,000\s+EUR\u00a01,500\s+2×\n/);
  expect(tables).toMatch(/Paid search\s+1 \(EUR\u00a05,000\)/);
  // Events: no cohort leads and no spend → n/a; its win (D-4, EUR 1,000) is from an older lead.
  expect(tables).toMatch(/Events\s+0\s+n\/a\s+n\/a\s/);
  expect(tables).toMatch(/Events\s+EUR\u00a00\s+EUR\u00a00\s+n\/a\s/);
  expect(tables).toMatch(/Events\s+1 \(EUR\u00a01,000\)/);
  expect(tables).toContain('Channel cohort: leads created 7 Sep – 29 Nov 2026');
  // The period's table no longer divides paid search's 8,000 won (3,000 + 5,000) by its EUR 300.
  expect(tables).not.toContain('26.7×');
});

it('compares with the previous period as it stands now, saying what changed since it was posted', async () => {
  const p = pipeline(t, await truthTeam(t));
  await p.lead('2026-11-05T10:00:00Z', 'Posted'); // L-1 in 2–15 Nov
  const first = await postDigest(t, 'post 2026-11-02..2026-11-15');
  expect(first.fields).toContain('*Leads created*\n1   ↑ +1 :large_green_circle: better');
  t.fake.clearCalls();
  // Entered after 2–15 Nov was posted: a second lead of 6 Nov.
  await p.lead('2026-11-06T10:00:00Z', 'Late');
  await p.lead('2026-11-20T10:00:00Z', 'Now'); // L-3 in 16–29 Nov

  const digest = await postDigest(t);
  // Now 1 lead against 2 (L-1 and the late L-2): −1 (−50 %), and the context says the previous
  // period was posted with 1 lead created: 1 → 2 = +100 %.
  expect(digest.fields).toContain('*Leads created*\n1   ↓ −1 (−50 %) :red_circle: worse');
  expect(digest.parent.allText()).toContain(
    '2–15 Nov 2026 as it stands now; changed since it was posted: leads created by +100 %',
  );
});

it('counts a deal lost, reopened and won once, as a win when it was won', async () => {
  const p = pipeline(t, await truthTeam(t));
  await p.lead('2026-11-03T10:00:00Z', 'Comeback');
  await p.deal('2026-11-04T10:00:00Z', 1, 'OFFER', { value: '700' });
  await p.move('2026-11-10T10:00:00Z', 1, 'LOST', { reason: 'price' }); // lost in 2–15 Nov
  await p.reopen('2026-11-18T10:00:00Z', 1, 'NEGOTIATION');
  await p.move('2026-11-20T10:00:00Z', 1, 'WON', { value: '700' }); // won in 16–29 Nov

  const digest = await postDigest(t);
  expect(digest.fields).toEqual(
    expect.arrayContaining([
      // The win stands: 1 win now, and the earlier loss no longer counts in 2–15 Nov (0 → 0).
      '*Wins*\n1   ↑ +1 :large_green_circle: better',
      '*Losses*\n0   → no change',
      // 1 ÷ (1 + 0) = 100 %; the previous period decided nothing → n/a.
      '*Win rate*\n100 %   n/a',
      '*Won value*\nEUR\u00a0700   ↑ +EUR\u00a0700 :large_green_circle: better',
    ]),
  );
});
