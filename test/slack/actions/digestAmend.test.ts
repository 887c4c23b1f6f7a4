import { ActionIds } from '../../../src/slack/ids';
import { SCENARIO_NOW, atTime, scenarioServices, seedScenario } from '../../support/digestScenario';
import { ALICE, BOB, SALES, buttonAction } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  // Posting the digest and setting its schedule are for admins and facilitators (docs/SECURITY.md).
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

async function command(text: string) {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  expect(sent.status).toBe(200);
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

describe('late data after a digest was posted', () => {
  it('shows drift in /digest status and posts amended figures in the thread, marking the parent amended', async () => {
    const team = await seedScenario(t);
    await command('post');
    const parent = t.fake.callsTo('chat.postMessage').find((call) => call.body.thread_ts === undefined);

    const quiet = await command('status');
    expect(quiet.allText()).toContain('No late data: the posted figures still hold.');

    // On Tuesday a rep qualifies a lead of the period and marketing records spend it forgot. Lead
    // quality counts leads qualified by the period's end (docs/METRICS.md), so only the spend moves figures.
    t.clock.set('2026-12-01T09:00:00Z');
    const services = scenarioServices(t);
    await services.qualification.qualify(team.id, BOB, 4);
    await services.spend.add(team, ALICE, {
      channel: 'events',
      amount: '300',
      period: '2026-11-20..2026-11-21',
    });

    const status = await command('status');
    expect(status.allText()).toContain(
      'Late data* for 16–29 Nov 2026: 2 late entries change marketing spend by +20 %, cost per lead by +20 %, ' +
        'customer acquisition cost by +20 %.',
    );
    const blocks = status.json<{ accessory?: { action_id: string; value: string } }[]>('blocks') ?? [];
    const amend = blocks.find((block) => block.accessory?.action_id === ActionIds.digestAmend)?.accessory;
    const [run] = await t.database.prisma.digestRun.findMany();
    expect(amend?.value).toBe(run?.id);

    const click = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.digestAmend, { value: amend?.value ?? '' }),
      userId: ALICE,
      channelId: SALES,
    });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(answer.allText()).toContain("Posted amended figures for 16–29 Nov 2026 in the digest's thread");

    const reply = t.fake.callsTo('chat.postMessage').at(-1);
    expect(reply?.body.thread_ts).toBe(parent?.response.body.ts);
    expect(reply?.allText()).toContain('*Amended figures for 16–29 Nov 2026*');
    expect(reply?.allText()).toContain('• *Marketing spend*: EUR\u00a01,500 → EUR\u00a01,800');
    expect(reply?.allText()).toContain('• *Cost per lead*: EUR\u00a0500 → EUR\u00a0600');
    // Only the figures that changed: no full set of KPIs after them.
    expect(reply?.allText()).not.toContain('Leads created');
    expect(reply?.allText()).not.toContain('Win rate');

    const update = await t.fake.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: SALES, ts: parent?.response.body.ts });
    const updated = update.json<{ block_id?: string; type: string }[]>('blocks') ?? [];
    expect(updated[1]).toMatchObject({ block_id: 'digest_amended' });
    expect(update.allText()).toContain('*Amended* 1 Dec 2026, 10:00');
    expect(updated.filter((block) => block.type === 'image')).toHaveLength(4);

    const amended = await t.database.prisma.digestRun.findFirst();
    expect(amended?.amendedAt?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(JSON.parse(amended?.snapshot ?? '{}').flow.spendMinor.current).toBe(180_000);

    const after = await command('status');
    expect(after.allText()).toContain('No late data: the posted figures still hold.');
    expect(after.allText()).toContain('amended 1 Dec 2026, 10:00');
  });

  it('answers a click on a stale button without posting anything', async () => {
    await seedScenario(t);
    await command('post');
    const [run] = await t.database.prisma.digestRun.findMany();
    const click = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.digestAmend, { value: run?.id ?? '' }),
      userId: ALICE,
      channelId: SALES,
    });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(answer.allText()).toContain('have not changed since they were posted; nothing to amend');
    expect(t.fake.callsTo('chat.update')).toHaveLength(0);
    await atTime(t, SCENARIO_NOW, async () => {
      const missing = await t.slack.sendBlockActions({
        actions: buttonAction(ActionIds.digestAmend, { value: 'no-such-run' }),
        userId: ALICE,
        channelId: SALES,
      });
      const reply = await t.fake.waitFor('response_url', (call) => call.url === missing.sent.response_url);
      expect(reply.allText()).toContain('That digest is not posted (or no longer exists)');
    });
  });
});
