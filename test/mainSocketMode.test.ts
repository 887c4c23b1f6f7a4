import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../src/slack/ids';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { APP_TOKEN, startFakeSocketMode, type FakeSocketMode } from './support/fakeSocketMode';
import { ALICE, appHomeOpenedEvent, BOT_TOKEN } from './support/fixtures';
import {
  commandPayload,
  eventEnvelope,
  payloadContext,
  viewSubmissionPayload,
} from './support/slackPayloads';
import { freePort, startTandem, stopTandem } from './support/tandemProcess';

/**
 * Socket Mode end to end: the compiled app started as `npm start` starts it, with SLACK_APP_TOKEN
 * and no signing secret, opens its connection through apps.connections.open on the fake Slack API
 * and receives a slash command, a view submission and an Events API envelope over the fake's
 * WebSocket, acknowledging each.
 */
let fake: FakeSlackApi;
let socketMode: FakeSocketMode;
let directory: string;

beforeEach(async () => {
  fake = await startFakeSlackApi({ triggerIdTtlMs: 30_000 });
  socketMode = await startFakeSocketMode(fake);
  directory = mkdtempSync(join(tmpdir(), 'tandem-socket-'));
});

afterEach(async () => {
  await socketMode.close();
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

it('acknowledges a command, a view submission and an event over Socket Mode, and acts on each', async () => {
  const port = await freePort();
  const tandem = await startTandem({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: `file:${join(directory, 'tandem.db')}`,
  });
  try {
    expect(tandem.output()).toContain(
      `Tandem is running in Socket Mode; /healthz and /readyz on port ${port}`,
    );
    expect(fake.lastCall('apps.connections.open')?.token).toBe(APP_TOKEN);
    const context = payloadContext(fake);

    // A quick command: acknowledged empty, answered at its response_url.
    const lead = commandPayload(context, { command: '/lead', text: 'Acme Corp source:seo' });
    const leadAck = await socketMode.send('slash_commands', lead);
    expect(leadAck.payload ?? {}).toEqual({});
    const answer = await fake.waitFor('response_url', (call) => call.url === lead.response_url);
    expect(answer.allText()).toContain('Added `L-1`');

    // A form: the command opens it, a wrong submission is answered in its ack with the field's error.
    const spend = commandPayload(context, { command: '/spend', text: '' });
    await socketMode.send('slash_commands', spend);
    const opened = await fake.waitFor('views.open', (call) => call.body.trigger_id === spend.trigger_id);
    expect(opened.json<{ callback_id: string }>('view')?.callback_id).toBe(CallbackIds.spendModal);
    const values = {
      [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'events' } },
      [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: '4500' },
      [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: 'PLN' },
      [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-10' } },
      [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-09' } },
    };
    const wrong = await socketMode.send('interactive', viewSubmissionPayload(context, opened, values));
    expect(wrong.payload).toEqual({
      response_action: 'errors',
      errors: { [SpendModalBlocks.lastDay]: '“2026-11-10..2026-11-09” ends before it starts' },
    });
    const saved = await socketMode.send(
      'interactive',
      viewSubmissionPayload(context, opened, {
        ...values,
        [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-12' } },
      }),
    );
    expect(saved.payload ?? {}).toEqual({});
    const confirmation = await fake.waitFor('chat.postEphemeral', (call) =>
      call.allText().includes('Recorded'),
    );
    expect(confirmation.allText()).toContain(
      'Recorded *PLN\u00a04,500* on *events* for 10 Nov 2026 – 12 Nov 2026',
    );

    // An event: acknowledged empty, then the home tab is published.
    const event = await socketMode.send('events_api', eventEnvelope(context, appHomeOpenedEvent(ALICE)));
    expect(event.payload ?? {}).toEqual({});
    const home = await fake.waitFor('views.publish', (call) => call.body.user_id === ALICE);
    expect(home.json<{ type: string }>('view')?.type).toBe('home');

    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
  } finally {
    expect(await stopTandem(tandem.child)).toBe(0);
  }
});
