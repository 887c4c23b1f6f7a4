import { App, type Logger, LogLevel, type ViewOutput, webApi } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import {
  ALICE,
  BOB,
  BOT_TOKEN,
  MARKETING,
  SALES,
  SIGNING_SECRET,
  appMentionEvent,
  buttonAction,
} from '../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../support/slackRequests';

// Proves the requester speaks exactly what Bolt's HTTPReceiver parses, by driving a real Bolt app end to end.

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

const leadModal = (channelId: string) => ({
  type: 'modal' as const,
  callback_id: 'lead_modal',
  private_metadata: channelId,
  title: { type: 'plain_text' as const, text: 'New lead' },
  submit: { type: 'plain_text' as const, text: 'Save' },
  blocks: [
    {
      type: 'input',
      block_id: 'name',
      label: { type: 'plain_text', text: 'Name' },
      element: { type: 'plain_text_input', action_id: 'value' },
    },
    {
      type: 'input',
      block_id: 'owner',
      label: { type: 'plain_text', text: 'Owner' },
      element: { type: 'users_select', action_id: 'value' },
    },
    {
      type: 'input',
      block_id: 'due',
      label: { type: 'plain_text', text: 'Due' },
      element: { type: 'datepicker', action_id: 'value' },
    },
    {
      type: 'input',
      block_id: 'stage',
      label: { type: 'plain_text', text: 'Stage' },
      element: { type: 'external_select', action_id: 'stage' },
    },
    {
      type: 'input',
      block_id: 'source',
      label: { type: 'plain_text', text: 'Source' },
      element: {
        type: 'static_select',
        action_id: 'value',
        options: [{ text: { type: 'plain_text', text: 'Trade fair' }, value: 'fair' }],
      },
    },
  ],
});

let fake: FakeSlackApi;
let app: App;
let slack: SlackRequester;
const seen: { submittedView?: ViewOutput; closedViewId?: string; retryNum?: number; retryReason?: string } =
  {};

beforeAll(async () => {
  fake = await startFakeSlackApi();
  app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    logger: quiet,
    clientOptions: { slackApiUrl: fake.url, retryConfig: webApi.retryPolicies.rapidRetryPolicy },
  });
  app.command('/lead', async ({ ack, command, client, respond }) => {
    await ack();
    await client.views.open({ trigger_id: command.trigger_id, view: leadModal(command.channel_id) });
    await respond({ response_type: 'ephemeral', text: `Creating lead ${command.text}` });
  });
  app.view('lead_modal', async ({ ack, view, client }) => {
    await ack();
    seen.submittedView = view;
    const name = view.state.values.name?.value?.value ?? '';
    const blocks = [
      {
        type: 'actions',
        block_id: 'review',
        elements: [{ type: 'button', action_id: 'approve', text: { type: 'plain_text', text: 'Approve' } }],
      },
    ];
    await client.chat.postMessage({ channel: view.private_metadata, text: `New lead ${name}`, blocks });
  });
  app.action('approve', async ({ ack, respond, body }) => {
    await ack();
    await respond({ replace_original: true, text: `Approved by <@${body.user.id}>` });
  });
  app.action('refresh', async ({ ack, body, client }) => {
    await ack();
    if (body.type === 'block_actions' && body.view) {
      await client.views.update({ view_id: body.view.id, hash: body.view.hash, view: leadModal(SALES) });
    }
  });
  app.view({ callback_id: 'lead_modal', type: 'view_closed' }, async ({ ack, view }) => {
    seen.closedViewId = view.id;
    await ack();
  });
  app.options('stage', async ({ ack, options }) => {
    const stages = ['Qualified', 'Proposal', 'Won'].filter((stage) =>
      stage.toLowerCase().startsWith(options.value.toLowerCase()),
    );
    await ack({
      options: stages.map((stage) => ({
        text: { type: 'plain_text', text: stage },
        value: stage.toLowerCase(),
      })),
    });
  });
  app.shortcut('log_as_lead', async ({ ack, respond, shortcut }) => {
    await ack();
    if (shortcut.type === 'message_action') await respond({ text: `Logged ${shortcut.message.text ?? ''}` });
  });
  app.event('app_mention', async ({ event, client, context }) => {
    seen.retryNum = context.retryNum;
    seen.retryReason = context.retryReason;
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.ts,
      text: `Hi <@${event.user ?? ''}>`,
    });
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  slack = createSlackRequester({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake,
  });
});

afterEach(() => fake.clearCalls());
afterAll(async () => {
  await app.stop();
  await fake.close();
});

