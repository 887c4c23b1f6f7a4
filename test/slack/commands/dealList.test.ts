import { ALICE, BOB, CAROL } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { DAY, run } from '../pipelineSupport';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-20T09:00:00Z' });
  for (const company of ['Alpha', 'Beta', 'Gamma', 'Delta', 'Echo']) await run(t, '/lead', company);
  await run(t, '/deal', 'L-1 offer value:12000');
  t.clock.advance(DAY);
  await run(t, '/deal', 'L-2 offer value:8000', BOB);
  await run(t, '/deal', 'L-3 discovery');
  await run(t, '/deal', 'L-4 negotiation value:500');
  await run(t, '/deal', 'D-4 won value:500');
  t.clock.advance(DAY);
  await run(t, '/deal', 'L-5 negotiation value:1000 currency:USD', BOB);
  t.clock.advance(3 * DAY);
});

afterAll(async () => {
  await t.close();
});

describe('/deal list', () => {
  it('groups open deals by stage in funnel order, with totals per currency and days in stage', async () => {
    const list = (await run(t, '/deal', 'list')).text;
    expect(list).toContain('*Deals open*, longest in their stage first');
    const discovery = list.indexOf('*Discovery* · 1 deal');
    const offer = list.indexOf('*Offer* · 2 deals · EUR\u00a020,000');
    const negotiation = list.indexOf('*Negotiation* · 1 deal · USD\u00a01,000');
    expect(discovery).toBeGreaterThan(-1);
    expect(offer).toBeGreaterThan(discovery);
    expect(negotiation).toBeGreaterThan(offer);
    expect(list).toContain('`D-1` *Alpha* · EUR\u00a012,000 · 5 d in stage · <@U0000ALICE>');
    expect(list.indexOf('`D-1` *Alpha*')).toBeLessThan(list.indexOf('`D-2` *Beta*'));
    expect(list).toContain('`D-3` *Gamma* · no value yet · 4 d in stage');
    expect(list).not.toContain('Delta');
    expect(list).not.toContain('*Lead*');
  });

  it('filters by stage and owner, and lists closed stages too', async () => {
    const mine = (await run(t, '/deal', 'list proposal mine', ALICE)).text;
    expect(mine).toContain('*Deals in offer owned by you*');
    expect(mine).toContain('*Offer* · 1 deal · EUR\u00a012,000');
    expect(mine).not.toContain('Beta');

    const won = (await run(t, '/deal', 'list won')).text;
    expect(won).toContain('`D-4` *Delta* · EUR\u00a0500');

    expect((await run(t, '/deal', 'list mine', CAROL)).text).toContain('No deals open owned by you');
  });
});
