import { createApp, type TandemApp } from '../../../src/app';
import { createStore } from '../../../src/store';
import { openDatabase } from '../../../src/store/db/database';
import { eventually } from '../../support/eventually';
import { BOT_TOKEN, SIGNING_SECRET } from '../../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../../support/slackRequests';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createTestLogger, type TestLogger } from '../../support/testLogger';

let t: TestApp;
let handled: string[];

/** Records each app_mention a listener of `app` receives, by its text. */
function countMentions(app: TandemApp, label: string): void {
  app.bolt.event('app_mention', async ({ event }) => {
    handled.push(`${label}:${event.text}`);
  });
}

const mention = (text: string) => ({
  type: 'app_mention',
  user: 'U0000ALICE',
  text,
  channel: 'C0000SALES',
  ts: '1.000001',
});

const skipped = (logger: TestLogger, eventId: string) =>
  eventually(
    () => logger.lines.find((line) => line.message.startsWith(`event ${eventId} was already processed`)),
    {
      what: `the redelivery of ${eventId} to be skipped`,
    },
  );

beforeEach(async () => {
  handled = [];
  t = await startTestApp();
});

afterEach(async () => {
  await t.close();
});

describe('events redelivered by Slack (X-Slack-Retry-Num)', () => {
  it('are processed once', async () => {
    countMentions(t.app, 'one');
    await t.slack.sendEvent(mention('first'), { eventId: 'Ev0000000001' });
    await eventually(() => (handled.length === 1 ? true : undefined));

    const retried = await t.slack.sendEvent(mention('first'), { eventId: 'Ev0000000001', retryNum: 1 });
    expect(retried.status).toBe(200);
    expect((await skipped(t.logger, 'Ev0000000001')).message).toBe(
      'event Ev0000000001 was already processed; redelivery 1 skipped',
    );
    await t.slack.sendEvent(mention('second'), { eventId: 'Ev0000000002' });
    await eventually(() => (handled.length === 2 ? true : undefined));
    expect(handled).toEqual(['one:first', 'one:second']);
  });

  it('delete the tokens of an uninstall once', async () => {
    await t.slack.sendEvent({ type: 'app_uninstalled' }, { eventId: 'Ev0000000003' });
    await eventually(() => t.logger.lines.find((line) => line.message.startsWith('Tandem was uninstalled')));
    await t.slack.sendEvent(
      { type: 'app_uninstalled' },
      { eventId: 'Ev0000000003', retryNum: 2, retryReason: 'http_error' },
    );
    await skipped(t.logger, 'Ev0000000003');
    expect(t.logger.lines.filter((line) => line.message.startsWith('Tandem was uninstalled'))).toHaveLength(
      1,
    );
  });

  it('are processed once across two app instances, each with its own connection, delivered at once', async () => {
    const secondLogger = createTestLogger();
    // Its own connection (pool) to the same database, as a second process would have.
    const secondDatabase = openDatabase(t.database.url);
    const second = createApp({
      config: {
        slackBotToken: BOT_TOKEN,
        slackSigningSecret: SIGNING_SECRET,
        slackAppToken: undefined,
        port: 0,
        databaseUrl: t.database.url,
        slackApiUrl: t.fake.url,
        logLevel: 'error',
      },
      store: createStore(secondDatabase),
      clock: t.clock,
      logger: secondLogger,
      schedulerIntervalMs: 0,
    });
    const { port } = await second.start();
    try {
      const secondSlack: SlackRequester = createSlackRequester({
        appUrl: `http://127.0.0.1:${port}/slack/events`,
        signingSecret: SIGNING_SECRET,
        fake: t.fake,
      });
      countMentions(t.app, 'one');
      countMentions(second, 'two');
      // The first delivery and Slack's redelivery arrive together, one at each instance.
      for (const [index, eventId] of ['Ev0000000004', 'Ev0000000014', 'Ev0000000024'].entries()) {
        const deliveries = [
          t.slack.sendEvent(mention(`hello ${index}`), { eventId }),
          secondSlack.sendEvent(mention(`hello ${index}`), { eventId, retryNum: 1 }),
        ];
        expect((await Promise.all(deliveries)).map((delivery) => delivery.status)).toEqual([200, 200]);
      }
      await Promise.all([t.settled(), second.inFlight.drain(10_000)]);
      expect(handled.map((each) => each.replace(/^(one|two):/, '')).sort()).toEqual([
        'hello 0',
        'hello 1',
        'hello 2',
      ]);
      const skips = [...t.logger.lines, ...secondLogger.lines].filter((line) =>
        /^event Ev00000000[012]4 was already processed/.test(line.message),
      );
      expect(skips).toHaveLength(3);
    } finally {
      await second.stop();
      await secondDatabase.close();
    }
  });

  it('are processed again when the first processing failed', async () => {
    let attempts = 0;
    t.app.bolt.event('app_mention', async ({ event }) => {
      attempts += 1;
      if (attempts === 1) throw new Error('the first attempt fails');
      handled.push(event.text);
    });
    await t.slack.sendEvent(mention('try me'), { eventId: 'Ev0000000005' });
    await eventually(() => t.logger.lines.find((line) => line.message.includes('the first attempt fails')));
    await eventually(async () =>
      (await t.database.prisma.processedEvent.count({ where: { eventId: 'Ev0000000005' } })) === 0
        ? true
        : undefined,
    );

    await t.slack.sendEvent(mention('try me'), { eventId: 'Ev0000000005', retryNum: 1 });
    await eventually(() => (handled.length === 1 ? true : undefined));
    expect(handled).toEqual(['try me']);
  });

  it('forgets event ids after a day', async () => {
    const now = t.clock.now().getTime();
    await t.database.prisma.processedEvent.createMany({
      data: [
        { eventId: 'Ev0000000OLD', receivedAt: new Date(now - 25 * 3_600_000) },
        { eventId: 'Ev000000RECENT', receivedAt: new Date(now - 23 * 3_600_000) },
      ],
    });
    await t.slack.sendEvent(mention('prune'), { eventId: 'Ev0000000006' });
    const remaining = await eventually(async () => {
      const ids = (await t.database.prisma.processedEvent.findMany({ orderBy: { eventId: 'asc' } })).map(
        (row) => row.eventId,
      );
      return ids.includes('Ev0000000OLD') ? undefined : ids;
    });
    expect(remaining).toEqual(['Ev0000000006', 'Ev000000RECENT']);
  });
});
