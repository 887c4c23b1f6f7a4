import { type FaultRig, startFaultRig } from './faultProcess';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let rig: FaultRig;

beforeEach(async () => {
  rig = await startFaultRig();
});

afterEach(async () => {
  await rig.close();
});

describe('a signed request Bolt cannot read', () => {
  it('is answered 400 and the process keeps serving commands', async () => {
    for (const body of ['payload=null', 'payload=%5B%5D', 'payload=%7Bnope']) {
      expect((await rig.slack.post(body, FORM)).status).toBe(400);
    }
    expect((await rig.slack.post('null', { 'content-type': 'application/json' })).status).toBe(400);

    const added = await rig.slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
    expect(added.status).toBe(200);
    const answer = await rig.fake.waitFor('response_url', (call) => call.url === added.sent.response_url);
    expect(answer.allText()).toContain('Added `L-1`');
    expect(rig.child().exitCode).toBeNull();
  });
});
