import { startTestApp, type TestApp } from '../support/testApp';
import { run } from './pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

describe('single-workspace authorization', () => {
  it('asks auth.test who the bot is once, not once per request', async () => {
    await run(t, '/lead', 'Acme source:seo');
    await run(t, '/lead', 'Globex source:seo');
    await run(t, '/spend', 'channels');

    expect(t.fake.callsTo('auth.test')).toHaveLength(1);
    expect(
      t.fake
        .callsTo('response_url')
        .map((call) => call.allText())
        .join('\n'),
    ).toContain('Globex');
  });

  it('still answers a command when auth.test fails, and asks again on the next request', async () => {
    t.fake.failNext('auth.test', { status: 500 }, 3);

    const first = await run(t, '/lead', 'Acme source:seo');
    const second = await run(t, '/lead', 'Initech source:seo');

    expect(first.text).toContain('Acme');
    expect(second.text).toContain('Initech');
    expect(await t.database.prisma.lead.count()).toBe(2);
    const answers = t.fake.callsTo('auth.test').map((call) => call.response.status);
    expect(answers).toEqual([500, 500, 500, 200]);
    await run(t, '/spend', 'channels');
    expect(t.fake.callsTo('auth.test')).toHaveLength(4);
  });
});
