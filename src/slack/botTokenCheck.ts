import type { Logger } from '@slack/bolt';
import { ErrorCode, type WebClient } from '@slack/web-api';
import type { Clock } from '../clock';

/**
 * `valid`: auth.test accepted the bot token; `invalid`: Slack refused it (revoked, wrong, the app
 * uninstalled); `unknown`: Slack could not be asked; `per_workspace`: installed in many workspaces,
 * each with its own token, so there is no one token to check.
 */
export type SlackTokenStatus = 'valid' | 'invalid' | 'unknown' | 'per_workspace';

/** How long an answer from auth.test is trusted; probes come every few seconds. */
export const TOKEN_CHECK_TTL_MS = 60_000;
/** A readiness probe must answer quickly even when Slack does not. */
export const TOKEN_CHECK_TIMEOUT_MS = 2_000;

/** Slack's answers that mean the token itself is no good. */
const REFUSED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

/**
 * Checks the bot token with auth.test for `/readyz`, at most once per TOKEN_CHECK_TTL_MS (one
 * call at a time), and logs when Slack starts refusing it. `client` must not retry (the probe
 * waits for it).
 */
export function botTokenCheck(deps: {
  client: WebClient;
  token: string | undefined;
  clock: Clock;
  logger: Logger;
}): () => Promise<SlackTokenStatus> {
  const { token } = deps;
  if (token === undefined) return async () => 'per_workspace';
  let known: { status: SlackTokenStatus; at: number } | undefined;
  let asking: Promise<SlackTokenStatus> | undefined;
  const ask = async (): Promise<SlackTokenStatus> => {
    try {
      await deps.client.auth.test({ token });
      return 'valid';
    } catch (error) {
      const code = (error as { code?: string; data?: { error?: string } }).code;
      const answer = (error as { data?: { error?: string } }).data?.error;
      if (code === ErrorCode.PlatformError && answer && REFUSED.has(answer)) {
        if (known?.status !== 'invalid')
          deps.logger.error(`readiness: Slack refuses the bot token (${answer})`);
        return 'invalid';
      }
      return 'unknown';
    }
  };
  return async () => {
    const now = deps.clock.now().getTime();
    if (known && known.status !== 'unknown' && now - known.at < TOKEN_CHECK_TTL_MS) return known.status;
    asking ??= ask().then((status) => {
      known = { status, at: deps.clock.now().getTime() };
      asking = undefined;
      return status;
    });
    return asking;
  };
}
