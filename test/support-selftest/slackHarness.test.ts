import { type Logger, LogLevel, webApi } from '@slack/bolt';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi';
import { ALICE, BOT_TOKEN, BOT_USER_ID, SALES, TEAM_A } from '../support/fixtures';

const { WebClient, WebAPIHTTPError, WebAPIPlatformError } = webApi;

// Retries immediately, so scripted 429/500 answers do not cost the default backoff of seconds.
const fastRetries = { retries: 2, factor: 1, minTimeout: 0, maxTimeout: 0 };
// The scripted failures make WebClient log warnings and errors that are expected here.
const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

let fake: FakeSlackApi;
let client: InstanceType<typeof WebClient>;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  client = new WebClient(BOT_TOKEN, { slackApiUrl: fake.url, retryConfig: fastRetries, logger: quiet });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe('fake Slack Web API', () => {
  it('answers auth.test with the app identity and records the bearer token', async () => {
    const result = await client.auth.test();
    expect(result).toMatchObject({
      ok: true,
      team_id: TEAM_A.id,
      user_id: BOT_USER_ID,
      bot_id: fake.identity.botId,
    });
    expect(result.url).toBe('https://team-a.slack.com/');
    expect(fake.lastCall('auth.test')?.token).toBe(BOT_TOKEN);
  });

  it('records chat.postMessage with form fields kept as sent and a parsed blocks accessor', async () => {
    const blocks = [
      { type: 'section', block_id: 'intro', text: { type: 'mrkdwn', text: 'Pipeline *up* 12%' } },
    ];
    const first = await client.chat.postMessage({ channel: SALES, text: 'Weekly facts', blocks });
    const second = await client.chat.postMessage({ channel: SALES, text: 'again' });

    expect(first.ts).toBe('1700000000.000100');
    expect(second.ts).toBe('1700000000.000200');
    expect(first.message).toMatchObject({ text: 'Weekly facts', user: BOT_USER_ID, blocks });
    const call = fake.callsTo('chat.postMessage')[0];
    expect(call?.body.blocks).toBe(JSON.stringify(blocks));
    expect(call?.json('blocks')).toEqual(blocks);
    expect(call?.allText()).toContain('Pipeline *up* 12%');
    expect(call?.at).toBeLessThanOrEqual(Date.now());
  });

  it('rejects messages Slack would reject', async () => {
    await expect(
      client.chat.postMessage({ channel: SALES, text: 'x', blocks: [{ text: 'no type' } as never] }),
    ).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    await expect(client.chat.postMessage({ channel: '', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });

  it('opens, updates and publishes views with ids and hashes', async () => {
    const view = {
      type: 'modal' as const,
      callback_id: 'new_lead',
      title: { type: 'plain_text' as const, text: 'New lead' },
      blocks: [],
    };
    const opened = await client.views.open({ trigger_id: fake.mintTriggerId(), view });
    expect(opened.view).toMatchObject({
      callback_id: 'new_lead',
      title: { text: 'New lead' },
      type: 'modal',
    });
    expect(opened.view?.id).toMatch(/^V/);
    expect(opened.view?.hash).toEqual(expect.any(String));

    const viewId = opened.view?.id ?? '';
    const updated = await client.views.update({ view_id: viewId, hash: opened.view?.hash, view });
    expect(updated.view?.id).toBe(opened.view?.id);
    await expect(client.views.update({ view_id: viewId, hash: 'stale-hash', view })).rejects.toMatchObject({
      data: { error: 'hash_conflict' },
    });

    const home = await client.views.publish({ user_id: ALICE, view: { type: 'home', blocks: [] } });
    expect(home.view?.id).toBe(`VHOME${ALICE}`);
  });

  it('accepts only trigger_ids it minted, and only while fresh', async () => {
    const view = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'Too late' },
      blocks: [],
    };
    await expect(client.views.open({ trigger_id: '123.456.made-up', view })).rejects.toMatchObject({
      data: { error: 'invalid_trigger_id' },
    });
    const strict = await startFakeSlackApi({ triggerIdTtlMs: 0 });
    const strictClient = new WebClient(BOT_TOKEN, { slackApiUrl: strict.url, logger: quiet });
    const triggerId = strict.mintTriggerId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(strictClient.views.open({ trigger_id: triggerId, view })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    await strict.close();
  });

  it('rejects modal titles longer than Slack allows', async () => {
    const view = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'A title that is far too long' },
      blocks: [],
    };
    await expect(client.views.open({ trigger_id: fake.mintTriggerId(), view })).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: [expect.stringContaining('/view/title/text')] },
      },
    });
  });

  it('uploads files through files.uploadV2 and keeps the bytes', async () => {
    const result = await client.files.uploadV2({
      channel_id: SALES,
      filename: 'pipeline.csv',
      content: 'week,leads\n1,12\n',
      title: 'Pipeline',
    });
    expect(result.ok).toBe(true);
    expect(fake.files).toHaveLength(1);
    const [file] = fake.files;
    expect(file?.bytes?.toString()).toBe('week,leads\n1,12\n');
    expect(file).toMatchObject({
      filename: 'pipeline.csv',
      completed: true,
      channelId: SALES,
      title: 'Pipeline',
    });
    expect(fake.calls.map((call) => call.method)).toEqual([
      'files.getUploadURLExternal',
      'file_upload',
      'files.completeUploadExternal',
    ]);
  });

  it('answers users.info with Warsaw time and en-US unless configured', async () => {
    const alice = await client.users.info({ user: ALICE });
    expect(alice.user).toMatchObject({
      id: ALICE,
      name: 'alice',
      tz: 'Europe/Warsaw',
      locale: 'en-US',
      is_admin: false,
    });
    expect([3600, 7200]).toContain(alice.user?.tz_offset);

    fake.setUser(ALICE, { is_admin: true, tz: 'America/New_York', profile: { display_name: 'Al' } });
    const admin = await client.users.info({ user: ALICE });
    expect(admin.user).toMatchObject({
      is_admin: true,
      tz: 'America/New_York',
      profile: { display_name: 'Al', real_name: 'Alice' },
    });
    expect([-14400, -18000]).toContain(admin.user?.tz_offset);
  });

  it('answers conversations and permalinks like Slack', async () => {
    const dm = await client.conversations.open({ users: ALICE });
    expect(dm.channel?.id).toBe(`D${ALICE}`);
    const info = await client.conversations.info({ channel: SALES });
    expect(info.channel).toMatchObject({ id: SALES, name: 'sales', is_channel: true, is_member: true });
    const link = await client.chat.getPermalink({ channel: SALES, message_ts: '1700000000.000100' });
    expect(link.permalink).toBe(`https://fake.slack.test/archives/${SALES}/p1700000000000100`);
  });

  it('answers the other chat methods and refuses calls without a token', async () => {
    await expect(
      client.chat.update({ channel: SALES, ts: '1700000000.000100', text: 'edited' }),
    ).resolves.toMatchObject({
      ts: '1700000000.000100',
      message: { text: 'edited' },
    });
    await expect(client.chat.delete({ channel: SALES, ts: '1700000000.000100' })).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      client.chat.postEphemeral({ channel: SALES, user: ALICE, text: 'psst' }),
    ).resolves.toMatchObject({
      message_ts: expect.stringMatching(/^1700000000\.\d{6}$/),
    });
    const anonymous = new WebClient(undefined, { slackApiUrl: fake.url, logger: quiet });
    await expect(anonymous.auth.test()).rejects.toMatchObject({ data: { error: 'not_authed' } });
  });

  it('records requests to paths it does not serve, such as a slackApiUrl without /api/', async () => {
    const misconfigured = new WebClient(BOT_TOKEN, { slackApiUrl: fake.baseUrl, logger: quiet });
    await expect(misconfigured.auth.test()).rejects.toMatchObject({
      data: { error: expect.stringContaining('no route for POST /auth.test') },
    });
    expect(fake.lastCall('unrouted')?.url).toBe(`${fake.baseUrl}/auth.test`);
  });

  it('answers unknown methods with unknown_method and still records them', async () => {
    await expect(client.apiCall('reminders.add', { text: 'x' })).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
    expect(fake.lastCall('reminders.add')?.body).toEqual({ text: 'x' });
  });

  it('lets a test implement extra methods', async () => {
    fake.setHandler('conversations.members', () => ({
      ok: true,
      members: [ALICE],
      response_metadata: { next_cursor: '' },
    }));
    await expect(client.conversations.members({ channel: SALES })).resolves.toMatchObject({
      members: [ALICE],
    });
  });

  it('records posts to response URLs', async () => {
    const url = fake.responseUrl('cmd-1');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Done', response_type: 'ephemeral' }),
    });
    expect(response.status).toBe(200);
    const call = await fake.waitFor('response_url', (c) => c.url === url);
    expect(call.body).toEqual({ text: 'Done', response_type: 'ephemeral' });
  });
});

