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
  /** Digests run back to back inside the app meanwhile (does a digest delay acks?). */
  withDigests: boolean;
};

export const COMMAND_SCENARIOS: readonly CommandScenario[] = [
  { name: '/lead quick-add', command: '/lead', connections: 50, withDigests: false },
  { name: '/lead quick-add', command: '/lead', connections: 200, withDigests: false },
  { name: '/deal move', command: '/deal', connections: 50, withDigests: false },
  { name: '/deal move', command: '/deal', connections: 200, withDigests: false },
  { name: '/lead quick-add during digests', command: '/lead', connections: 50, withDigests: true },
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
  /** Private answers (response_url posts) that arrived after the acks, and how many never did. */
  followUps: number;
  missingFollowUps: number;
  digestsDuringRun: number;
};

export type CommandBenchResult = {
  scenarios: CommandResult[];
  appPeakRssMb: number;
  appLoggedErrors: number;
  firstAppError?: string;
};

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
 * Runs the real app in a child process against the loaded database and a fake Slack API, and
 * drives signed slash commands at it with autocannon, one scenario after another.
 */
export async function measureCommands(
  url: string,
  teamId: string,
  raw: RawSql,
  durationSeconds: number,
): Promise<CommandBenchResult> {
  const fake = await startFakeSlackApi({ triggerIdTtlMs: 3_600_000 });
  const app = fork(join(__dirname, 'appProcess.ts'), [url, fake.url], { execArgv: ['--import', 'tsx'] });
  try {
    const { port } = await reply(app, 'listening');
    const context = payloadContext(fake);
    const nextDealMove = dealMoves(await openDeals(raw, teamId));
    let leadNumber = 0;
    const texts = {
      '/lead': () => {
        leadNumber += 1;
        return `"Loadtest ${leadNumber}" source:paid_search`;
      },
      '/deal': nextDealMove,
    };
    const scenarios: CommandResult[] = [];
    for (const scenario of COMMAND_SCENARIOS) {
      fake.clearCalls();
      if (scenario.withDigests) send(app, { type: 'start-digests', teamId });
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/slack/events`,
        connections: scenario.connections,
        duration: durationSeconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const payload = commandPayload(context, {
                command: scenario.command,
                text: texts[scenario.command](),
              });
              const body = new URLSearchParams(payload as unknown as Record<string, string>).toString();
              return {
                ...request,
                body,
                headers: {
                  'content-type': FORM,
                  ...signSlackRequest(body, { signingSecret: SIGNING_SECRET }),
                },
              };
            },
          },
        ],
      });
      let digestsDuringRun = 0;
      if (scenario.withDigests) {
        send(app, { type: 'stop-digests' });
        digestsDuringRun = (await reply(app, 'digests-stopped')).digests;
      }
      const acked = result['2xx'];
      const followUps = await waitForFollowUps(fake, acked);
      scenarios.push({
        ...scenario,
        requests: result.requests.total,
        throughputPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        // autocannon counts timeouts among its errors.
        errors: result.errors + result.non2xx,
        followUps,
        missingFollowUps: Math.max(0, acked - followUps),
        digestsDuringRun,
      });
    }
    send(app, { type: 'stats' });
    const stats = await reply(app, 'stats');
    return {
      scenarios,
      appPeakRssMb: stats.peakRssMb,
      appLoggedErrors: stats.loggedErrors,
      ...(stats.firstError ? { firstAppError: stats.firstError } : {}),
    };
  } finally {
    send(app, { type: 'exit' });
    await new Promise((resolve) => app.once('exit', resolve));
    await fake.close();
  }
}

/** Waits until every acked command has posted its answer, or until none arrived for 10 s. */
async function waitForFollowUps(fake: FakeSlackApi, expected: number): Promise<number> {
  let seen = -1;
  let quietSince = Date.now();
  for (;;) {
    const count = fake.callsTo('response_url').length;
    if (count >= expected) return count;
    if (count !== seen) {
      seen = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince > 10_000) {
      return count;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
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
