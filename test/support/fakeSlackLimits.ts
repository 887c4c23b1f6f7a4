/** `requests` per `perMs` on average, with up to `burst` at once (default `requests`). */
export type FakeRateLimit = { requests: number; perMs: number; burst?: number };

/** Slack's limits as the fake enforces them in limits mode. */
export type FakeSlackLimits = {
  /** chat.postMessage per workspace and channel (Slack: about 1 per second, short bursts allowed). */
  postMessagePerChannel: FakeRateLimit;
  /** Other methods per workspace, by tier (e.g. chat.getPermalink: 100 per minute). */
  methodsPerWorkspace?: Record<string, FakeRateLimit>;
};

/** A request the fake answered 429 because it was past a limit. */
export type RateLimitRefusal = {
  method: string;
  /** What the limit counts: `token channel` for chat.postMessage, `token method` otherwise. */
  key: string;
  at: number;
  retryAfterMs: number;
  /** It came before the Retry-After of the previous refusal on the same key had passed. */
  beforeRetryAfter: boolean;
};

type Bucket = { tokens: number; updatedAt: number; retryAllowedAt: number };

/**
 * Token buckets per workspace (the request's token: each installation has its own) and channel,
 * as Slack meters them. A refused request takes no token; its answer says when to come back.
 */
export class FakeRateLimiter {
  readonly refusals: RateLimitRefusal[] = [];
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limits: FakeSlackLimits) {}

  /** Forgets refusals and refills every bucket. */
  reset(): void {
    this.refusals.splice(0);
    this.buckets.clear();
  }

  /** Seconds the caller must wait (Retry-After) when past the limit, else undefined (the request is taken). */
  admit(
    method: string,
    token: string | undefined,
    body: Record<string, unknown>,
    at: number,
  ): number | undefined {
    const isPost = method === 'chat.postMessage';
    const limit = isPost ? this.limits.postMessagePerChannel : this.limits.methodsPerWorkspace?.[method];
    if (!limit) return undefined;
    const key = `${token ?? 'no-token'} ${isPost ? String(body.channel) : method}`;
    const burst = limit.burst ?? limit.requests;
    const refillPerMs = limit.requests / limit.perMs;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: at, retryAllowedAt: 0 };
    bucket.tokens = Math.min(burst, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = at;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
    this.refusals.push({
      method,
      key,
      at,
      retryAfterMs: retryAfterSeconds * 1000,
      beforeRetryAfter: at < bucket.retryAllowedAt,
    });
    bucket.retryAllowedAt = at + retryAfterSeconds * 1000;
    return retryAfterSeconds;
  }
}
