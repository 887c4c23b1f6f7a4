import type { RecordedCall } from '../../support/fakeSlackApi';
import { ALICE, SALES } from '../../support/fixtures';
import { SCENARIO_NOW, atTime, seedScenario } from '../../support/digestScenario';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run } from '../pipelineSupport';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[] };

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

/** The plan set during the reported period (16–29 Nov), as a facilitator would at the last meeting. */
async function setPlan(): Promise<void> {
  await atTime(t, '2026-11-16T09:00:00Z', async () => {
    await run(t, '/plan', 'leads 5');
    await run(t, '/plan', 'cpl 400');
    await run(t, '/plan', 'spend 1000');
    await run(t, '/plan', 'wins 1');
  });
}

async function postedParent(): Promise<string[]> {
  const sent = await t.slack.sendCommand({
    command: '/digest',
    text: 'post',
    userId: ALICE,
    channelId: SALES,
  });
  expect(sent.status).toBe(200);
  await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  const parent = t.fake
    .callsTo('chat.postMessage')
    .find((call) => call.response.body.ok === true) as RecordedCall;
  return (parent.json<Block[]>('blocks') ?? []).flatMap((block) => [
    ...(block.text ? [block.text.text] : []),
    ...(block.fields ?? []).map((field) => field.text),
  ]);
}

describe('the digest against the plan', () => {
  it('shows % of plan and on/off track by polarity, and opens with the plan gaps', async () => {
    const team = await seedScenario(t);
    await setPlan();
    expect(await t.database.prisma.plan.count({ where: { teamId: team.id } })).toBe(4);
    const texts = await postedParent();
    expect(texts).toEqual(
      expect.arrayContaining([
        '*Leads created*\n3   ↑ +2 (+200 %) :large_green_circle: better\n60 % of plan (5) :red_circle: off track',
        '*Wins*\n1   ↑ +1 :large_green_circle: better\n100 % of plan (1) :large_green_circle: on track',
        '*Marketing spend*\nEUR\u00a01,500   ↑ +EUR\u00a01,500\n150 % of plan (EUR\u00a01,000)',
        '*Cost per lead*\nEUR\u00a0500   n/a\n125 % of plan (EUR\u00a0400) :red_circle: off track',
      ]),
    );
    const headline = texts.find((text) => text.includes('of plan (3 against 5)')) ?? '';
    const [first, second] = headline.split('\n');
    expect(first).toMatch(/^:red_circle: off track · Leads created: 60 % of plan \(3 against 5\)/);
    expect(second).toMatch(
      /^:red_circle: off track · Cost per lead: 125 % of plan \(EUR\u00a0500 against EUR\u00a0400\)/,
    );
  });

  it('writes the plan in the team language', async () => {
    const team = await seedScenario(t);
    await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: 'pl' } });
    await setPlan();
    const texts = (await postedParent()).join('\n');
    expect(texts).toContain(
      'Nowe leady*\n3   ↑ +2 (+200%) :large_green_circle: lepiej\n60% planu (5) :red_circle: odbiega od planu',
    );
    expect(texts).toContain(':red_circle: odbiega od planu · Nowe leady: 60% planu (3 wobec 5)');
  });
});
