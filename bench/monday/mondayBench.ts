import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackLimits } from '../../test/support/fakeSlackApi';
import { ALICE, SIGNING_SECRET } from '../../test/support/fixtures';
import { newTokenKey, testOAuthConfig } from '../../test/support/installations';
import { commandPayload, payloadContext } from '../../test/support/slackPayloads';
import { signSlackRequest } from '../../test/support/slackSigner';
import { Prisma } from '../../src/generated/postgresql/client';
import { createBenchDatabase } from '../benchDatabase';
import { openRawSql } from '../floor/computeFloor';
import { channelOf, loadManyTeams, MONDAY_DUE, workspaceOf } from './manyTeams';
import type { StormReply, StormRequest } from './stormAppProcess';

/**
 * `npm run bench -- --scenario monday`: a thousand teams' digests due at the same minute
 * (docs/BENCHMARKS.md, "Monday 09:00"). One PostgreSQL database with `teams` workspaces, two app
 * processes, a fake Slack enforcing Slack's limits; signed `/lead` and `/deal` from 50 connections
 * over the teams without the storm, then the same during it. Prints each target's outcome.
 */
export type MondayOptions = {
  teams: number;
  leadsPerTeam: number;
  durationSeconds: number;
  postgresUrl: string;
};

/** Slack's limits as documented: ~1 message a second per channel (short bursts), Tier 3/4 methods per workspace. */
const SLACK_LIMITS: FakeSlackLimits = {
  postMessagePerChannel: { requests: 1, perMs: 1_000, burst: 3 },
  methodsPerWorkspace: {
    'chat.getPermalink': { requests: 100, perMs: 60_000, burst: 10 },
    'chat.update': { requests: 50, perMs: 60_000, burst: 5 },
  },
};
const CONNECTIONS = 50;
const DIGESTS_WITHIN_MS = 5 * 60_000;
const RSS_LIMIT_MB = 400;
const FORM = 'application/x-www-form-urlencoded';

type Instance = { child: ChildProcess; port: number; poolSize: number };

function send(child: ChildProcess, request: StormRequest): void {
  child.send(request);
}

function reply<Type extends StormReply['type']>(
  child: ChildProcess,
  type: Type,
): Promise<Extract<StormReply, { type: Type }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: StormReply) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as Extract<StormReply, { type: Type }>);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`app process exited with ${code} before ${type}`)));
  });
}

async function startInstance(url: string, fake: FakeSlackApi, tokenKey: string): Promise<Instance> {
  const child = fork(join(__dirname, 'stormAppProcess.ts'), [url, fake.url, tokenKey], {
    execArgv: ['--import', 'tsx'],
  });
  const { port, poolSize } = await reply(child, 'listening');
  return { child, port, poolSize };
}

/** Signed `/lead` and `/deal` over the teams from CONNECTIONS connections, split over the instances. */
async function commands(instances: Instance[], fake: FakeSlackApi, teams: number, seconds: number) {
  const context = payloadContext(fake);
  let sequence = 0;
  const next = () => {
    sequence += 1;
    const slackTeamId = workspaceOf(1 + ((sequence * 7919) % teams));
    const text =
      sequence % 2 === 0 ? `"Monday ${sequence}" source:seo` : `D-${1 + (sequence % 40)} discovery`;
    const payload = commandPayload(context, {
      command: sequence % 2 === 0 ? '/lead' : '/deal',
      text,
      teamId: slackTeamId,
      channelId: channelOf(slackTeamId),
      userId: ALICE,
    });
    const body = new URLSearchParams(payload as unknown as Record<string, string>).toString();
    return {
      body,
      headers: { 'content-type': FORM, ...signSlackRequest(body, { signingSecret: SIGNING_SECRET }) },
    };
  };
  const results = await Promise.all(
    instances.map((instance) =>
      autocannon({
        url: `http://127.0.0.1:${instance.port}/slack/events`,
        connections: CONNECTIONS / instances.length,
        duration: seconds,
        timeout: 30,
        requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, ...next() }) }],
      }),
    ),
  );
  return {
    requests: results.reduce((sum, result) => sum + result.requests.total, 0),
    p99Ms: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx + result.timeouts, 0),
  };
}

/** Connections the database holds for its clients, sampled every second until `stop`. */
function sampleConnections(url: string): { stop(): Promise<number> } {
  let peak = 0;
  let stopped = false;
  const client = new Client({ connectionString: url.split('?')[0] });
  const sampling = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      peak = Math.max(peak, Number(rows[0]?.n ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await client.end();
  })();
  return {
    async stop() {
      stopped = true;
      await sampling;
      return peak;
    },
  };
}

const verdict = (met: boolean) => (met ? 'MET ' : 'MISSED');

