import type { RecordedCall } from '../../support/fakeSlackApi';
import { ALICE, BOB, SALES } from '../../support/fixtures';
import {
  SCENARIO_NOW,
  SCENARIO_PERIOD,
  atTime,
  scenarioServices,
  seedScenario,
} from '../../support/digestScenario';
import { startTestApp, type TestApp } from '../../support/testApp';

type Block = {
  type: string;
  block_id?: string;
  image_url?: string;
  alt_text?: string;
  text?: { text: string };
  fields?: { text: string }[];
};

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  // Posting the digest and setting its schedule are for admins and facilitators (docs/SECURITY.md).
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

async function postDigest(text = 'post') {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  expect(sent.status).toBe(200);
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

function blocksOf(call: RecordedCall): Block[] {
  return call.json<Block[]>('blocks') ?? [];
}

function fieldTexts(call: RecordedCall): string[] {
  return blocksOf(call).flatMap((block) => (block.fields ?? []).map((field) => field.text));
}

describe('/digest post', () => {
  it('posts the parent with the period, KPIs against the previous period and chart images, then the thread in order', async () => {
    const team = await seedScenario(t);
    const confirmation = await postDigest();
    expect(confirmation.allText()).toContain(`Posted the digest for ${SCENARIO_PERIOD} in <#${SALES}>`);

    const posts = t.fake.callsTo('chat.postMessage').filter((call) => call.response.body.ok === true);
    const [parent, ...replies] = posts;
    expect(parent?.body.channel).toBe(SALES);
    expect(blocksOf(parent!)[0]).toMatchObject({
      type: 'header',
      text: { text: `Sales & marketing digest · ${SCENARIO_PERIOD}` },
    });
    // The key figures in the parent, the others (losses) in the "More figures" reply.
    expect([...fieldTexts(parent!), ...fieldTexts(replies[1]!)]).toEqual(
      expect.arrayContaining([
        '*Leads created*\n3   ↑ +2 (+200 %) :large_green_circle: better',
        '*Wins*\n1   ↑ +1 :large_green_circle: better',
        '*Won value*\nEUR\u00a018,000   ↑ +EUR\u00a018,000 :large_green_circle: better',
        '*Losses*\n1   ↑ +1 :red_circle: worse',
        '*Marketing spend*\nEUR\u00a01,500   ↑ +EUR\u00a01,500',
        '*Cost per lead*\nEUR\u00a0500   n/a',
        '*Win rate*\n50 %   n/a',
        '*Lead quality*\n66.7 %   ↑ +66.7 pp :large_green_circle: better',
      ]),
    );
    expect(String(parent?.body.text)).toContain('3 leads, lead quality 66.7 %, 1 win worth EUR\u00a018,000');

    const images = blocksOf(parent!).filter((block) => block.type === 'image');
    expect(images.map((image) => image.block_id)).toEqual([
      'digest_chart_funnel',
      'digest_chart_channels',
      'digest_chart_trend',
      'digest_chart_lost_reasons',
    ]);
    for (const image of images) {
      expect(image.image_url).toMatch(/^https:\/\/quickchart\.io\/chart\?c=/);
      expect(image.image_url!.length).toBeLessThanOrEqual(3000);
    }
    expect(images[3]?.alt_text).toBe(`Lost deals by reason, ${SCENARIO_PERIOD}: 1 deal; Price too high 1.`);
    expect(images[1]?.alt_text).toContain('Paid search 2 leads, CPL EUR\u00a0750');

    expect(replies.every((reply) => reply.body.thread_ts === parent?.response.body.ts)).toBe(true);
    expect(replies.map((reply) => String(reply.body.text))).toEqual([
      'The figures behind the charts',
      `More figures, ${SCENARIO_PERIOD} (change against the previous period)`,
      'Ideal customer profile: what the data says',
      `Complaint: 1 in ${SCENARIO_PERIOD}`,
      `Wish / product request: 1 in ${SCENARIO_PERIOD}`,
      `Nothing logged in ${SCENARIO_PERIOD}: praise / review and objection / reason for refusing.`,
      `Lost deals in ${SCENARIO_PERIOD}`,
      `Products and reps in ${SCENARIO_PERIOD}`,
    ]);
    expect(replies[3]?.allText()).toContain('“Slow &lt;!channel&gt; sync” — Globex');
    expect(replies[6]?.allText()).toContain(`\`D-2\` Globex — *Price too high* (no value, <@${BOB}>)`);
    expect(replies[0]?.allText()).toMatch(/Paid search\s+2\s+EUR\u00a01,500\s+EUR\u00a0750/);

    const [run] = await t.database.prisma.digestRun.findMany({ where: { teamId: team.id } });
    expect(run).toMatchObject({
      status: 'posted',
      channelId: SALES,
      ts: parent?.response.body.ts,
      attempts: 1,
    });
    expect(JSON.parse(run?.snapshot ?? '{}').flow.wonValueMinor).toEqual({ current: 1_800_000, previous: 0 });
  });

  it('posts each period once: a second /digest post points to the first', async () => {
    await seedScenario(t);
    await postDigest();
    const parents = () =>
      t.fake.callsTo('chat.postMessage').filter((call) => call.body.thread_ts === undefined);
    expect(parents()).toHaveLength(1);
    const again = await postDigest();
    expect(again.allText()).toContain(`The digest for ${SCENARIO_PERIOD} was already posted in <#${SALES}>`);
    expect(parents()).toHaveLength(1);
  });

  it('re-posts at once without the image Slack could not download, keeping the rest', async () => {
    await seedScenario(t);
    t.fake.failNext('chat.postMessage', {
      body: {
        ok: false,
        error: 'invalid_blocks',
        response_metadata: {
          messages: ['[ERROR] downloading image failed [json-pointer:/blocks/8/image_url]'],
        },
      },
    });
    const confirmation = await postDigest();
    const [refused, accepted] = t.fake.callsTo('chat.postMessage');
    expect(blocksOf(refused!)[8]?.type).toBe('image');
    expect(blocksOf(accepted!)[8]).toMatchObject({ type: 'context' });
    expect(accepted?.allText()).toContain('Slack could not download the chart image, so it is left out');
    expect(blocksOf(accepted!).filter((block) => block.type === 'image')).toHaveLength(3);
    expect(confirmation.allText()).toContain('Slack could not download some chart images');
    expect(
      t.fake.callsTo('chat.postMessage').filter((call) => call.body.thread_ts !== undefined),
    ).toHaveLength(8);
  });

  it('waits out a rate limit and still posts the thread in order', async () => {
    await seedScenario(t);
    t.fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '0' } }, 2);
    await postDigest();
    const accepted = t.fake.callsTo('chat.postMessage').filter((call) => call.response.body.ok === true);
    expect(accepted).toHaveLength(9);
    expect(accepted.slice(1).map((call) => String(call.body.text).split(':')[0])).toEqual([
      'The figures behind the charts',
      'More figures, 16–29 Nov 2026 (change against the previous period)',
      'Ideal customer profile',
      'Complaint',
      'Wish / product request',
      'Nothing logged in 16–29 Nov 2026',
      'Lost deals in 16–29 Nov 2026',
      'Products and reps in 16–29 Nov 2026',
    ]);
  });

  it('keeps every message within Block Kit limits with 200 feedback items, cutting lists with "and N more"', async () => {
    const team = await seedScenario(t);
    const { feedback } = scenarioServices(t);
    for (let index = 0; index < 200; index += 1) {
      await atTime(t, '2026-11-26T10:00:00Z', () =>
        feedback.add(team.id, ALICE, {
          kind: (['complaint', 'wish', 'praise', 'objection'] as const)[index % 4],
          text: `Item ${index}: ${'a long remark from the client about the product '.repeat(12)}`,
          client: 'L-2',
        }),
      );
    }
    await postDigest();
    const posts = t.fake.callsTo('chat.postMessage');
    // The parent, chart figures, more figures, ICP data, four feedback kinds, lost deals, products.
    expect(posts).toHaveLength(10);
    expect(posts.every((call) => call.response.body.ok === true)).toBe(true);
    for (const call of posts) expect(blocksOf(call).length).toBeLessThanOrEqual(50);
    // The complaints reply: after the parent, chart figures, more figures and ICP data.
    expect(posts[4]?.allText()).toMatch(/…and \d+ more/);
    expect(posts[4]?.allText()).toContain('Complaint* in 16–29 Nov 2026: 51');
  });
});
