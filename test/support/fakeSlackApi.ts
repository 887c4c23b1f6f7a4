import express, { type Request, type Response } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtInHandlers } from './fakeSlackMethods';
import {
  DEFAULT_IDENTITY,
  FakeSlackState,
  TRIGGER_ID_TTL_MS,
  type FakeSlackIdentity,
  type FakeUploadedFile,
  type MethodHandler,
  type SharedFileFields,
  type SlackUserFields,
} from './fakeSlackState';
import { CallLog } from './callLog';
import { validateMessageBlocks } from './slackValidation';
import { createRecordedCall, type RecordedCall } from './recordedCall';
import { FakeRateLimiter, type FakeSlackLimits, type RateLimitRefusal } from './fakeSlackLimits';

export type { RecordedCall } from './recordedCall';
export type { FakeRateLimit, FakeSlackLimits, RateLimitRefusal } from './fakeSlackLimits';
export type {
  FakeSlackIdentity,
  FakeUploadedFile,
  MethodHandler,
  MethodRequest,
  SharedFileFields,
  SlackUserFields,
} from './fakeSlackState';

/** A scripted answer for `failNext`: e.g. `{ status: 429, headers: { 'Retry-After': '0' } }`. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: object;
}

export interface FakeSlackApiOptions {
  /** Overrides for what auth.test reports (team, bot user, bot id, app id). */
  identity?: Partial<FakeSlackIdentity>;
  /** How long a minted trigger_id stays valid for views.open/push; Slack's is 3 seconds. */
  triggerIdTtlMs?: number;
  /** Limits mode (off by default): past these, answers 429 with Retry-After, as Slack does. */
  limits?: FakeSlackLimits;
}

export interface FakeSlackApi {
  /** Pass as `clientOptions.slackApiUrl`: `http://127.0.0.1:PORT/api/`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`, the root that response and upload URLs live under. */
  readonly baseUrl: string;
  readonly identity: FakeSlackIdentity;
  /** Every request, in arrival order, including failed and unknown ones. */
  readonly calls: readonly RecordedCall[];
  /**
   * Calls the fake refused because Slack would (invalid blocks, views, options or arguments), not
   * because a test scripted it; kept across `clearCalls()` and `reset()`. `startTestApp` fails a
   * test whose app sent any.
   */
  readonly refusals: readonly RecordedCall[];
  /** Files announced through files.getUploadURLExternal, with their uploaded bytes. */
  readonly files: readonly FakeUploadedFile[];
  /** In limits mode, every request answered 429 for being past a limit, in arrival order. */
  readonly rateLimitRefusals: readonly RateLimitRefusal[];
  callsTo(method: string): RecordedCall[];
  lastCall(method: string): RecordedCall | undefined;
  /** Resolves with the first call (already recorded or future) to `method` that matches. */
  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** Resolves with the first `count` calls to `method` once that many have arrived. */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /**
   * Answers the next `times` calls to `method` (or `response_url` / `file_upload`) with `response`;
   * with `when`, only calls whose body it accepts (e.g. thread replies: `(body) => 'thread_ts' in body`).
   */
  failNext(
    method: string,
    response: ScriptedResponse,
    times?: number,
    when?: (body: Record<string, unknown>) => boolean,
  ): void;
  /**
   * Holds the next call to `method` (or `response_url`) until `release()`: it is received
   * (`arrived` resolves) but not answered, as a slow Slack would. Then it is answered as usual.
   */
  holdNext(method: string): { arrived: Promise<void>; release(): void };
  setUser(userId: string, fields: SlackUserFields): void;
  /**
   * A file a user uploaded (a form's file_input, or sent to the app in a DM): files.info describes it
   * and its url_private serves the bytes to a request with the app's token (recorded as
   * `file_download`; without a token Slack serves its sign-in page, as the fake does).
   */
  shareFile(fields: SharedFileFields): Record<string, unknown>;
  setChannel(channelId: string, fields: Record<string, unknown>): void;
  /** Implements or replaces a method; the handler returns the JSON body (include `ok`). */
  setHandler(method: string, handler: MethodHandler): void;
  /** A response_url on this fake; posts to it are recorded as method `response_url`. */
  responseUrl(id?: string): string;
  /** A trigger_id that views.open/push accept for `triggerIdTtlMs`. */
  mintTriggerId(): string;
  /** Forgets recorded calls only. */
  clearCalls(): void;
  /** Forgets calls, scripted failures, users, channels, handlers, views, files and rate-limit refusals. */
  reset(): void;
  close(): Promise<void>;
}

/** Methods Slack authenticates by client id and secret in the body instead of a token. */
const CLIENT_CREDENTIAL_METHODS = new Set(['oauth.v2.access', 'oauth.access']);

