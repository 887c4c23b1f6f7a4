import { parse } from 'csv-parse/sync';
import type { RecordedCall } from '../support/fakeSlackApi';
import {
  atTime,
  SCENARIO_NOW,
  scenarioServices,
  scheduleScenarioDigest,
  seedScenario,
} from '../support/digestScenario';
import { ALICE, appHomeOpenedEvent, BOB, SALES } from '../support/fixtures';
import { leftoverPlaceholders } from '../support/languageChecks';
import { startTestApp, type TestApp } from '../support/testApp';
import { addActionItem } from './meetingSupport';
import { englishIn } from './views/replyProse';

/**
 * A Polish and a Russian team whose people keep Slack's en-US, as Slack offers neither language:
 * everything Tandem shows them, through the real app, is in the team's language with no English
 * word outside names and codes. The team was created in English and switched, so its built-in
 * channel and lost-reason lists still hold their English names and must be shown translated.
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

type Block = { type: string; image_url?: string; alt_text?: string };

/** The Chart.js config a chart image's URL carries (QuickChart's `c`), as text to scan. */
function chartConfigs(blocks: Block[]): string[] {
  return blocks
    .filter((block) => block.type === 'image' && block.image_url)
    .map((block) => new URL(block.image_url ?? '').searchParams.get('c') ?? '');
}

function rendered(call: RecordedCall | undefined) {
  if (!call) return undefined;
  const blocks = call.json<Block[]>('blocks') ?? [];
  const view = call.json<{ blocks: Block[] }>('view');
  return {
    text: call.body.text,
    blocks,
    view,
    comment: call.body.initial_comment,
    charts: chartConfigs([...blocks, ...(view?.blocks ?? [])]),
  };
}

/** What a person typed or a code (`paid_search`, `(seo)`) is not text Tandem wrote. */
function withoutCodes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/ \([a-z_]+\)"/g, '"'));
}

/** What a command shows its caller: a reply at its response_url, or `method` (a form, an upload). */
async function reply(command: string, text: string, method?: string): Promise<RecordedCall | undefined> {
  t.fake.clearCalls();
  const sent = await t.slack.sendCommand({ command, text, userId: ALICE, channelId: SALES });
  if (method) return t.fake.waitFor(method);
  if (sent.body !== '') return { body: sent.body, json: () => undefined } as unknown as RecordedCall;
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

describe.each(['pl', 'ru'] as const)('a %s team whose people use Slack in en-US', (language) => {
  it('sees no English outside names and codes anywhere Tandem writes', async () => {
    const team = await seedScenario(t);
    // Alice is a workspace admin, so `/tandem settings` opens the whole form for her.
    t.fake.setUser(ALICE, { is_admin: true });
    await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: language } });
    await scheduleScenarioDigest(t, team);
    // A lead of Bob's without a source channel: the day before the digest he is asked to fix it.
    await atTime(t, '2026-11-21T10:00:00Z', () =>
      scenarioServices(t).leads.add(team.id, BOB, { company: 'Umbrella', ownerId: BOB }),
    );
    const seen: Record<string, unknown> = {};

    // The pre-digest DM, then the digest with its thread and charts.
    await t.app.scheduler.runDueJobs(new Date('2026-11-29T08:30:00Z'));
    seen.preDigestDm = rendered(
      await t.fake.waitFor('chat.postMessage', (call) => call.body.channel === BOB),
    );
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));
    const posts = t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === SALES);
    const parent = posts.find((call) => call.body.thread_ts === undefined);
    seen.digest = posts.map(rendered);
    expect(chartConfigsOf(seen.digest).length).toBeGreaterThan(0);
    expect(JSON.stringify(seen.digest)).not.toContain('Paid search');
    expect(JSON.stringify(seen.digest)).toContain(
      language === 'pl' ? 'Reklama w wyszukiwarce' : 'Контекстная реклама',
    );

    // The action-item DM to its owner.
    await addActionItem(
      t,
      { ts: String(parent?.response.body.ts), blocks: parent?.json<unknown[]>('blocks') ?? [] },
      { owner: BOB, text: 'Oferta dla Globex', due: '2026-12-10' },
    );
    seen.actionItemDm = rendered(
      await t.fake.waitFor('chat.postMessage', (call) => call.body.channel === BOB),
    );

    // Replies, forms and the App Home.
    for (const [command, text] of [
      ['/lead', 'help'],
      ['/lead', 'list'],
      ['/lead', 'show L-2'],
      ['/deal', 'help'],
      ['/deal', 'list'],
      ['/deal', 'show D-1'],
      ['/spend', 'help'],
      ['/spend', 'channels'],
      ['/feedback', 'help'],
      ['/feedback', 'list'],
      ['/digest', 'help'],
      ['/tandem', 'help'],
    ] as const)
      seen[`${command} ${text}`] = rendered(await reply(command, text));
    for (const [command, text] of [
      ['/lead', ''],
      ['/deal', 'L-4'],
      ['/spend', ''],
      ['/feedback', ''],
      ['/tandem', 'settings'],
    ] as const)
      seen[`${command} ${text} form`] = rendered(await reply(command, text, 'views.open'));
    t.fake.clearCalls();
    await t.slack.sendEvent(appHomeOpenedEvent(BOB));
    seen.home = rendered(await t.fake.waitFor('views.publish', (call) => call.body.user_id === BOB));
    seen.export = rendered(await reply('/digest', 'export', 'files.completeUploadExternal'));
    // The files themselves: titles, headers and every cell Tandem wrote (stages, statuses, KPIs).
    seen.exportFiles = t.fake.files.map((file) => ({
      title: file.title,
      cells: parse(file.bytes?.toString('utf8') ?? '', { bom: true }) as string[][],
    }));
    expect(JSON.stringify(seen.exportFiles)).toContain(
      language === 'pl' ? 'Kanał pozyskania' : 'Канал привлечения',
    );

    const english = Object.entries(seen).flatMap(([where, what]) =>
      englishIn(withoutCodes(what), language).map((piece) => `${where}: ${piece}`),
    );
    expect(english).toEqual([]);
    expect(leftoverPlaceholders(seen)).toEqual([]);
    // About thirty requests through the real app: a loaded CI machine needs longer than jest's 30 s.
  }, 120_000);
});

function chartConfigsOf(digest: unknown): string[] {
  return (digest as { charts: string[] }[]).flatMap((post) => post.charts);
}
