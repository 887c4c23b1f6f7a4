import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

const commandBody = new URLSearchParams({
  command: '/lead',
  text: 'help',
  team_id: 'T0000TEAMA',
  user_id: 'U0000ALICE',
  channel_id: 'C0000SALES',
  response_url: 'http://127.0.0.1:1/never',
  trigger_id: '1.2.3',
}).toString();
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('Slack request signatures', () => {
  it('accepts a correctly signed request', async () => {
    const response = await t.slack.post(commandBody, form, { signing: 'valid' });
    expect(response.status).toBe(200);
  });

  it.each(['none', 'forged', 'stale'] as const)(
    'rejects a %s signature with 401 and does nothing',
    async (signing) => {
      t.fake.clearCalls();
      const response = await t.slack.post(commandBody, form, { signing });
      expect(response.status).toBe(401);
      expect(await t.database.prisma.team.count()).toBe(await t.database.prisma.team.count());
      expect(t.fake.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
    },
  );
});
