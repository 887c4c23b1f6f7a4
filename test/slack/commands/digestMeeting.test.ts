import { meetingPeriodValue } from '../../../src/domain/meeting';
import { ActionIds, MeetingBlocks } from '../../../src/slack/ids';
import type { RecordedCall } from '../../support/fakeSlackApi';
import { SCENARIO_NOW, SCENARIO_PERIOD, seedScenario } from '../../support/digestScenario';
import { ALICE, BOB, buttonAction, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

type Block = { type: string; block_id?: string; elements?: { action_id: string; value: string }[] };

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  // Posting the digest and setting its schedule are for admins and facilitators (docs/SECURITY.md).
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

/** Posts the digest of `period` (or the last full one) and returns its parent message as Slack got it. */
async function postDigest(period = ''): Promise<RecordedCall> {
  t.fake.clearCalls();
  const sent = await t.slack.sendCommand({
    command: '/digest',
    text: `post ${period}`.trim(),
    userId: ALICE,
    channelId: SALES,
  });
  await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  const parent = t.fake
    .callsTo('chat.postMessage')
    .find((call) => call.body.thread_ts === undefined && call.response.body.ok === true);
  if (!parent) throw new Error('no digest was posted');
  return parent;
}

function meetingButtons(parent: RecordedCall) {
  return parent.json<Block[]>('blocks')?.find((block) => block.block_id === MeetingBlocks.buttons);
}

async function click(parent: RecordedCall, actionId: string, userId = ALICE) {
  const value =
    meetingButtons(parent)?.elements?.find((element) => element.action_id === actionId)?.value ?? '';
  await t.slack.sendBlockActions({
    actions: buttonAction(actionId, { value, blockId: MeetingBlocks.buttons }),
    message: parent,
    userId,
  });
}

describe('the digest and its meeting', () => {
  it('carries the meeting buttons for its period', async () => {
    await seedScenario(t);
    const parent = await postDigest();
    const buttons = meetingButtons(parent);
    expect(buttons?.elements?.map((element) => element.action_id)).toEqual([
      ActionIds.meetingAddNote,
      ActionIds.meetingAddActionItem,
      ActionIds.meetingMarkHeld,
    ]);
    const run = (await t.store.digestRuns.recent((await t.store.teams.ensure('T0000TEAMA')).id, 1))[0];
    expect(buttons?.elements?.[0]?.value).toBe(
      meetingPeriodValue({ start: run!.periodStart, end: run!.periodEnd }),
    );
    expect(parent.allText()).not.toContain('Since the last meeting');
  });

  it('lists the last meeting’s decisions and its open and done action items in the next digest', async () => {
    await seedScenario(t);
    t.clock.set('2026-11-16T08:30:00Z');
    const previous = await postDigest('2026-11-02..2026-11-15');

    t.clock.set('2026-11-16T10:00:00Z');
    await click(previous, ActionIds.meetingAddNote);
    await t.slack.submitView(await t.fake.waitFor('views.open'), {
      meeting_note_kind: { value: { selected: 'decision' } },
      meeting_note_text: { value: 'Double the SEO budget' },
      meeting_note_kpi: { value: { selected: 'cost_per_lead' } },
    });
    await t.fake.waitFor('chat.postEphemeral');
    for (const [owner, text, due] of [
      [BOB, 'Call every paid-search lead within a day', '2026-11-20'],
      [ALICE, 'Brief the SEO agency', '2026-11-18'],
    ] as const) {
      t.fake.clearCalls();
      await click(previous, ActionIds.meetingAddActionItem);
      await t.slack.submitView(await t.fake.waitFor('views.open'), {
        action_item_owner: { value: { user: owner } },
        action_item_text: { value: text },
        action_item_due: { value: { date: due } },
      });
      await t.fake.waitFor('chat.postEphemeral');
    }
    const aliceDm = t.fake.callsTo('chat.postMessage').find((call) => call.body.channel === ALICE);
    const done = await t.database.prisma.actionItem.findFirstOrThrow({ where: { ownerId: ALICE } });
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.actionItemDone, { value: done.id }),
      message: aliceDm!,
      userId: ALICE,
    });
    await t.fake.waitFor('chat.update');
    await click(previous, ActionIds.meetingMarkHeld);
    await t.fake.waitFor('chat.postMessage', (call) => call.body.thread_ts === previous.response.body.ts);

    t.clock.set(SCENARIO_NOW);
    const parent = await postDigest();
    expect(parent.allText()).toContain(`Sales & marketing digest · ${SCENARIO_PERIOD}`);
    const text = parent.allText();
    expect(text).toContain(
      `*Since the last meeting* (2–15 Nov 2026, held 16 Nov 2026 (marked by <@${ALICE}>))`,
    );
    expect(text).toContain(`*Decisions* (1)\n• Double the SEO budget — <@${ALICE}> · KPI: Cost per lead`);
    expect(text).toContain('*Action items*: 1 open, 1 done');
    expect(text).toContain(
      `• *Call every paid-search lead within a day* · due Fri 20 Nov 2026 · :warning: 10 days overdue · <@${BOB}>`,
    );
    expect(text).toContain(
      `• :white_check_mark: ~Brief the SEO agency~ done by <@${ALICE}> on 16 Nov 2026 · <@${ALICE}>`,
    );
    expect(text.indexOf('Since the last meeting')).toBeLessThan(text.indexOf('*Agenda*'));
    expect(parent.json<Block[]>('blocks')?.length).toBeLessThanOrEqual(50);
  });
});
