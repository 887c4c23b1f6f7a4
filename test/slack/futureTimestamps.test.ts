import { SIGNING_SECRET } from '../support/fixtures';
import { signSlackRequest } from '../support/slackSigner';
import { startTestApp, type TestApp } from '../support/testApp';

/** Bolt refuses requests signed over 5 minutes ago; Tandem also those dated over 5 minutes ahead. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

const form = { 'content-type': 'application/x-www-form-urlencoded' };

function signedAt(offsetSeconds: number, text: string) {
  const body = new URLSearchParams({
    command: '/lead',
    text,
    team_id: 'T0000TEAMA',
    user_id: 'U0000ALICE',
    channel_id: 'C0000SALES',
    response_url: t.fake.responseUrl(`future-${offsetSeconds}`),
    trigger_id: '1.2.3',
  }).toString();
  const headers = signSlackRequest(body, {
    signingSecret: SIGNING_SECRET,
    timestampSec: Math.floor(Date.now() / 1000) + offsetSeconds,
  });
  return t.slack.post(body, { ...form, ...headers }, { signing: 'none' });
}

describe('request timestamps', () => {
  it('refuses a correctly signed request dated 10 minutes ahead with 401 and saves nothing', async () => {
    const response = await signedAt(600, 'Future Corp source:seo');
    expect(response.status).toBe(401);
    expect(await t.database.prisma.commandInbox.count()).toBe(0);
    expect(await t.database.prisma.lead.count()).toBe(0);
  });

  it('accepts one dated a minute ahead (clocks differ a little)', async () => {
    const response = await signedAt(60, 'Near Future Corp source:seo');
    expect(response.status).toBe(200);
    await t.fake.waitFor('response_url', (call) => call.allText().includes('Near Future Corp'));
    expect(await t.database.prisma.lead.count({ where: { company: 'Near Future Corp' } })).toBe(1);
  });
});
