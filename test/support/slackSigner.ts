import { createHmac } from 'node:crypto';

/** The two headers Slack adds to every request it sends an app. */
export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

export interface SignOptions {
  signingSecret: string;
  /** Unix seconds to sign with; defaults to now. */
  timestampSec?: number;
  /** Sign with a timestamp older than the 5 minutes Bolt tolerates (replay protection). */
  stale?: boolean;
  /** Sign with a different secret, as a forger would. */
  wrongSecret?: boolean;
}

/** How far in the past a stale request is dated: past Bolt's 5-minute window with room to spare. */
export const STALE_REQUEST_AGE_SEC = 10 * 60;

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`, exactly as Slack computes it. */
export function computeSlackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return `v0=${digest}`;
}

/** Signature headers for `rawBody`, which must be the exact bytes that will be sent. */
export function signSlackRequest(rawBody: string, options: SignOptions): SlackSignatureHeaders {
  const now = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const timestampSec = options.stale ? now - STALE_REQUEST_AGE_SEC : now;
  const secret = options.wrongSecret ? `${options.signingSecret}-but-wrong` : options.signingSecret;
  return {
    'x-slack-signature': computeSlackSignature(secret, timestampSec, rawBody),
    'x-slack-request-timestamp': String(timestampSec),
  };
}
