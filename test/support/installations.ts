import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import type { OAuthConfig } from '../../src/oauthConfig';
import { BOT_SCOPES } from '../../src/slack/oauth';
import { createTokenKeyring } from '../../src/security/tokenCipher';
import { APP_ID, BOT_ID, BOT_USER_ID } from './fixtures';

/** A random TOKEN_ENCRYPTION_KEY value. */
export const newTokenKey = (): string => randomBytes(32).toString('base64');

/** OAuth settings for a test app; `keys` are base64 keys, the first one current. */
export function testOAuthConfig(keys: string[] = [newTokenKey()]): OAuthConfig {
  const [current = newTokenKey(), ...previous] = keys;
  return {
    clientId: '1111.2222',
    clientSecret: 'fake-client-secret-0123456789',
    stateSecret: 'fake-state-secret-0123456789abcdef0123',
    tokenKeys: createTokenKeyring(current, previous),
  };
}

/** The bot token a workspace gets when it installs Tandem in tests. */
export const botTokenOf = (teamId: string): string => `xoxb-${teamId}-installed-token`;

/** An installation as Bolt's installer builds it from oauth.v2.access for one workspace. */
export function workspaceInstallation(teamId: string, installerId = 'U0000ALICE'): Installation<'v2', false> {
  return {
    team: { id: teamId, name: `Workspace ${teamId}` },
    enterprise: undefined,
    user: { id: installerId, token: undefined, scopes: undefined },
    bot: {
      token: botTokenOf(teamId),
      scopes: ['commands', 'chat:write', 'chat:write.public'],
      id: BOT_ID,
      userId: BOT_USER_ID,
    },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    appId: APP_ID,
    authVersion: 'v2',
  };
}

/** Slack's oauth.v2.access answer for that installation (what the fake API must return). */
export function oauthV2AccessAnswer(teamId: string, installerId = 'U0000ALICE'): Record<string, unknown> {
  return {
    ok: true,
    app_id: APP_ID,
    authed_user: { id: installerId },
    // Slack grants the scopes the app asked for.
    scope: BOT_SCOPES.join(','),
    token_type: 'bot',
    access_token: botTokenOf(teamId),
    bot_user_id: BOT_USER_ID,
    team: { id: teamId, name: `Workspace ${teamId}` },
    enterprise: null,
    is_enterprise_install: false,
  };
}

export const STATE_COOKIE = 'slack-app-oauth-state';

/** What a browser sees at each step of installing Tandem. */
export type InstallFlow = {
  installPage: Response;
  installPageHtml: string;
  state: string;
  redirect: Response;
  redirectHtml: string;
};

/**
 * Installs Tandem in `teamId` as a browser does: opens /slack/install (which sets the state
 * cookie and links to Slack's authorize page), then comes back to /slack/oauth_redirect with
 * Slack's code, the state and the cookie. Slack's side is the fake's oauth.v2.access handler.
 */
export async function installThroughOAuth(
  baseUrl: string,
  options: { code?: string; state?: string; cookie?: string } = {},
): Promise<InstallFlow> {
  const installPage = await fetch(`${baseUrl}/slack/install`);
  const installPageHtml = await installPage.text();
  const cookie = installPage.headers.getSetCookie().find((each) => each.startsWith(`${STATE_COOKIE}=`)) ?? '';
  const state = /^[^=]+=([^;]*)/.exec(cookie)?.[1] ?? '';
  const query = new URLSearchParams({
    code: options.code ?? 'fake-oauth-code',
    state: options.state ?? state,
  });
  const redirect = await fetch(`${baseUrl}/slack/oauth_redirect?${query.toString()}`, {
    headers: { cookie: options.cookie ?? `${STATE_COOKIE}=${state}` },
    redirect: 'manual',
  });
  return { installPage, installPageHtml, state, redirect, redirectHtml: await redirect.text() };
}
