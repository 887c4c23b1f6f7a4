import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the local Slack stand-in received, with JSON fields (blocks, view…) parsed. */
export type LocalSlackCall = {
  method: string;
  body: Record<string, unknown>;
  response: Record<string, unknown>;
};

export type LocalSlack = {
  /** Pass as SLACK_API_URL: `http://127.0.0.1:PORT/api/`. */
  url: string;
  responseUrl(id: string): string;
  calls: LocalSlackCall[];
  /** Resolves once a call to `method` matching `predicate` has arrived. */
  waitFor(
    method: string,
    predicate?: (call: LocalSlackCall) => boolean,
    timeoutMs?: number,
  ): Promise<LocalSlackCall>;
  close(): Promise<void>;
};

const JSON_FIELDS = ['blocks', 'attachments', 'view', 'metadata'];

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    if (typeof body[field] === 'string') body[field] = JSON.parse(body[field]);
  }
  return body;
}

/** The Block Kit rules Slack enforces that a digest could break; the first problem found, if any. */
function blockProblem(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks is not an array';
  if (blocks.length > 50) return `${blocks.length} blocks; at most 50`;
  for (const [index, block] of blocks.entries()) {
    const {
      type,
      text,
      image_url: imageUrl,
    } = block as { type?: string; text?: { text?: string }; image_url?: string };
    const length = text?.text?.length ?? 0;
    if (type === 'section' && length > 3000) return `block ${index}: section text of ${length} characters`;
    if (type === 'header' && length > 150) return `block ${index}: header of ${length} characters`;
    if (type === 'image' && (imageUrl?.length ?? 0) > 3000)
      return `block ${index}: image_url over 3000 characters`;
  }
  return undefined;
}

function readRequest(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A stand-in for the Slack Web API on 127.0.0.1, for the demo: it answers the methods Tandem uses
 * to post and update messages, applies Slack's block limits, and records every call. It never
 * contacts Slack and does not fetch image URLs.
 */
export async function startLocalSlack(
  team = { id: 'T0DEMO0001', domain: 'northwind-demo' },
): Promise<LocalSlack> {
  const calls: LocalSlackCall[] = [];
  const waiters: (() => void)[] = [];
  let counter = 0;
  const nextTs = () => `${1_790_000_000 + ++counter}.000${String(counter).padStart(3, '0')}`;

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const channel = String(body.channel ?? '');
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          team_id: team.id,
          user_id: 'U0TANDEMBOT',
          bot_id: 'B0TANDEM',
          url: `https://${team.domain}.slack.com/`,
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const problem = blockProblem(body.blocks);
        if (problem)
          return {
            ok: false,
            error: 'invalid_blocks',
            response_metadata: { messages: [`[ERROR] ${problem}`] },
          };
        const ts = method === 'chat.update' ? String(body.ts) : nextTs();
        return method === 'chat.postEphemeral' ? { ok: true, message_ts: ts } : { ok: true, channel, ts };
      }
      case 'chat.getPermalink':
        return {
          ok: true,
          permalink: `https://${team.domain}.slack.com/archives/${channel}/p${String(body.message_ts).replace('.', '')}`,
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users ?? '')}` } };
      case 'users.info':
        return {
          ok: true,
          user: {
            id: body.user,
            name: String(body.user).toLowerCase(),
            tz: 'Europe/Warsaw',
            locale: 'en-GB',
          },
        };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((request, response) => {
    void readRequest(request).then((raw) => {
      const path = request.url ?? '';
      const method = path.startsWith('/response/')
        ? 'response_url'
        : (path.replace(/^\/api\//, '').split('?')[0] ?? '');
      const body = parseBody(raw, request.headers['content-type']);
      const result = answer(method, body);
      calls.push({ method, body, response: result });
      for (const wake of waiters.splice(0)) wake();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitFor: LocalSlack['waitFor'] = (method, predicate = () => true, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${method} call within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        const found = calls.find((call) => call.method === method && predicate(call));
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });

  return {
    url: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    calls,
    waitFor,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
