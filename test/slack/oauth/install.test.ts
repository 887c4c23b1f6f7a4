import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BOT_SCOPES } from '../../../src/slack/oauth';
import { TEAM_A, TEAM_B } from '../../support/fixtures';
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

beforeEach(async () => {
  t = await startTestApp({ config: { slackBotToken: undefined, oauth } });
  t.fake.setHandler('oauth.v2.access', ({ body }) =>
    body.client_id === oauth.clientId &&
    body.client_secret === oauth.clientSecret &&
    body.code === 'fake-oauth-code'
      ? oauthV2AccessAnswer(TEAM_A.id)
      : { ok: false, error: 'invalid_code' },
  );
});

afterEach(async () => {
  await t.close();
});

describe('installing Tandem in a workspace (OAuth)', () => {
  it("shows Add to Slack with Tandem's scopes and a state bound to the browser by a cookie", async () => {
    const { installPage, installPageHtml, state } = await installThroughOAuth(t.baseUrl);
    expect(installPage.status).toBe(200);
    expect(state).not.toBe('');
    const authorizeUrl = new URL(/href="(https:\/\/slack\.com\/[^"]+)"/.exec(installPageHtml)?.[1] ?? '');
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizeUrl.searchParams.get('client_id')).toBe(oauth.clientId);
    expect(authorizeUrl.searchParams.get('scope')).toBe(BOT_SCOPES.join(','));
    expect(authorizeUrl.searchParams.get('state')).toBe(state);
    expect(installPage.headers.getSetCookie().join()).toMatch(
      new RegExp(`${STATE_COOKIE}=[^;]+;.*HttpOnly`, 'i'),
    );
  });

  it('exchanges the code, stores the token encrypted and answers that workspace with it', async () => {
    const { redirect, redirectHtml } = await installThroughOAuth(t.baseUrl);
    expect(redirect.status).toBe(200);
    expect(redirectHtml).toContain(`slack://app?team=${TEAM_A.id}`);

    const exchange = await t.fake.waitFor('oauth.v2.access');
    expect(exchange.body).toMatchObject({ code: 'fake-oauth-code', client_id: oauth.clientId });
    const row = await t.database.prisma.installation.findUniqueOrThrow({
      where: { installationKey: `team:${TEAM_A.id}` },
    });
    expect(row).toMatchObject({
      teamId: TEAM_A.id,
      installerUserId: 'U0000ALICE',
      botScopes: BOT_SCOPES.join(','),
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain('xoxb-');
    expect(t.logger.lines.map((line) => line.message)).toContain(
      `Tandem was installed in ${TEAM_A.id} by U0000ALICE`,
    );

    const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId: TEAM_A.id });
    expect(sent.status).toBe(200);
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    expect(opened.token).toBe(botTokenOf(TEAM_A.id));
  });

  it('serves nothing to a workspace that never installed Tandem', async () => {
    await installThroughOAuth(t.baseUrl);
    const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId: TEAM_B.id });
    expect(sent.status).toBe(200);
    // Authorization runs before the ack, so by now no listener has run and none will.
    expect(
      t.logger.lines.some((line) =>
        line.message.includes(`Tandem has no active installation for team:${TEAM_B.id}`),
      ),
    ).toBe(true);
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('refuses a redirect whose state does not match the browser cookie, and stores nothing', async () => {
    const { redirect, redirectHtml } = await installThroughOAuth(t.baseUrl, {
      cookie: `${STATE_COOKIE}=someone-else`,
    });
    expect(redirect.status).toBe(400);
    expect(redirectHtml).toContain('slack_oauth_invalid_state');
    expect(t.fake.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await t.database.prisma.installation.count()).toBe(0);
  });

  it('shows the failure and stores nothing when Slack refuses the code', async () => {
    const { redirect } = await installThroughOAuth(t.baseUrl, { code: 'expired-code' });
    expect(redirect.status).toBe(500);
    expect((await t.fake.waitFor('oauth.v2.access')).response.body).toMatchObject({
      ok: false,
      error: 'invalid_code',
    });
    expect(await t.database.prisma.installation.count()).toBe(0);
  });

  it('asks for exactly the bot scopes manifest.yml declares', () => {
    const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as {
      oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
    };
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.oauth_config.redirect_urls).toEqual([expect.stringMatching(/\/slack\/oauth_redirect$/)]);
  });
});