/** Errors with which Slack refuses what an app sent, as opposed to failing itself. */
const REFUSAL_ERRORS = new Set(['invalid_blocks', 'invalid_blocks_format', 'invalid_arguments']);

function defaultFailureBody(status: number): object {
  return { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' };
}

function tokenOf(req: Request, body: Record<string, unknown>): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? (typeof body.token === 'string' ? body.token : undefined);
}

/** The uploaded file's bytes: the first file part of a multipart body, else the raw body. */
async function readUpload(req: Request): Promise<{ bytes: Buffer; contentType: string | undefined }> {
  const contentType = req.headers['content-type'] ?? 'application/octet-stream';
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (!contentType.startsWith('multipart/form-data')) return { bytes: raw, contentType };
  const form = await new Request('http://fake.upload/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') {
      return { bytes: Buffer.from(await value.arrayBuffer()), contentType: value.type || undefined };
    }
  }
  return { bytes: Buffer.alloc(0), contentType: undefined };
}

/** Starts the fake Slack Web API on 127.0.0.1 with an OS-assigned port. */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const app = express();
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const identity = { ...DEFAULT_IDENTITY, ...options.identity };
  const state = new FakeSlackState(identity, baseUrl, options.triggerIdTtlMs ?? TRIGGER_ID_TTL_MS);

  const log = new CallLog();
  const limiter = options.limits ? new FakeRateLimiter(options.limits) : undefined;
  type ScriptedFailure = { response: ScriptedResponse; when?: (body: Record<string, unknown>) => boolean };
  const failures = new Map<string, ScriptedFailure[]>();
  const holds = new Map<string, { arrive(): void; released: Promise<void> }[]>();
  const releases: (() => void)[] = [];

  const takeFailure = (method: string, body: Record<string, unknown>): ScriptedResponse | undefined => {
    const queue = failures.get(method) ?? [];
    const index = queue.findIndex((failure) => failure.when?.(body) ?? true);
    return index < 0 ? undefined : queue.splice(index, 1)[0]?.response;
  };

  /** Waits while a `holdNext` keeps the call unanswered. */
  const heldUntilReleased = async (method: string): Promise<void> => {
    const hold = holds.get(method)?.shift();
    if (!hold) return;
    hold.arrive();
    await hold.released;
  };
  const customHandlers = new Map<string, MethodHandler>();
  let responseUrlCounter = 0;

  /** Answers with a scripted failure when one is queued, else with `compute()`, and records the exchange. */
  const refusals: RecordedCall[] = [];
  /** `builtIn`: the fake's own Slack rules computed the answer, not a test's `setHandler`. */
  const answer = (
    req: Request,
    res: Response,
    method: string,
    compute: MethodHandler,
    builtIn = true,
  ): void => {
    const body: Record<string, unknown> =
      req.body !== null && typeof req.body === 'object' ? { ...req.body } : {};
    const token = tokenOf(req, body);
    const retryAfter = limiter?.admit(method, token, body, Date.now());
    const scripted: ScriptedResponse | undefined =
      retryAfter === undefined
        ? takeFailure(method, body)
        : { status: 429, headers: { 'Retry-After': String(retryAfter) } };
    let status = 200;
    let responseBody: Record<string, unknown>;
    if (scripted) {
      status = scripted.status ?? 200;
      responseBody = { ...(scripted.body ?? defaultFailureBody(status)) };
    } else {
      try {
        responseBody = compute({ body, token });
      } catch (error) {
        // A throwing custom handler is a test bug: surface it in the recording instead of hanging the app.
        status = 500;
        responseBody = { ok: false, error: 'fake_handler_threw', detail: String(error) };
      }
    }
    const url = `${baseUrl}${req.originalUrl}`;
    const refused = builtIn && !scripted && REFUSAL_ERRORS.has(String(responseBody.error));
    // Slack answers a response_url post it refuses with HTTP 400.
    if (refused && method === 'response_url') status = 400;
    const call = createRecordedCall({
      method,
      url,
      body,
      token,
      headers: req.headers,
      at: Date.now(),
      response: { status, body: responseBody },
    });
    if (refused) refusals.push(call);
    log.record(call);
    res
      .status(status)
      .set(scripted?.headers ?? {})
      .json(responseBody);
  };

  const parseBodies = [
    express.urlencoded({ extended: false, limit: '10mb' }),
    express.json({ limit: '10mb' }),
  ];
  const handlers = builtInHandlers(state);

  app.post('/api/:method', ...parseBodies, async (req: Request<{ method: string }>, res) => {
    const { method } = req.params;
    await heldUntilReleased(method);
    const handler = customHandlers.get(method) ?? handlers[method];
    answer(
      req,
      res,
      method,
      (request) => {
        if (request.token === undefined && !CLIENT_CREDENTIAL_METHODS.has(method)) {
          return { ok: false, error: 'not_authed' };
        }
        return handler ? handler(request) : { ok: false, error: 'unknown_method' };
      },
      !customHandlers.has(method),
    );
  });

  app.post('/response/:id', ...parseBodies, async (req, res) => {
    await heldUntilReleased('response_url');
    // Slack checks a response_url message's blocks as chat.postMessage does.
    answer(req, res, 'response_url', (request) => validateMessageBlocks(request.body.blocks) ?? { ok: true });
  });

  // WebClient uploads multipart/form-data with one file part; a raw body is accepted too.
  app.post(
    '/upload/:fileId',
    express.raw({ type: () => true, limit: '50mb' }),
    async (req: Request<{ fileId: string }>, res) => {
      const upload = await readUpload(req).catch(() => undefined);
      const file = state.findFile(req.params.fileId);
      req.body = {
        file_id: req.params.fileId,
        size: upload?.bytes.length,
        content_type: upload?.contentType,
      };
      answer(req, res, 'file_upload', () => {
        if (!upload) return { ok: false, error: 'invalid_upload_body' };
        if (!file) return { ok: false, error: 'file_not_found' };
        Object.assign(file, upload);
        return { ok: true, size: upload.bytes.length };
      });
    },
  );

  // url_private: the bytes only with a token in the Authorization header, as Slack serves them.
  app.get('/files-pri/:key/:name', async (req: Request<{ key: string; name: string }>, res) => {
    const fileId = req.params.key.split('-').at(-1) ?? '';
    const token = tokenOf(req, {});
    const body = { file_id: fileId };
    const scripted = takeFailure('file_download', body);
    const file = state.findFile(fileId);
    const status = scripted?.status ?? (file?.bytes ? 200 : 404);
    const record = (size: number | undefined, html: boolean) =>
      log.record(
        createRecordedCall({
          method: 'file_download',
          url: `${baseUrl}${req.originalUrl}`,
          body,
          token,
          headers: req.headers,
          at: Date.now(),
          response: { status, body: { ok: status === 200 && !html, size } },
        }),
      );
    if (scripted) {
      record(undefined, false);
      res
        .status(status)
        .set(scripted.headers ?? {})
        .send('');
      return;
    }
    if (!file?.bytes) {
      record(undefined, false);
      res.status(404).type('text/html').send('<!DOCTYPE html><title>Not found</title>');
      return;
    }
    if (token === undefined) {
      record(undefined, true);
      res.status(200).type('text/html').send('<!DOCTYPE html><html><title>Sign in | Slack</title></html>');
      return;
    }
    record(file.bytes.length, false);
    res
      .status(200)
      .type(file.mimetype ?? 'application/octet-stream')
      .send(file.bytes);
  });

  // Recorded too, so a misconfigured slackApiUrl (e.g. missing the trailing `/api/`) shows up in waitFor errors.
  app.use((req, res) => {
    answer(req, res, 'unrouted', () => ({
      ok: false,
      error: `fake Slack has no route for ${req.method} ${req.path}`,
    }));
  });

  return {
    url: `${baseUrl}/api/`,
    baseUrl,
    identity,
    calls: log.calls,
    refusals,
    files: state.files,
    rateLimitRefusals: limiter?.refusals ?? [],
    callsTo: (method) => log.callsTo(method),
    lastCall: (method) => log.callsTo(method).at(-1),
    waitFor: (method, predicate, timeoutMs) => log.waitFor(method, predicate, timeoutMs),
    waitForCalls: (method, count, timeoutMs) => log.waitForCalls(method, count, timeoutMs),
    failNext: (method, response, times = 1, when) => {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(when ? { response, when } : { response });
      failures.set(method, queue);
    },
    holdNext: (method) => {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(method, [...(holds.get(method) ?? []), { arrive, released }]);
      releases.push(release);
      return { arrived, release };
    },
    setUser: (userId, fields) => state.users.set(userId, { ...state.users.get(userId), ...fields }),
    shareFile: (fields) => state.fileObject(state.shareFile(fields)),
    setChannel: (channelId, fields) =>
      state.channels.set(channelId, { ...state.channels.get(channelId), ...fields }),
    setHandler: (method, handler) => customHandlers.set(method, handler),
    responseUrl: (id) => `${baseUrl}/response/${encodeURIComponent(id ?? `r${++responseUrlCounter}`)}`,
    mintTriggerId: () => state.mintTriggerId(),
    clearCalls: () => log.clear(),
    reset: () => {
      log.clear();
      failures.clear();
      holds.clear();
      customHandlers.clear();
      limiter?.reset();
      state.reset();
    },
    close: async () => {
      for (const release of releases.splice(0)) release();
      // fetch keeps connections alive; without this, close() would wait for them to time out.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
