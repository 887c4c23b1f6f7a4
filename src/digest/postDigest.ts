import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Translator } from '../i18n/translator';
import type { SlackMessage } from '../blockKit/message';
import { withoutImages } from './blocks/imageBlocks';

/** Runs a Web API call when the workspace's pacing lets `method` reach `channelId` (see slackPacing.ts). */
export type PaceCall = <T>(method: string, channelId: string, call: () => Promise<T>) => Promise<T>;

/** What Slack accepted: where the parent is, and what was left out to get it posted. */
export type PostedDigest = {
  channelId: string;
  ts: string;
  permalink: string | null;
  /** The parent as Slack accepted it (without images Slack could not download). */
  parent: SlackMessage;
  /** Replies as sent, in order. */
  replies: SlackMessage[];
  /** Things the facilitator should know, e.g. images left out or a reply that failed (in the digest's language). */
  notes: string[];
};

type SlackPlatformError = { data?: { error?: string; response_metadata?: { messages?: string[] } } };

function slackErrorCode(error: unknown): string | undefined {
  return (error as SlackPlatformError | undefined)?.data?.error;
}

export function describeSlackError(error: unknown): string {
  return slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/** The image blocks Slack named in an `invalid_blocks` answer ("… [json-pointer:/blocks/4/image_url]"). */
function failingBlockIndexes(error: unknown, blocks: SlackMessage['blocks']): Set<number> | undefined {
  const messages = (error as SlackPlatformError).data?.response_metadata?.messages ?? [];
  const indexes = new Set<number>();
  for (const message of messages) {
    const match = /json-pointer:\/blocks\/(\d+)/.exec(message);
    const index = match?.[1] === undefined ? undefined : Number(match[1]);
    if (index !== undefined && blocks[index]?.type === 'image') indexes.add(index);
  }
  return indexes.size > 0 ? indexes : undefined;
}

const hasImages = (message: SlackMessage) => message.blocks.some((block) => block.type === 'image');

/**
 * Posts the parent message, then its thread replies one by one in order, each call paced by `pace`
 * so Slack's limits are kept (WebClient still waits out a 429 should one come). When Slack refuses
 * the parent with `invalid_blocks` because it could not download a chart image, the parent is
 * re-posted without the failing images (all of them if Slack did not say which), so the digest is
 * never lost. `onParentPosted` runs as soon as the parent exists, before the replies, so the caller
 * can record it. Notes are written with `t`, the digest's own translator.
 */
export async function postDigest(
  client: WebClient,
  channelId: string,
  message: { parent: SlackMessage; replies: SlackMessage[]; t: Translator },
  hooks: { onParentPosted(ts: string, parent: SlackMessage): Promise<void>; logger: Logger; pace: PaceCall },
): Promise<PostedDigest> {
  const { t } = message;
  const notes: string[] = [];
  let parent = message.parent;
  let posted: { ts?: string | undefined; channel?: string | undefined } | undefined;
  for (let attempt = 0; posted === undefined; attempt += 1) {
    try {
      const sent = parent;
      posted = await hooks.pace('chat.postMessage', channelId, () =>
        client.chat.postMessage({ channel: channelId, ...sent, unfurl_links: false, unfurl_media: false }),
      );
    } catch (error) {
      if (slackErrorCode(error) !== 'invalid_blocks' || !hasImages(parent) || attempt >= 2) throw error;
      const failing = attempt === 0 ? failingBlockIndexes(error, parent.blocks) : undefined;
      hooks.logger.warn(
        `Slack refused the digest's images (${describeSlackError(error)}); posting it without them`,
      );
      parent = { text: parent.text, blocks: withoutImages(parent.blocks, t, failing) };
      notes.push(t.t('digest.post.imagesLeftOut'));
    }
  }
  const ts = posted.ts;
  if (!ts) throw new Error('Slack accepted the digest but returned no message ts');
  const postedChannel = posted.channel ?? channelId;
  await hooks.onParentPosted(ts, parent);
  for (const [index, reply] of message.replies.entries()) {
    try {
      await hooks.pace('chat.postMessage', postedChannel, () =>
        client.chat.postMessage({ channel: postedChannel, thread_ts: ts, ...reply, unfurl_links: false }),
      );
    } catch (error) {
      hooks.logger.error(`thread reply ${index + 1} of the digest failed`, error);
      notes.push(t.t('digest.post.replyFailed', { text: reply.text, error: describeSlackError(error) }));
    }
  }
  const permalink = await hooks
    .pace('chat.getPermalink', postedChannel, () =>
      client.chat.getPermalink({ channel: postedChannel, message_ts: ts }),
    )
    .then((answer) => answer.permalink ?? null)
    .catch(() => null);
  return { channelId: postedChannel, ts, permalink, parent, replies: message.replies, notes };
}
