import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChartConfiguration } from 'chart.js';
import { createApp } from '../app';
import type { Clock } from '../clock';
import { chartBlockId } from '../digest/blocks/imageBlocks';
import { digestCharts, digestFormatOf, labelsFor } from '../digest/composeDigest';
import { formatPeriod } from '../digest/format';
import { readFiguresSnapshot } from '../digest/snapshot';
import { createLogger } from '../runtime/logger';
import { createStore } from '../store';
import { openDatabase } from '../store/db/database';
import { applyMigrations } from '../store/db/migrations';
import type { SlackMessage } from '../blockKit/message';
import { DEMO_CHANNEL_ID, DEMO_MARKETER, DEMO_REPS, DEMO_SLACK_TEAM_ID } from './demoCatalog';
import { seedDemoTeam } from './demoSeed';
import { renderDigestPage } from './digestHtml';
import { startLocalSlack, type LocalSlackCall } from './localSlack';
import { sendSignedCommand } from './signedCommand';

export type DemoOptions = {
  /** Where digest.json and digest.html go. */
  outputDir: string;
  /** The embedded database file, recreated on every run. */
  databasePath: string;
  /** The demo's "now": a Monday morning after two full fortnights and more of data. */
  now?: Date;
  leads?: number;
  weeks?: number;
};

export type DemoResult = {
  jsonPath: string;
  htmlPath: string;
  period: string;
  leads: number;
  deals: number;
  spendRows: number;
  feedback: number;
  replies: number;
  images: number;
  headline: string;
};

export const DEMO_NOW = new Date('2026-11-30T08:30:00Z');

function messageOf(call: LocalSlackCall): SlackMessage & { channel: string; thread_ts?: string } {
  const {
    channel,
    text,
    blocks,
    thread_ts: threadTs,
  } = call.body as {
    channel: string;
    text: string;
    blocks: SlackMessage['blocks'];
    thread_ts?: string;
  };
  return { channel, text, blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
}

/**
 * The whole main job without Slack or network: a fresh embedded database seeded through the real
 * services, the real app against a local Slack stand-in, `/digest post` sent as a signed request,
 * and the payloads Slack received written out as JSON and as a page with the charts drawn locally.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const now = options.now ?? DEMO_NOW;
  const databasePath = resolve(options.databasePath);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${databasePath}${suffix}`, { force: true });
  mkdirSync(dirname(databasePath), { recursive: true });
  mkdirSync(options.outputDir, { recursive: true });
  const databaseUrl = `file:${databasePath}`;
  await applyMigrations(databaseUrl);
  const database = openDatabase(databaseUrl);
  // A throwaway database: write-ahead logging without fsync per commit seeds it in seconds.
  await database.prisma.$queryRawUnsafe('PRAGMA journal_mode=WAL');
  await database.prisma.$executeRawUnsafe('PRAGMA synchronous=NORMAL');
  const store = createStore(database);
  const slack = await startLocalSlack();
  const clock: Clock = { now: () => now };
  const signingSecret = randomBytes(16).toString('hex');
  const app = createApp({
    config: {
      slackBotToken: 'xoxb-local-demo',
      slackSigningSecret: signingSecret,
      slackAppToken: undefined,
      port: 0,
      databaseUrl,
      slackApiUrl: slack.url,
      logLevel: 'warn',
    },
    store,
    clock,
    logger: createLogger('warn', 'tandem-demo'),
    schedulerIntervalMs: 0,
  });
  try {
    const seeded = await seedDemoTeam(store, {
      now,
      ...(options.leads ? { leads: options.leads } : {}),
      ...(options.weeks ? { weeks: options.weeks } : {}),
    });
    const { port } = await app.start();
    const responseUrl = slack.responseUrl('demo-digest-post');
    const answer = await sendSignedCommand(`http://127.0.0.1:${port}/slack/events`, signingSecret, {
      command: '/digest',
      text: 'post',
      teamId: DEMO_SLACK_TEAM_ID,
      channelId: DEMO_CHANNEL_ID,
      userId: DEMO_MARKETER,
      responseUrl,
    });
    if (answer.status !== 200) throw new Error(`the app refused /digest post with HTTP ${answer.status}`);
    const confirmation = await slack.waitFor('response_url');
    const posts = slack.calls.filter(
      (call) => call.method === 'chat.postMessage' && call.response.ok === true,
    );
    const parentCall = posts.find((call) => call.body.thread_ts === undefined);
    if (!parentCall) throw new Error(`no digest was posted: ${JSON.stringify(confirmation.body.text)}`);
    const parent = messageOf(parentCall);
    const replies = posts.filter((call) => call.body.thread_ts === parentCall.response.ts).map(messageOf);

    const run = await store.digestRuns.recent(seeded.team.id, 1).then((runs) => runs[0]);
    if (!run?.snapshot) throw new Error('the digest run has no snapshot');
    const figures = readFiguresSnapshot(run.snapshot);
    const style = digestFormatOf(seeded.team, figures.period);
    const charts: Record<string, ChartConfiguration> = {};
    for (const chart of digestCharts(figures, await labelsFor(store, seeded.team.id, style.t), style)) {
      charts[chartBlockId(chart.key)] = chart.config;
    }
    const names: Record<string, string> = { [DEMO_CHANNEL_ID]: 'sales-marketing', [DEMO_MARKETER]: 'mara' };
    for (const rep of DEMO_REPS) names[rep] = rep.replace('U0DEMO', '').toLowerCase();

    const jsonPath = join(options.outputDir, 'digest.json');
    const htmlPath = join(options.outputDir, 'digest.html');
    writeFileSync(
      jsonPath,
      `${JSON.stringify({ parent, replies, confirmation: confirmation.body }, null, 2)}\n`,
    );
    // The UMD bundle sits next to the package's CommonJS entry (dist/), which is all its exports map shows.
    const chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
    const period = formatPeriod(figures.period, style.t);
    writeFileSync(
      htmlPath,
      renderDigestPage({ title: `Tandem digest ${period} (demo)`, parent, replies, charts, names, chartJs }),
    );
    return {
      jsonPath,
      htmlPath,
      period,
      leads: seeded.leads,
      deals: seeded.deals,
      spendRows: seeded.spendRows,
      feedback: seeded.feedback,
      replies: replies.length,
      images: parent.blocks.filter((block) => block.type === 'image').length,
      headline: parent.text,
    };
  } finally {
    await app.stop();
    await slack.close();
    await database.close();
  }
}
