import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import pRetry, { AbortError } from 'p-retry';
import type { SlackMessage } from '../blockKit/message';

/** Slack accepts posts to a command's response_url for 30 minutes; after that the author gets a DM. */
export const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;
/** Each post to a response_url may take this long before it counts as failed. */
export const REPLY_TIMEOUT_MS = 3000;
/** A failed post is tried again this many times (429 and 5xx), then the author gets a DM. */
export const REPLY_RETRIES = 2;

/** Whom a command's answer goes to, and where. */
export type ReplyTarget = { responseUrl: string; receivedAt: Date; userId: string };

/** How an answer reached its author: in the command's conversation, by DM, or not at all (logged). */
export type ReplyRoute = 'response_url' | 'dm' | 'lost';

export type ReplyDeps = {
  logger: Logger;
  now: () => Date;
  /** Shorter waits in tests; the defaults above otherwise. */
  timeoutMs?: number;
  retryMinTimeoutMs?: number;
};

async function postToResponseUrl(url: string, message: object, deps: ReplyDeps): Promise<void> {
  await pRetry(
    async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(deps.timeoutMs ?? REPLY_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.ok) return;
      const failure = new Error(`response_url answered ${response.status}`);
      // 404 / 410: the URL expired or was used up; trying again cannot help.
      if (response.status !== 429 && response.status < 500) throw new AbortError(failure);
      throw failure;
    },
    {
      retries: REPLY_RETRIES,
      minTimeout: deps.retryMinTimeoutMs ?? 250,
      maxTimeout: 1000,
      randomize: true,
    },
  );
}

/**
 * Answers a command's author privately: through the command's response_url while it lives (a few
 * seconds per try, `REPLY_RETRIES` more tries), else, or when that keeps failing, by DM from the
 * bot. Never throws: an answer that cannot be delivered is logged, and the work it reports on
 * stays done.
 */
export async function replyToAuthor(
  target: ReplyTarget,
  client: WebClient,
  message: SlackMessage & Record<string, unknown>,
  deps: ReplyDeps,
): Promise<ReplyRoute> {
  if (deps.now().getTime() - target.receivedAt.getTime() < RESPONSE_URL_LIFETIME_MS) {
    try {
      await postToResponseUrl(target.responseUrl, { response_type: 'ephemeral', ...message }, deps);
      return 'response_url';
    } catch (error) {
      deps.logger.warn(
        `could not answer user ${target.userId} through the response_url (${String(error)}); sending a DM`,
      );
    }
  }
  try {
    await client.chat.postMessage({ channel: target.userId, text: message.text, blocks: message.blocks });
    return 'dm';
  } catch (error) {
    deps.logger.error(`could not answer user ${target.userId} by DM either; the answer is lost`, error);
    return 'lost';
  }
}
