import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startFakeSlackApi, type FakeSlackApi } from '../test/support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from '../test/support/fixtures';
import { commandPayload, payloadContext, type PayloadContext } from '../test/support/slackPayloads';
import { signSlackRequest } from '../test/support/slackSigner';
import type { BenchEngine } from './benchDatabase';

/**
 * "Right after start": the compiled app (`node dist/main.js`, as `npm start` runs it) restarted on
 * a database that already has its team, as after a deployment. Measures the first `/lead`'s ack
 * and answer, the ack p99 of a burst of `/lead`s at CONCURRENCY right after start and again once
 * warm, each beside a bare Bolt app (bench/bareBoltProcess.ts) measured the same way in the same
 * run, and a single `/lead` once warm (is the first as fast as the hundredth?).
 */
export const CONCURRENCY = 20;
const BURST_REQUESTS = 200;
const WARM_UP_REQUESTS = 2000;
const ROOT = join(__dirname, '..');
const FORM = 'application/x-www-form-urlencoded';

export type AckBurst = { tandemP99Ms: number; bareP99Ms: number; ratio: number; errors: number };

export type StartBenchResult = {
  engine: BenchEngine;
  /** From spawning the process to its "listening" line (migrations checked, warm-up done). */
  startMs: number;
  /** The first `/lead` after start: its ack, and its answer at the response URL. */
  first: { ackMs: number; answerMs: number };
  /** A `/lead` on its own once warm, for comparison with the first. */
  warmSingle: { ackMs: number; answerMs: number };
  rightAfterStart: AckBurst;
  warm: AckBurst;
};

type Started = { child: ChildProcess; port: number; startMs: number };

function startProcess(args: string[], environment: Record<string, string>): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port) {
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve({ child, port: Number(port), startMs: performance.now() - started });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function signed(payload: object): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams(payload as Record<string, string>).toString();
  return {
    body,
    headers: { 'content-type': FORM, ...signSlackRequest(body, { signingSecret: SIGNING_SECRET }) },
  };
}

/** Sends one `/lead` and times its ack and its answer at the response URL. */
async function singleLead(
  port: number,
  fake: FakeSlackApi,
  context: PayloadContext,
  text: string,
): Promise<{ ackMs: number; answerMs: number }> {
  const payload = commandPayload(context, { command: '/lead', text });
  const { body, headers } = signed(payload);
  const sent = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers });
  await response.text();
  const ackMs = performance.now() - sent;
  await fake.waitFor('response_url', (call) => call.url === payload.response_url, 30_000);
  return { ackMs, answerMs: performance.now() - sent };
}

/** `amount` signed `/lead`s over CONCURRENCY connections; the ack latency's p99. */
async function burst(port: number, context: PayloadContext, amount: number, label: string) {
  let sequence = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    connections: CONCURRENCY,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          sequence += 1;
          const payload = commandPayload(context, {
            command: '/lead',
            text: `"${label} ${sequence}" source:seo`,
          });
          return { ...request, ...signed(payload) };
        },
      },
    ],
  });
  return { p99Ms: result.latency.p99, errors: result.errors + result.non2xx };
}

function compare(tandem: { p99Ms: number; errors: number }, bare: { p99Ms: number }): AckBurst {
  return {
    tandemP99Ms: tandem.p99Ms,
    bareP99Ms: bare.p99Ms,
    ratio: bare.p99Ms > 0 ? tandem.p99Ms / bare.p99Ms : Number.POSITIVE_INFINITY,
    errors: tandem.errors,
  };
}

export async function measureStart(
  engine: BenchEngine,
  databaseUrl: string,
  log: (line: string) => void = () => {},
): Promise<StartBenchResult> {
  const fake = await startFakeSlackApi({ triggerIdTtlMs: 3_600_000 });
  const context = payloadContext(fake);
  const environment = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    // Info, for the "listening" line; a command logs nothing at info.
    LOG_LEVEL: 'info',
  };
  const tandemArgs = [join(ROOT, 'dist', 'main.js')];
  const bareArgs = ['--import', 'tsx', join(__dirname, 'bareBoltProcess.ts')];
  try {
    // A first run migrates the database and creates the team, as a first install does.
    const priming = await startProcess(tandemArgs, environment);
    await singleLead(priming.port, fake, context, '"Priming" source:seo');
    await stopProcess(priming.child);

    const bare = await startProcess(bareArgs, {});
    const tandem = await startProcess(tandemArgs, environment);
    try {
      const first = await singleLead(tandem.port, fake, context, '"First" source:seo');
      log(
        `  ${engine}: started in ${Math.round(tandem.startMs)} ms, first /lead ack ${first.ackMs.toFixed(1)} ms, answer ${first.answerMs.toFixed(1)} ms`,
      );
      const rightAfterStart = compare(
        await burst(tandem.port, context, BURST_REQUESTS, 'Burst'),
        await burst(bare.port, context, BURST_REQUESTS, 'Bare'),
      );
      await burst(tandem.port, context, WARM_UP_REQUESTS, 'Warm-up');
      const warm = compare(
        await burst(tandem.port, context, BURST_REQUESTS, 'Warm'),
        await burst(bare.port, context, BURST_REQUESTS, 'Bare'),
      );
      const warmSingle = await singleLead(tandem.port, fake, context, '"Single" source:seo');
      log(
        `  ${engine}: ack p99 @${CONCURRENCY} right after start ${rightAfterStart.tandemP99Ms} ms vs bare ${rightAfterStart.bareP99Ms} ms; ` +
          `warm ${warm.tandemP99Ms} ms vs ${warm.bareP99Ms} ms; a warm /lead's answer ${warmSingle.answerMs.toFixed(1)} ms`,
      );
      return { engine, startMs: tandem.startMs, first, warmSingle, rightAfterStart, warm };
    } finally {
      await stopProcess(tandem.child);
      await stopProcess(bare.child);
    }
  } finally {
    await fake.close();
  }
}
