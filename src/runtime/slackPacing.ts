import PQueue from 'p-queue';

/** At most `requests` calls per `perMs` milliseconds. */
export type RateLimit = { requests: number; perMs: number };

/** The Slack limits Tandem paces itself by (https://api.slack.com/apis/rate-limits). */
export type SlackRateLimits = {
  /** chat.postMessage, per channel: about one message per second (short bursts are tolerated, not relied on). */
  postMessagePerChannel: RateLimit;
  /** Other Web API methods, per method and workspace, by their tier. */
  methodsPerWorkspace: Readonly<Record<string, RateLimit>>;
};

const MINUTE_MS = 60_000;

/** Slack's documented limits for the methods digests and reminders call. */
export const SLACK_RATE_LIMITS: SlackRateLimits = {
  postMessagePerChannel: { requests: 1, perMs: 1_000 },
  methodsPerWorkspace: {
    'chat.getPermalink': { requests: 100, perMs: MINUTE_MS }, // Tier 4
    'chat.update': { requests: 50, perMs: MINUTE_MS }, // Tier 3
  },
};

/**
 * Spaces Web API calls so Tandem stays inside Slack's limits instead of leaning on 429 retries:
 * a thousand digests due in the same minute go out as fast as each channel and workspace allows.
 */
export type SlackPacer = {
  /**
   * Runs `call` once `method` may be called again: chat.postMessage per workspace and channel,
   * methods with a tier per workspace; other methods at once.
   */
  paced<T>(
    target: { workspace: string; method: string; channelId: string },
    call: () => Promise<T>,
  ): Promise<T>;
};

/**
 * Calls are spread evenly (one per `perMs / requests`) rather than in windows of `requests`, so
 * no stretch of time ever sees more than the limit plus one, whatever Slack's window looks like.
 * One queue per channel and per workspace method; each is a few hundred bytes and stays for the
 * life of the process, which keeps the spacing across digests.
 */
export function createSlackPacer(limits: SlackRateLimits = SLACK_RATE_LIMITS): SlackPacer {
  const queues = new Map<string, PQueue>();
  const queueFor = (key: string, limit: RateLimit): PQueue => {
    let queue = queues.get(key);
    if (!queue) {
      queue = new PQueue({ intervalCap: 1, interval: Math.max(1, Math.ceil(limit.perMs / limit.requests)) });
      queues.set(key, queue);
    }
    return queue;
  };
  return {
    paced({ workspace, method, channelId }, call) {
      const limit =
        method === 'chat.postMessage' ? limits.postMessagePerChannel : limits.methodsPerWorkspace[method];
      if (!limit) return call();
      const key = method === 'chat.postMessage' ? `${workspace} ${channelId}` : `${workspace} ${method}`;
      return queueFor(key, limit).add(call);
    },
  };
}