describe('scripted failures', () => {
  it('has WebClient retry a 429 with Retry-After: 0', async () => {
    fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '0' } });
    const result = await client.chat.postMessage({ channel: SALES, text: 'after the limit' });
    expect(result.ok).toBe(true);
    expect(fake.callsTo('chat.postMessage').map((call) => call.response.status)).toEqual([429, 200]);
  });

  it('surfaces an HTTP 500 when the client does not retry', async () => {
    const noRetry = new WebClient(BOT_TOKEN, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      logger: quiet,
    });
    fake.failNext('chat.postMessage', { status: 500 });
    const failure = noRetry.chat.postMessage({ channel: SALES, text: 'boom' });
    await expect(failure).rejects.toBeInstanceOf(WebAPIHTTPError);
    await expect(failure).rejects.toMatchObject({ statusCode: 500 });
  });

  it('scripts platform errors and consumes them one call at a time', async () => {
    fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_blocks' } }, 2);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(client.chat.postMessage({ channel: SALES, text: 'x' })).rejects.toBeInstanceOf(
        WebAPIPlatformError,
      );
    }
    await expect(client.chat.postMessage({ channel: SALES, text: 'x' })).resolves.toMatchObject({ ok: true });
  });
});

describe('waitFor', () => {
  it('resolves with a call made after it started waiting', async () => {
    const waiting = fake.waitFor('chat.postMessage', (call) => call.body.text === 'second');
    await client.chat.postMessage({ channel: SALES, text: 'first' });
    await client.chat.postMessage({ channel: SALES, text: 'second' });
    await expect(waiting).resolves.toMatchObject({ body: { text: 'second' } });
    await expect(fake.waitForCalls('chat.postMessage', 2)).resolves.toHaveLength(2);
  });

  it('names the calls it did see when it times out', async () => {
    await client.auth.test();
    await client.chat.postMessage({ channel: SALES, text: 'not this one' });
    await expect(
      fake.waitFor('chat.postMessage', (call) => call.body.text === 'missing', 50),
    ).rejects.toThrow(
      /Timed out after 50ms waiting for a chat\.postMessage call matching the predicate\.\nRecorded calls: auth\.test → 200 ok, chat\.postMessage → 200 ok[\s\S]*not this one/,
    );
  });
});
