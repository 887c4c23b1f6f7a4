import { ALICE } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * A command's answer is separate from its work: a response_url that fails or hangs is tried again
 * briefly and then replaced by a DM, never by "nothing was saved"; and answers waiting on Slack
 * hold none of the command slots.
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const leadsNamed = (company: string) => t.database.prisma.lead.count({ where: { company } });

describe('answers to commands under Slack faults', () => {
  it('retries a response_url that answered 500 once, and the saved lead is reported saved', async () => {
    t.fake.failNext('response_url', { status: 500 });
    const sent = await t.slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
    const answers = await t.fake.waitForCalls('response_url', 2, 15_000);
    expect(answers.map((call) => call.response.status)).toEqual([500, 200]);
    expect(answers[1]?.url).toBe(sent.sent.response_url);
    expect(answers[1]?.allText()).toContain('Added `L-1` *Acme Corp*');
    expect(answers.some((call) => call.allText().includes('nothing was saved'))).toBe(false);
    expect(await leadsNamed('Acme Corp')).toBe(1);
  });

  it('sends the answer as a DM when the response_url keeps failing (500, then 429)', async () => {
    t.fake.failNext('response_url', { status: 500 }, 2);
    t.fake.failNext('response_url', { status: 429, headers: { 'Retry-After': '0' } });
    await t.slack.sendCommand({ command: '/lead', text: 'Globex source:seo' });
    const dm = await t.fake.waitFor('chat.postMessage', (call) => call.body.channel === ALICE, 15_000);
    expect(dm.allText()).toContain('Added `L-1` *Globex*');
    expect(t.fake.callsTo('response_url')).toHaveLength(3);
    expect(await leadsNamed('Globex')).toBe(1);
  });

  it('answers later commands while eight response_urls hang', async () => {
    const holds = Array.from({ length: 8 }, () => t.fake.holdNext('response_url'));
    for (let i = 1; i <= 8; i++)
      await t.slack.sendCommand({ command: '/lead', text: `Hung ${i} source:seo` });
    await Promise.all(holds.map((hold) => hold.arrived));

    const later = await t.slack.sendCommand({ command: '/lead', text: 'Initech source:seo' });
    const answer = await t.fake.waitFor(
      'response_url',
      (call) => call.url === later.sent.response_url,
      15_000,
    );
    expect(answer.allText()).toContain('*Initech*');
    holds.forEach((hold) => hold.release());
    expect(await leadsNamed('Initech')).toBe(1);
  });

  it("answers in the team's language at once when users.info hangs", async () => {
    const hold = t.fake.holdNext('users.info');
    const sent = await t.slack.sendCommand({ command: '/lead', text: 'Umbrella source:seo' });
    const answer = await t.fake.waitFor(
      'response_url',
      (call) => call.url === sent.sent.response_url,
      10_000,
    );
    expect(answer.allText()).toContain('Added `L-1` *Umbrella*');
    hold.release();
  });
});