export async function runMondayScenario(
  options: MondayOptions,
  log: (line: string) => void,
): Promise<boolean> {
  const database = await createBenchDatabase('postgresql', options.postgresUrl);
  const fake = await startFakeSlackApi({ limits: SLACK_LIMITS, triggerIdTtlMs: 3_600_000 });
  const tokenKey = newTokenKey();
  try {
    log(`monday: ${options.teams} teams × ${options.leadsPerTeam} leads…`);
    const loaded = await loadManyTeams(
      database.url,
      options.teams,
      options.leadsPerTeam,
      testOAuthConfig([tokenKey]),
      log,
    );
    log(`  loaded ${loaded.rows.toLocaleString('en-US')} rows in ${(loaded.ms / 1000).toFixed(0)} s`);
    const instances = [
      await startInstance(database.url, fake, tokenKey),
      await startInstance(database.url, fake, tokenKey),
    ];
    const connections = sampleConnections(database.url);
    try {
      log(`  commands without the storm for ${options.durationSeconds} s…`);
      const quiet = await commands(instances, fake, options.teams, options.durationSeconds);
      fake.clearCalls();
      log('  the storm: every digest due now, on both instances, commands meanwhile…');
      const stormStarted = Date.now();
      const storms = instances.map((instance) => {
        const done = reply(instance.child, 'storm-done');
        send(instance.child, { type: 'storm', due: MONDAY_DUE.toISOString() });
        return done;
      });
      const stormy = await commands(instances, fake, options.teams, options.durationSeconds);
      const outcomes = await Promise.all(storms);
      const stormMs = Date.now() - stormStarted;
      const peakConnections = await connections.stop();
      const stats = await Promise.all(
        instances.map((instance) => {
          const answer = reply(instance.child, 'stats');
          send(instance.child, { type: 'stats' });
          return answer;
        }),
      );
      const posts = fake.callsTo('chat.postMessage').filter((call) => call.response.body.ok === true);
      const parents = new Map<string, number>();
      let outOfOrder = 0;
      let lastPostAt = stormStarted;
      const threads = new Map<string, number>();
      for (const post of posts) {
        const channel = String(post.body.channel);
        if (!channel.startsWith('C')) continue;
        lastPostAt = Math.max(lastPostAt, post.at);
        if (post.body.thread_ts === undefined) parents.set(channel, (parents.get(channel) ?? 0) + 1);
        else if (!parents.has(channel)) outOfOrder += 1;
        else threads.set(channel, (threads.get(channel) ?? 0) + 1);
      }
      const raw = await openRawSql(database.url);
      const runs = await raw
        .run(Prisma.sql`SELECT "status", count(*) AS "n" FROM "DigestRun" GROUP BY "status"`)
        .finally(() => raw.close());
      const posted = Number(runs.find((row) => row.status === 'posted')?.n ?? 0);
      const once = [...parents.values()].every((count) => count === 1);
      const refusals = fake.rateLimitRefusals;
      const early = refusals.filter((refusal) => refusal.beforeRetryAfter).length;
      const ratio = quiet.p99Ms > 0 ? stormy.p99Ms / quiet.p99Ms : Number.POSITIVE_INFINITY;
      const loggedErrors = stats.reduce((sum, each) => sum + each.loggedErrors, 0);
      const poolLimit = instances.reduce((sum, instance) => sum + instance.poolSize, 0) + 1;
      const peakRss = Math.max(...stats.map((each) => each.peakRssMb));
      const lines: [boolean, string][] = [
        [
          posted === options.teams &&
            parents.size === options.teams &&
            lastPostAt - stormStarted <= DIGESTS_WITHIN_MS,
          `all ${options.teams} digests posted within 5 min: ${posted} runs posted, ${parents.size} channels, last message ${((lastPostAt - stormStarted) / 1000).toFixed(0)} s after 09:00 (storm jobs ${(stormMs / 1000).toFixed(0)} s; ${outcomes.map((each) => each.outcome).join('/')})`,
        ],
        [
          once,
          `each exactly once: ${[...parents.values()].filter((count) => count !== 1).length} channels with more than one parent`,
        ],
        [outOfOrder === 0, `threads in order: ${outOfOrder} replies before their parent`],
        [
          early === 0,
          `refusals vs Retry-After: ${refusals.length} refused, ${early} came back before their Retry-After`,
        ],
        [
          ratio <= 2,
          `ack p99 storm ${stormy.p99Ms} ms vs no storm ${quiet.p99Ms} ms: ${ratio.toFixed(2)} × (target ≤ 2 ×)`,
        ],
        [
          stormy.errors + quiet.errors === 0 && loggedErrors === 0,
          `no failed command: ${quiet.requests + stormy.requests} sent, ${quiet.errors + stormy.errors} HTTP errors, ${loggedErrors} errors logged${stats.find((each) => each.firstError)?.firstError ? ` (first: ${stats.find((each) => each.firstError)?.firstError})` : ''}`,
        ],
        [
          peakConnections <= poolLimit,
          `PostgreSQL connections: peak ${peakConnections} for 2 instances (pool ${instances[0]?.poolSize} each, + the sampler; limit ${poolLimit})`,
        ],
        [
          peakRss < RSS_LIMIT_MB,
          `peak RSS per instance: ${stats.map((each) => `${each.peakRssMb.toFixed(0)} MB`).join(', ')} (target < ${RSS_LIMIT_MB} MB)`,
        ],
      ];
      for (const [met, line] of lines) log(`  ${verdict(met)} ${line}`);
      return lines.every(([met]) => met);
    } finally {
      await connections.stop().catch(() => 0);
      for (const instance of instances) {
        send(instance.child, { type: 'exit' });
        await new Promise((resolve) => instance.child.once('exit', resolve));
      }
    }
  } finally {
    await fake.close();
    await database.drop();
  }
}
