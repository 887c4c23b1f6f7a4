import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

const commandBody = (): string =>
  new URLSearchParams({
    command: '/lead',
    text: 'help',
    team_id: 'T0000TEAMA',
    user_id: 'U0000ALICE',
    channel_id: 'C0000SALES',
    response_url: t.fake.responseUrl('signature-test'),
    trigger_id: '1.2.3',
  }).toString();
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('Slack request signatures', () => {
  it('accepts a correctly signed request', async () => {
    const response = await t.slack.post(commandBody(), form, { signing: 'valid' });
    expect(response.status).toBe(200);
    // The help answer goes to the response_url after the ack; wait so nothing is still running.
    await t.fake.waitFor('response_url');
  });

  it.each(['none', 'forged', 'stale'] as const)(
    'rejects a %s signature with 401 and does nothing',
    async (signing) => {
      const teamsBefore = await t.database.prisma.team.count();
      t.fake.clearCalls();
      const response = await t.slack.post(commandBody(), form, { signing });
      expect(response.status).toBe(401);
      expect(t.fake.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
      expect(await t.database.prisma.team.count()).toBe(teamsBefore);
    },
  );
});
