import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { FUNNEL_STAGES, type Stage, stageOrder } from '../src/domain/stages';
import { startFakeSlackApi, type FakeSlackApi } from '../test/support/fakeSlackApi';
import { SIGNING_SECRET } from '../test/support/fixtures';
import { commandPayload, payloadContext } from '../test/support/slackPayloads';
import { signSlackRequest } from '../test/support/slackSigner';
import type { AppReply, AppRequest } from './appProcess';
import type { RawSql } from './floor/computeFloor';
import { Prisma } from '../src/generated/postgresql/client';

export type CommandScenario = {
  name: string;
  command: '/lead' | '/deal';
  connections: number;
  /** Digests run one after another inside the app meanwhile (does a digest delay acks?). */
  withDigests: boolean;
  /**
   * Requests a second offered by all connections together; without it each connection sends its
   * next request as soon as the last is answered (a closed loop, the app's saturation).
   */
  ratePerSecond?: number;
};

/**
 * The paced scenarios' rate: one command a second from each of the 50 connections. Autocannon paces
 * each connection by the second, so the 50 arrive together at the start of every second: 50 reps
 * pressing Enter at the same instant, 3,000 commands a minute, far beyond what a sales team of tens
 * of reps types. (Autocannon lowers the connections to the rate when the rate is lower.)
 */
const PACED_RATE_PER_SECOND = 50;

export const COMMAND_SCENARIOS: readonly CommandScenario[] = [
  // One connection: what a single command costs when nothing queues in front of it.
  { name: '/lead quick-add', command: '/lead', connections: 1, withDigests: false },
  { name: '/lead quick-add', command: '/lead', connections: 50, withDigests: false },
  { name: '/lead quick-add', command: '/lead', connections: 200, withDigests: false },
  { name: '/deal move', command: '/deal', connections: 50, withDigests: false },
  { name: '/deal move', command: '/deal', connections: 200, withDigests: false },
  {
    name: '/lead quick-add during digests',
    command: '/lead',
    connections: 50,
    withDigests: true,
  },
  // 50 reps at once at a sustainable pace: what the ack and the answer cost when nothing queues.
  {
    name: '/lead quick-add, paced',
    command: '/lead',
    connections: 50,
    withDigests: false,
    ratePerSecond: PACED_RATE_PER_SECOND,
  },
  {
    name: '/deal move, paced',
    command: '/deal',
    connections: 50,
    withDigests: false,
    ratePerSecond: PACED_RATE_PER_SECOND,
  },
];

export type CommandResult = CommandScenario & {
  requests: number;
  throughputPerSecond: number;
  /** Ack latency: from request sent to Bolt's HTTP answer (ms). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Commands acked but answered with a failure (the app logged an error for each). */
  failedAnswers: number;
  /**
   * Commands answered in their ack that too many were waiting, with their text to resend. This and
   * the answer times are optional only in results recorded before they were measured.
   */
  turnedAway?: number;
  /** From request sent to its private answer at the response URL (ms), over the answered commands. */
  answerP50Ms?: number;
  answerP99Ms?: number;
  /** Private answers (response_url posts) that arrived after the acks, and how many never did. */
  followUps: number;
  missingFollowUps: number;
  digestsDuringRun: number;
  /** Digests that failed meanwhile (e.g. no pooled connection for their transaction in time). */
  digestFailures: number;
  /** The app process's peak RSS so far, read after this scenario's answers were all posted. */
  appPeakRssMb: number;
};

export type AppStats = { peakRssMb: number; loggedErrors: number; firstError?: string };

export type CommandBenchResult = { scenarios: CommandResult[]; app: AppStats };

const FORM = 'application/x-www-form-urlencoded';

/** The benchmark team's open deals, each with the stage a `/deal` move sends it to next. */
async function openDeals(raw: RawSql, teamId: string): Promise<{ number: number; stage: Stage }[]> {
  const rows = await raw.run(Prisma.sql`SELECT "number", "stage" FROM "Deal"
    WHERE "teamId" = ${teamId} AND "stage" NOT IN ('WON', 'LOST') ORDER BY "number" DESC`);
  return rows.map((row) => ({ number: Number(row.number), stage: String(row.stage) as Stage }));
}

/** `/deal D-n <next stage>` for open deals in turn, so moves are valid forward moves. */
function dealMoves(deals: { number: number; stage: Stage }[]): () => string {
  let index = 0;
  return () => {
    const deal = deals[index % Math.max(1, deals.length)];
    index += 1;
    if (!deal) return 'list';
    const next = FUNNEL_STAGES[(stageOrder(deal.stage) ?? 0) + 1] ?? 'WON';
    deal.stage = next;
    if (next === 'WON') deals.splice(deals.indexOf(deal), 1);
    return `D-${deal.number} ${next.toLowerCase()}`;
  };
}

/**
 * Runs the real app in a child process against the loaded database and a
 * fake Slack API, and drives signed slash commands at it with autocannon, one scenario after
 * another.
 */
