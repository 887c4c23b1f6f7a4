import { TEAM_A } from '../../support/fixtures';
import {
  botTokenOf,
  installThroughOAuth,
  oauthV2AccessAnswer,
  STATE_COOKIE,
  testOAuthConfig,
} from '../../support/installations';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
const oauth = testOAuthConfig();
/** Bolt's state store: a state older than this is refused. */
const STATE_LIFETIME_MS = 600_000;

beforeEach(async () => {
  t = await startTestApp({ config: { slackBotToken: undefined, oauth } });
  t.fake.setHandler('oauth.v2.access', () => oauthV2AccessAnswer(TEAM_A.id));
});

afterEach(async () => {
  jest.useRealTimers();
  await t.close();
});

/** Only Date is faked: the state store reads the time with `new Date()`; timers keep running. */
function fakeDateOnly(): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

async function openedInstallPage(): Promise<string> {
  const page = await fetch(`${t.baseUrl}/slack/install`);
  await page.text();
  const cookie = page.headers.getSetCookie().find((each) => each.startsWith(`${STATE_COOKIE}=`)) ?? '';
  return /^[^=]+=([^;]*)/.exec(cookie)?.[1] ?? '';
}

async function cameBack(state: string): Promise<{ status: number; html: string }> {
  const query = new URLSearchParams({ code: 'fake-oauth-code', state });
  const redirect = await fetch(`${t.baseUrl}/slack/oauth_redirect?${query.toString()}`, {
    headers: { cookie: `${STATE_COOKIE}=${state}` },
    redirect: 'manual',
  });
  return { status: redirect.status, html: await redirect.text() };
}

describe('the OAuth state', () => {
  it('is refused once it is older than 10 minutes, and a fresh install page works again', async () => {
    fakeDateOnly();
    const state = await openedInstallPage();
    jest.setSystemTime(Date.now() + STATE_LIFETIME_MS + 1000);
    const late = await cameBack(state);
    expect(late.status).toBe(400);
    expect(late.html).toContain('slack_oauth_invalid_state');
    expect(t.fake.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await t.database.prisma.installation.count()).toBe(0);

    const again = await cameBack(await openedInstallPage());
    expect(again.status).toBe(200);
    expect(await t.database.prisma.installation.count()).toBe(1);
  });

  it('is accepted just inside its 10 minutes', async () => {
    fakeDateOnly();
    const state = await openedInstallPage();
    jest.setSystemTime(Date.now() + STATE_LIFETIME_MS - 5000);
    expect((await cameBack(state)).status).toBe(200);
  });
});

describe('reinstalling through the browser', () => {
  it('replaces the installation: one row, the new token and installer, used from then on', async () => {
    await installThroughOAuth(t.baseUrl);
    const reinstalledToken = `${botTokenOf(TEAM_A.id)}-2`;
    t.fake.setHandler('oauth.v2.access', () => ({
      ...oauthV2AccessAnswer(TEAM_A.id, 'U0000BOB'),
      access_token: reinstalledToken,
    }));
    const { redirect } = await installThroughOAuth(t.baseUrl);
    expect(redirect.status).toBe(200);

    const rows = await t.database.prisma.installation.findMany();
    expect(rows.map((row) => [row.installationKey, row.installerUserId, row.revokedAt])).toEqual([
      [`team:${TEAM_A.id}`, 'U0000BOB', null],
    ]);
    const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId: TEAM_A.id });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    expect(opened.token).toBe(reinstalledToken);
  });

  it('after an uninstall: the revoked installation comes back to life', async () => {
    await installThroughOAuth(t.baseUrl);
    await t.slack.sendEvent({ type: 'app_uninstalled' }, { teamId: TEAM_A.id });
    await t.settled();
    expect((await t.database.prisma.installation.findFirstOrThrow()).revokedAt).not.toBeNull();

    expect((await installThroughOAuth(t.baseUrl)).redirect.status).toBe(200);
    expect((await t.database.prisma.installation.findFirstOrThrow()).revokedAt).toBeNull();
    const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId: TEAM_A.id });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    expect(opened.token).toBe(botTokenOf(TEAM_A.id));
  });
});
