import type { IncomingMessage, ServerResponse } from 'node:http';
import { type App, HTTPModuleFunctions, type Logger } from '@slack/bolt';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;
type WithRequestListener = { requestListener?: RequestListener };

/** Bolt's default endpoint for commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Whether Bolt could read this body as a request: a JSON object, or a form whose `payload` field
 * (when present) is a JSON object. `payload=null` parses to null, and Bolt's receiver reads a
 * property of it in a promise nobody awaits: the rejection would end the process.
 */
export function isReadableSlackBody(rawBody: Buffer, contentType: string | undefined): boolean {
  const text = rawBody.toString();
  let parsed: unknown;
  try {
    if (contentType === FORM) {
      const payload = new URLSearchParams(text).get('payload');
      if (payload === null) return true;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(text);
    }
  } catch {
    // Bolt answers unparseable bodies 400 itself.
    return true;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

/** Slack's replay window: Bolt refuses requests signed longer ago than this; Tandem also those dated later. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/**
 * Whether a request claims to be signed more than the replay window in the future. Bolt checks
 * only the past, so a request signed with a future timestamp would stay replayable for as long.
 */
export function isDatedInTheFuture(timestampHeader: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(timestampHeader) ? timestampHeader[0] : timestampHeader);
  return Number.isFinite(seconds) && seconds > nowMs / 1000 + SIGNATURE_WINDOW_SECONDS;
}

/**
 * Puts checks in front of Bolt's HTTP receiver: a request dated more than 5 minutes ahead is
 * answered 401; the body is buffered (Bolt reuses the buffer), and a body Bolt cannot read as a
 * request is answered 400 before it reaches Bolt.
 * Socket Mode has no HTTP receiver; nothing changes there.
 */
export function refuseMalformedRequests(bolt: App, endpoint: string, logger: Logger): void {
  const receiver = (bolt as unknown as { receiver?: WithRequestListener }).receiver;
  const original = receiver?.requestListener;
  if (!receiver || !original) return;
  receiver.requestListener = (request, response) => {
    if (request.method !== 'POST' || !request.url?.startsWith(endpoint)) {
      original(request, response);
      return;
    }
    if (isDatedInTheFuture(request.headers['x-slack-request-timestamp'], Date.now())) {
      logger.warn('refused a Slack request dated more than 5 minutes in the future (401)');
      request.resume();
      HTTPModuleFunctions.buildNoBodyResponse(response, 401);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(request, HTTPModuleFunctions.defaultBodyLimit).then(
      (buffered) => {
        if (isReadableSlackBody(buffered.rawBody, request.headers['content-type'])) {
          original(buffered, response);
          return;
        }
        logger.warn('refused a Slack request whose body is not a JSON object (400)');
        HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      },
      (error: unknown) => {
        logger.warn(`could not read a Slack request's body: ${String(error)}`);
        HTTPModuleFunctions.buildNoBodyResponse(
          response,
          HTTPModuleFunctions.isRawBodyError(error) ? 413 : 400,
        );
      },
    );
  };
}
