import type { Authorize, AuthorizeResult, Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';

type BotIdentity = { botId: string; botUserId: string };

/**
 * Authorization for a single workspace (SLACK_BOT_TOKEN): asks auth.test who the bot is once and
 * remembers the answer. Bolt's own variant either calls auth.test while the app is constructed
 * (an unreachable Slack at boot then crashes the process) or, deferred, before every request,
 * which costs a Slack round trip on each command. When auth.test fails the request still goes
 * through with the token alone (Bolt would drop it unanswered, losing what the user typed);
 * the bot's ids only serve to ignore its own messages, and the next request asks again.
 */
export function singleWorkspaceAuthorize(
  client: WebClient,
  botToken: string,
  logger: Logger,
): Authorize<boolean> {
  let identity: Promise<BotIdentity> | undefined;
  const whoAmI = (): Promise<BotIdentity> =>
    client.auth.test({ token: botToken }).then((answer) => ({
      botId: answer.bot_id ?? '',
      botUserId: answer.user_id ?? '',
    }));
  return async ({ isEnterpriseInstall }): Promise<AuthorizeResult> => {
    identity ??= whoAmI();
    try {
      return { isEnterpriseInstall, botToken, ...(await identity) };
    } catch (error) {
      identity = undefined;
      logger.warn('auth.test failed; answering with the bot token alone and asking again next time', error);
      return { isEnterpriseInstall, botToken };
    }
  };
}