export async function measureCommands(
  url: string,
  teamId: string,
  raw: RawSql,
  durationSeconds: number,
  log: (line: string) => void = () => {},
): Promise<CommandBenchResult> {
  const fake = await startFakeSlackApi({ triggerIdTtlMs: 3_600_000 });
  const context = payloadContext(fake);
  let leadNumber = 0;
  const texts = {
    '/lead': () => {
      leadNumber += 1;
      return `"Loadtest ${leadNumber}" source:paid_search`;
    },
    '/deal': dealMoves(await openDeals(raw, teamId)),
  };
  const scenarios: CommandResult[] = [];
  try {
    const app = fork(join(__dirname, 'appProcess.ts'), [url, fake.url], { execArgv: ['--import', 'tsx'] });
    try {
      const { port } = await reply(app, 'listening');
      for (const scenario of COMMAND_SCENARIOS) {
        log(`  ${scenario.name} @${scenario.connections} for ${durationSeconds} s…`);
        const result = await runScenario(scenario, { app, port, teamId, fake, durationSeconds }, () =>
          commandPayload(context, { command: scenario.command, text: texts[scenario.command]() }),
        );
        log(
          `    p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${Math.round(result.throughputPerSecond)} req/s, ` +
            `${result.errors} errors, ${result.turnedAway} turned away, ${result.followUps} answered ` +
            `(answer p99 ${result.answerP99Ms} ms), ${result.failedAnswers} failed`,
        );
        scenarios.push(result);
      }
      send(app, { type: 'stats' });
      const { peakRssMb, loggedErrors, firstError } = await reply(app, 'stats');
      return { scenarios, app: { peakRssMb, loggedErrors, ...(firstError ? { firstError } : {}) } };
    } finally {
      send(app, { type: 'exit' });
      await new Promise((resolve) => app.once('exit', resolve));
    }
  } finally {
    await fake.close();
  }
}

type ScenarioTarget = {
  app: ChildProcess;
  port: number;
  teamId: string;
  fake: FakeSlackApi;
  durationSeconds: number;
};

async function runScenario(
  scenario: CommandScenario,
  target: ScenarioTarget,
  nextPayload: () => object,
): Promise<CommandResult> {
  const { app, fake } = target;
  fake.clearCalls();
  send(app, { type: 'stats' });
  const before = await reply(app, 'stats');
  const sentAt = new Map<string, number>();
  if (scenario.withDigests) send(app, { type: 'start-digests', teamId: target.teamId });
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}/slack/events`,
    connections: scenario.connections,
    duration: target.durationSeconds,
    timeout: 30,
    ...(scenario.ratePerSecond ? { overallRate: scenario.ratePerSecond } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const payload = nextPayload() as Record<string, string>;
          if (payload.response_url) sentAt.set(payload.response_url, Date.now());
          const body = new URLSearchParams(payload).toString();
          const signature = signSlackRequest(body, { signingSecret: SIGNING_SECRET });
          return { ...request, body, headers: { 'content-type': FORM, ...signature } };
        },
      },
    ],
  });
  let digests = { digests: 0, failures: 0 };
  if (scenario.withDigests) {
    send(app, { type: 'stop-digests' });
    digests = await reply(app, 'digests-stopped');
  }
  // Requests still in flight when autocannon stops are not in its counts but are acked all the
  // same, so the scenario ends when the app has answered everything it acknowledged.
  await waitUntilAnswered(app);
  send(app, { type: 'stats' });
  const { peakRssMb, loggedErrors, turnedAway } = await reply(app, 'stats');
  // Turned-away commands were answered in their ack; every other ack is followed by an answer.
  const acked = result['2xx'] - (turnedAway - before.turnedAway);
  const answerMs = fake
    .callsTo('response_url')
    .flatMap((call) => {
      const sent = sentAt.get(call.url);
      return sent === undefined ? [] : [call.at - sent];
    })
    .sort((a, b) => a - b);
  const followUps = answerMs.length;
  return {
    ...scenario,
    requests: result.requests.total,
    throughputPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    // autocannon counts timeouts among its errors.
    errors: result.errors + result.non2xx,
    failedAnswers: loggedErrors - before.loggedErrors,
    turnedAway: turnedAway - before.turnedAway,
    answerP50Ms: percentile(answerMs, 0.5),
    answerP99Ms: percentile(answerMs, 0.99),
    followUps,
    missingFollowUps: Math.max(0, acked - followUps),
    digestsDuringRun: digests.digests,
    digestFailures: digests.failures,
    appPeakRssMb: peakRssMb,
  };
}

/** The value below which `share` of the sorted `values` fall (0 when there are none). */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

/** Waits until the app has no acknowledged command working or waiting (at most two minutes). */
async function waitUntilAnswered(app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    send(app, { type: 'stats' });
    if ((await reply(app, 'stats')).unanswered === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function send(app: ChildProcess, request: AppRequest): void {
  app.send(request);
}

function reply<Type extends AppReply['type']>(
  app: ChildProcess,
  type: Type,
): Promise<Extract<AppReply, { type: Type }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: AppReply) => {
      if (message.type !== type) return;
      app.off('message', onMessage);
      app.off('exit', onExit);
      resolve(message as Extract<AppReply, { type: Type }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`the app process exited (${code}) before "${type}"`));
    app.on('message', onMessage);
    app.once('exit', onExit);
  });
}
