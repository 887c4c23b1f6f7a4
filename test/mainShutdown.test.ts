import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/db/database';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from './support/fixtures';
import { createSlackRequester } from './support/slackRequests';
import { exitOf, freePort, startTandem } from './support/tandemProcess';

/**
 * SIGTERM while a request is in flight: the real entry point stops taking requests, finishes the
 * one it is handling, closes the database and exits 0.
 */
const SLOW_ANSWER_MS = 1500;

/** A response_url that takes its time to answer, recording what was posted and when it was answered. */
async function startSlowResponseUrl(): Promise<{
  server: Server;
  url: string;
  received: Promise<string>;
  answeredAt: () => number | undefined;
}> {
  let answeredAt: number | undefined;
  let onReceived: (body: string) => void = () => {};
  const received = new Promise<string>((resolve) => {
    onReceived = resolve;
  });
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      onReceived(body);
      setTimeout(() => {
        response.once('finish', () => (answeredAt = Date.now()));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      }, SLOW_ANSWER_MS);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/response/slow`, received, answeredAt: () => answeredAt };
}

/** GET /healthz on a new connection: the status, or the connection error's code. */
function probeOnNewConnection(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function waitForOutput(output: () => string, text: string): Promise<void> {
  while (!output().includes(text)) await new Promise((resolve) => setTimeout(resolve, 20));
}

let fake: FakeSlackApi;
let directory: string;

beforeEach(async () => {
  fake = await startFakeSlackApi();
  directory = mkdtempSync(join(tmpdir(), 'tandem-shutdown-'));
});

afterEach(async () => {
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

it('finishes the request in flight on SIGTERM, refuses new ones, and exits 0', async () => {
  const port = await freePort();
  const databaseUrl = `file:${join(directory, 'tandem.db')}`;
  const tandem = await startTandem({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
  });
  const slow = await startSlowResponseUrl();
  try {
    const slack = createSlackRequester({
      appUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SIGNING_SECRET,
      fake,
    });
    expect(await probeOnNewConnection(port)).toBe(200);
    const sent = await slack.sendCommand({
      command: '/lead',
      text: 'Acme Corp source:seo',
      fields: { response_url: slow.url },
    });
    expect(sent.status).toBe(200);

    // The lead is saved and its answer is on its way when the signal arrives.
    expect(await slow.received).toContain('Added `L-1`');
    const exited = exitOf(tandem.child);
    const signalledAt = Date.now();
    tandem.child.kill('SIGTERM');

    await waitForOutput(tandem.output, 'SIGTERM received');
    expect(await probeOnNewConnection(port)).toBe('ECONNREFUSED');
    const code = await exited;
    const exitedAt = Date.now();

    expect(code).toBe(0);
    expect(slow.answeredAt()).toBeGreaterThan(signalledAt);
    expect(exitedAt).toBeGreaterThanOrEqual(slow.answeredAt() ?? Number.POSITIVE_INFINITY);
    expect(tandem.output()).toContain('SIGTERM received: finishing requests in progress');
    expect(tandem.output()).toMatch(/"level":"info".*"msg":"stopped"/);

    const database = openDatabase(databaseUrl);
    try {
      expect(await database.prisma.lead.count()).toBe(1);
    } finally {
      await database.close();
    }
  } finally {
    if (tandem.child.exitCode === null) tandem.child.kill('SIGKILL');
    await new Promise((resolve) => slow.server.close(resolve));
  }
});
