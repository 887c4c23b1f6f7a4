import { ALICE, BOB, SALES } from '../support/fixtures';
import { SCENARIO_NOW, SCENARIO_PERIOD } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * Money in several currencies (issue 16, defect 4): a PLN team keeps rates to PLN with the date
 * each applies from, set with a signed `/tandem rate`; the digest of 16–29 Nov 2026 converts every
 * amount with the rate in force on its day, says what it had to leave out, and shows one deal's
 * amount in that deal's own currency.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

async function tandem(text: string, userId = ALICE) {
  const sent = await t.slack.sendCommand({ command: '/tandem', text, userId, channelId: SALES });
  expect(sent.status).toBe(200);
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

async function plnTeam() {
  const team = await truthTeam(t);
  return t.database.prisma.team.update({ where: { id: team.id }, data: { currency: 'PLN' } });
}

describe('/tandem rate', () => {
  it('lets admins keep rates to the team currency, each from a date, and lists them', async () => {
    await plnTeam();
    const saved = await tandem('rate EUR 4.31 from:2026-11-01');
    expect(saved.allText()).toContain('1 EUR = 4.31 PLN from 1 Nov 2026');
    await tandem('rate eur 4,50 2026-11-25');
    const listed = await tandem('rate');
    expect(listed.allText()).toContain('1 EUR = 4.31 PLN from 1 Nov 2026');
    expect(listed.allText()).toContain('1 EUR = 4.5 PLN from 25 Nov 2026');
  });

  it('refuses members and explains bad input, echoing what was typed', async () => {
    await plnTeam();
    const refused = await tandem('rate EUR 4.31', BOB);
    expect(refused.allText()).toMatch(/admin/i);
    expect(await t.database.prisma.exchangeRate.count()).toBe(0);
    const bad = await tandem('rate EUR four');
    expect(bad.allText()).toContain('“four” is not a rate');
    expect(bad.allText()).toContain('rate EUR four');
    const own = await tandem('rate PLN 1');
    expect(own.allText()).toContain('PLN is the team’s own currency');
  });
});

describe('digest money in several currencies', () => {
  it('converts with the rate in force on each day and says what has no rate', async () => {
    const team = await plnTeam();
    await tandem('rate EUR 4.31 from:2026-11-01');
    await tandem('rate EUR 4.50 from:2026-11-25');
    const p = pipeline(t, team);
    await p.lead('2026-11-16T10:00:00Z', 'Pln Co', { source: 'seo' });
    await p.lead('2026-11-16T11:00:00Z', 'Eur Early', { source: 'seo' });
    await p.lead('2026-11-16T12:00:00Z', 'Eur Late', { source: 'events' });
    await p.lead('2026-11-16T13:00:00Z', 'Usd Co', { source: 'events' });
    await p.lead('2026-11-16T14:00:00Z', 'Eur Lost', { source: 'events' });
    await p.deal('2026-11-17T10:00:00Z', 1, 'WON', { value: '2000' });
    await p.deal('2026-11-17T11:00:00Z', 2, 'OFFER', { value: '1000', currency: 'EUR' });
    await p.move('2026-11-20T11:00:00Z', 2, 'WON', { value: '1000' });
    await p.deal('2026-11-17T12:00:00Z', 3, 'OFFER', { value: '100', currency: 'EUR' });
    await p.move('2026-11-26T12:00:00Z', 3, 'WON', { value: '100' });
    await p.deal('2026-11-17T13:00:00Z', 4, 'OFFER', { value: '300', currency: 'USD' });
    await p.move('2026-11-21T13:00:00Z', 4, 'WON', { value: '300' });
    await p.deal('2026-11-17T14:00:00Z', 5, 'OFFER', { value: '45000.50', currency: 'EUR' });
    await p.move('2026-11-22T14:00:00Z', 5, 'LOST', { reason: 'price' });
    await p.spend('2026-11-29T12:00:00Z', 'seo', '1000', '2026-11-16..2026-11-29');
    await p.spend('2026-11-29T12:00:00Z', 'events', '500', '2026-11-16..2026-11-29', 'EUR');

    const digest = await postDigest(t);
    // Won value: PLN 2,000 + EUR 1,000 × 4.31 (20 Nov) + EUR 100 × 4.50 (26 Nov)
    //   = 2,000 + 4,310 + 450 = PLN 6,760; USD 300 has no rate and is left out, saying so.
    expect(digest.fields).toEqual(
      expect.arrayContaining([
        '*Won value*\nPLN\u00a06,760   ↑ +PLN\u00a06,760 :large_green_circle: better\n_excludes USD\u00a0300 (no rate)_',
        // Spend: PLN 1,000 + EUR 500 × 4.31 (from 16 Nov) = 1,000 + 2,155 = PLN 3,155.
        '*Marketing spend*\nPLN\u00a03,155   ↑ +PLN\u00a03,155',
        // Lost value: EUR 45,000.50 × 4.31 (22 Nov) = 193,952.155 → PLN 193,952.
        '*Lost value*\nPLN\u00a0193,952   ↑ +PLN\u00a0193,952 :red_circle: worse',
      ]),
    );
    // Average offer value: PLN 2,000 was created as WON (no offer); offers EUR 1,000, EUR 100,
    // EUR 45,000.50 on 17 Nov at 4.31 = 4,310 + 431 + 193,952.155 over 3 = PLN 66,231; USD 300 left out.
    expect(digest.fields).toContain(
      '*Average offer value*\nPLN\u00a066,231   n/a\n_excludes USD\u00a0300 (no rate)_',
    );
    // One deal's amount stays in its own currency.
    const lost = digest.replyTitled(`Lost deals in ${SCENARIO_PERIOD}`).allText();
    expect(lost).toContain('(EUR\u00a045,000.50,');
    // Channel Events: 3 leads, all qualified by their deals; spend EUR 500 × 4.31 = PLN 2,155,
    // CPL 2,155 ÷ 3 = 718.33 → PLN 718; 2 wins (EUR 100 and USD 300), won value EUR 100 × 4.50 =
    // PLN 450 (USD 300 has no rate). Its cohort (the same 3 leads, the same spend, 2 of 3 won):
    // return 450 ÷ 2,155 = 0.2×.
    const tables = digest.replyTitled('The figures behind the charts').allText();
    // The tables are split to fit a phone, each row's first column repeated.
    expect(tables).toMatch(/Events\s+3\s+PLN\u00a02,155\s+PLN\u00a0718\s+100 %/);
    expect(tables).toMatch(/Events\s+2\s+PLN\u00a0450\n/);
    expect(tables).toMatch(/Events\s+3\s+100 %\s+67 %\s+PLN\u00a0450/);
    expect(tables).toMatch(/Events\s+PLN\u00a02,155\s+0.2×/);
    expect(tables).toMatch(/Events\s+0\n/);
  });
});
