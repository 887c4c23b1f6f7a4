import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/fixtures';
import { createSlackRequester } from '../support/slackRequests';
import { freePort, startTandem, stopTandem } from '../support/tandemProcess';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let fake: FakeSlackApi;
let directory: string;

beforeEach(async () => {
  fake = await startFakeSlackApi();
  directory = mkdtempSync(join(tmpdir(), 'tandem-malformed-'));
});

afterEach(async () => {
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('a signed request Bolt cannot read', () => {
  it('is answered 400 and the process keeps serving commands', async () => {
    const port = await freePort();
    const tandem = await startTandem({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      PORT: String(port),
      DATABASE_URL: `file:${join(directory, 'tandem.db')}`,
    });
    const slack = createSlackRequester({
      appUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SIGNING_SECRET,
      fake,
    });
    try {
      for (const body of ['payload=null', 'payload=%5B%5D', 'payload=%7Bnope']) {
        expect((await slack.post(body, FORM)).status).toBe(400);
      }
      expect((await slack.post('null', { 'content-type': 'application/json' })).status).toBe(400);

      const added = await slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
      expect(added.status).toBe(200);
      const answer = await fake.waitFor('response_url', (call) => call.url === added.sent.response_url);
      expect(answer.allText()).toContain('Added `L-1`');
      expect(tandem.child.exitCode).toBeNull();
    } finally {
      expect(await stopTandem(tandem.child)).toBe(0);
    }
  });
});