describe('requests that Bolt accepts', () => {
  it('delivers a slash command with its trigger_id and response_url', async () => {
    const res = await slack.sendCommand({ command: '/lead', text: 'Acme Corp & Co', channelId: MARKETING });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');

    const opened = await fake.waitFor('views.open');
    expect(opened.body.trigger_id).toBe(res.sent.trigger_id);
    expect(opened.json('view')).toMatchObject({ private_metadata: MARKETING });
    const reply = await fake.waitFor('response_url', (call) => call.url === res.sent.response_url);
    expect(reply.body).toEqual({ response_type: 'ephemeral', text: 'Creating lead Acme Corp & Co' });
  });

  it('submits the opened modal with typed state values, then acts on the posted message', async () => {
    await slack.sendCommand({ command: '/lead', text: 'Acme' });
    const opened = await fake.waitFor('views.open');
    const submitted = await slack.submitView(opened, {
      name: { value: 'Acme' },
      owner: { value: { user: BOB } },
      due: { value: { date: '2024-05-31' } },
      stage: { stage: { selected: 'qualified' } },
      source: { value: { selected: 'fair' } },
    });
    expect(submitted.status).toBe(200);

    const posted = await fake.waitFor('chat.postMessage', (call) => call.body.text === 'New lead Acme');
    expect(posted.body.channel).toBe(SALES);
    expect(seen.submittedView?.id).toBe((opened.response.body.view as { id: string }).id);
    expect(seen.submittedView?.state.values).toEqual({
      name: { value: { type: 'plain_text_input', value: 'Acme' } },
      owner: { value: { type: 'users_select', selected_user: BOB } },
      due: { value: { type: 'datepicker', selected_date: '2024-05-31' } },
      stage: {
        stage: {
          type: 'external_select',
          selected_option: {
            text: { type: 'plain_text', text: 'qualified', emoji: true },
            value: 'qualified',
          },
        },
      },
      source: {
        value: {
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: 'Trade fair', emoji: true }, value: 'fair' },
        },
      },
    });

    const clicked = await slack.sendBlockActions({
      actions: buttonAction('approve', { blockId: 'review' }),
      message: posted,
      userId: BOB,
    });
    expect(clicked.status).toBe(200);
    expect(clicked.sent.container).toMatchObject({
      type: 'message',
      channel_id: SALES,
      message_ts: posted.response.body.ts,
    });
    const replaced = await fake.waitFor('response_url', (call) => call.url === clicked.sent.response_url);
    expect(replaced.body).toEqual({ replace_original: true, text: `Approved by <@${BOB}>` });
  });

  it('delivers actions inside an open modal without a response_url, then its close', async () => {
    await slack.sendCommand({ command: '/lead', text: 'Draft' });
    const opened = await fake.waitFor('views.open');
    const openedView = opened.response.body.view as { id: string; hash: string };
    const clicked = await slack.sendBlockActions({
      actions: buttonAction('refresh'),
      view: opened,
      values: { name: { value: 'Draft' } },
    });
    expect(clicked.sent).toMatchObject({ container: { type: 'view', view_id: openedView.id } });
    expect(clicked.sent.response_url).toBeUndefined();
    expect(clicked.sent.view?.state.values.name?.value).toEqual({ type: 'plain_text_input', value: 'Draft' });

    const updated = await fake.waitFor('views.update');
    expect(updated.body).toMatchObject({ view_id: openedView.id, hash: openedView.hash });
    expect(updated.response.body.ok).toBe(true);

    await expect(slack.closeView(opened)).resolves.toMatchObject({ status: 200 });
    expect(seen.closedViewId).toBe(openedView.id);
  });

  it('answers external_select option requests in the HTTP response', async () => {
    const res = await slack.sendBlockSuggestion({
      actionId: 'stage',
      blockId: 'stage',
      value: 'pro',
      view: leadModal(SALES),
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Proposal' }, value: 'proposal' }],
    });
  });

  it('delivers message shortcuts', async () => {
    const res = await slack.sendMessageShortcut({
      callbackId: 'log_as_lead',
      message: { ts: '1700000000.000900', text: 'Call Acme', user: ALICE },
    });
    expect(res.status).toBe(200);
    const reply = await fake.waitFor('response_url', (call) => call.url === res.sent.response_url);
    expect(reply.body).toEqual({ text: 'Logged Call Acme' });
  });

  it('delivers events, including retries with their headers', async () => {
    const mention = appMentionEvent({ text: `<@${fake.identity.botUserId}> hello`, ts: '1700000001.000100' });
    const res = await slack.sendEvent(mention, { retryNum: 1 });
    expect(res.status).toBe(200);
    const reply = await fake.waitFor(
      'chat.postMessage',
      (call) => call.body.thread_ts === '1700000001.000100',
    );
    expect(reply.body.text).toBe(`Hi <@${ALICE}>`);
    expect(seen).toMatchObject({ retryNum: 1, retryReason: 'http_timeout' });
  });

  it('passes the ssl_check and url_verification handshakes', async () => {
    await expect(slack.sendSslCheck()).resolves.toMatchObject({ status: 200, body: '' });
    await expect(slack.sendUrlVerification('challenge-123')).resolves.toMatchObject({
      status: 200,
      body: { challenge: 'challenge-123' },
    });
  });
});

describe('requests that Bolt refuses', () => {
  it.each(['forged', 'stale', 'none'] as const)(
    'answers 401 to a %s signature and runs no listener',
    async (signing) => {
      const body = new URLSearchParams({
        command: '/lead',
        text: 'sneaky',
        trigger_id: fake.mintTriggerId(),
      }).toString();
      const res = await slack.post(
        body,
        { 'content-type': 'application/x-www-form-urlencoded' },
        { signing },
      );
      expect(res.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fake.callsTo('views.open')).toHaveLength(0);
    },
  );
});
