import type { RecordedCall } from '../../support/fakeSlackApi';
import { startFakeChartServer, type FakeChartServer } from '../../support/fakeChartServer';
import { ALICE, SALES } from '../../support/fixtures';
import { atTime, SCENARIO_NOW, scenarioServices, seedScenario } from '../../support/digestScenario';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * A chart whose GET URL is too long for Slack gets a short URL from `/chart/create` at
 * QUICKCHART_URL (here a local fake chart server), and the digest carries it; when the chart
 * server fails or does not answer, the digest says in the chart's place why its image is missing.
 */
let t: TestApp;
let charts: FakeChartServer;

beforeEach(async () => {
  charts = await startFakeChartServer();
  t = await startTestApp({
    now: SCENARIO_NOW,
    config: { quickchartUrl: charts.url },
    chartShortUrlTimeoutMs: 500,
  });
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
  await charts.close();
});

/**
 * Channel names in Japanese (each character is nine in a URL) on a Russian team's chart (its own
 * words are six each): eight of them overflow Slack's 3000 characters.
 */
const CHANNEL_NAMES = Array.from(
  { length: 8 },
  (_, index) => `東京大阪名古屋福岡札幌仙台広島京都神戸横浜の広告キャンペーン${index + 1}`,
);

/**
 * The scenario team, in `locale`, with a lead and an odd amount of spend (long numbers in the
 * spend and CPL series) in each of eight channels of its own in the period.
 */
async function seedLongChannelChart(locale: string): Promise<void> {
  const team = await seedScenario(t);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { locale } });
  const leads = scenarioServices(t).leads;
  for (const [index, label] of CHANNEL_NAMES.entries()) {
    const key = `campaign_${index + 1}`;
    await t.database.prisma.teamOption.create({
      data: { teamId: team.id, kind: 'channel', key, label, position: 20 + index },
    });
    await atTime(t, '2026-11-23T10:00:00Z', () =>
      leads.add(team.id, ALICE, { company: `Campaign Co ${index + 1}`, source: key, ownerId: ALICE }),
    );
    await atTime(t, '2026-11-23T11:00:00Z', () =>
      scenarioServices(t).spend.add(team, ALICE, {
        channel: key,
        amount: `${987654 + index * 1111}.37`,
        period: '2026-11-16..2026-11-29',
      }),
    );
  }
}

async function postDigest(): Promise<RecordedCall> {
  const sent = await t.slack.sendCommand({
    command: '/digest',
    text: 'post',
    userId: ALICE,
    channelId: SALES,
  });
  expect(sent.status).toBe(200);
  await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  const parent = t.fake.callsTo('chat.postMessage').find((call) => call.response.body.ok === true);
  if (!parent) throw new Error('no digest was posted');
  return parent;
}

type Block = { type: string; block_id?: string; image_url?: string };
const imageUrls = (parent: RecordedCall) =>
  Object.fromEntries(
    (parent.json<Block[]>('blocks') ?? [])
      .filter((block) => block.type === 'image')
      .map((block) => [block.block_id, block.image_url]),
  );

describe('chart short URLs from the configured chart server', () => {
  it('posts the short URL /chart/create made for the channel chart, the others as GET URLs', async () => {
    await seedLongChannelChart('ru');
    const parent = await postDigest();

    expect(charts.created).toHaveLength(1);
    expect(charts.created[0]).toMatchObject({ width: 600, height: 320 });
    expect(JSON.stringify(charts.created[0]?.chart)).toContain('東京大阪名古屋');
    const urls = imageUrls(parent);
    expect(urls.digest_chart_channels).toBe(`${charts.url}/chart/render/zf-1`);
    expect(urls.digest_chart_funnel).toMatch(new RegExp(`^${charts.url}/chart\\?c=`));
  });

  it('says in the chart’s place that the chart server failed, keeping the other charts', async () => {
    charts.answerWith({ status: 500 });
    await seedLongChannelChart('ru');
    const parent = await postDigest();

    expect(charts.created).toHaveLength(1);
    expect(imageUrls(parent).digest_chart_channels).toBeUndefined();
    expect(imageUrls(parent).digest_chart_funnel).toMatch(new RegExp(`^${charts.url}/chart\\?c=`));
    expect(parent.allText()).toContain(
      `изображение графика не показано, потому что его адрес слишком длинный для Slack, а короткий создать не удалось (${charts.url}/chart/create answered 500: chart renderer failed). Его данные — в ветке.`,
    );
  });

  it('gives the image up when the chart server does not answer', async () => {
    charts.answerWith('hang');
    await seedLongChannelChart('ru');
    const parent = await postDigest();

    expect(charts.created).toHaveLength(1);
    expect(imageUrls(parent).digest_chart_channels).toBeUndefined();
    expect(parent.allText()).toContain(
      'изображение графика не показано, потому что его адрес слишком длинный для Slack, а короткий создать не удалось (no answer within 500 ms).',
    );
  });
});
