import { ActionIds, MeetingBlocks } from '../../../src/slack/ids';
import type { TeamRecord } from '../../../src/store/repos/teamStore';
import { ALICE, BOB } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import {
  addActionItem,
  clickMeetingButton,
  MEETING_NOW,
  meetingScenario,
  PERIOD_LABEL,
} from '../meetingSupport';

type Block = {
  type: string;
  block_id?: string;
  element?: Record<string, unknown>;
  elements?: Record<string, unknown>[];
};

let t: TestApp;
let team: TeamRecord;
let digest: { ts: string; blocks: unknown[] };

beforeEach(async () => {
  t = await startTestApp({ now: MEETING_NOW });
  ({ team, digest } = await meetingScenario(t));
  t.fake.clearCalls();
});

afterEach(async () => {
  await t.close();
});

describe('Add action item', () => {
  it('suggests a due date a week out and offers the team’s channels', async () => {
    await clickMeetingButton(t, ActionIds.meetingAddActionItem, digest);
    const opened = await t.fake.waitFor('views.open');
    const blocks = opened.json<{ blocks: Block[] }>('view')?.blocks ?? [];
    expect(blocks.find((block) => block.block_id === 'action_item_due')?.element).toMatchObject({
      type: 'datepicker',
      initial_date: '2026-12-07',
    });
    expect(blocks.find((block) => block.block_id === 'action_item_owner')?.element).toMatchObject({
      type: 'users_select',
    });
    expect(JSON.stringify(blocks.find((block) => block.block_id === 'action_item_channel'))).toContain(
      '"value":"seo"',
    );
  });

  it('saves the item, DMs the owner with Done and Snooze, and confirms to the facilitator', async () => {
    const answer = await addActionItem(t, digest, {
      owner: BOB,
      text: 'Send Globex the revised offer',
      due: '2026-12-04',
      related: 'D-1',
      channel: 'paid_search',
    });
    expect(answer.body).toBe('');
    // The facilitator's confirmation is the last step, after the DM is sent and recorded.
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.allText()).toContain(`<@${BOB}> got a DM with Done and Snooze buttons.`);
    const dm = await t.fake.waitFor('chat.postMessage', (call) => call.body.channel === BOB);
    expect(dm.allText()).toContain(`<@${ALICE}> gave you an action item in the meeting of ${PERIOD_LABEL}`);
    expect(dm.allText()).toContain(
      '*Send Globex the revised offer* · due Fri 4 Dec 2026 · `D-1` Globex · channel paid_search',
    );
    const buttons = dm.json<Block[]>('blocks')?.find((block) => block.type === 'actions');
    const [item] = await t.database.prisma.actionItem.findMany();
    expect(buttons?.elements).toEqual([
      expect.objectContaining({ type: 'button', action_id: ActionIds.actionItemDone, value: item?.id }),
      expect.objectContaining({
        type: 'overflow',
        action_id: ActionIds.actionItemSnooze,
        options: [
          expect.objectContaining({
            value: `${item?.id}:1`,
            text: expect.objectContaining({ text: 'Snooze 1 day' }),
          }),
          expect.objectContaining({
            value: `${item?.id}:3`,
            text: expect.objectContaining({ text: 'Snooze 3 days' }),
          }),
          expect.objectContaining({
            value: `${item?.id}:7`,
            text: expect.objectContaining({ text: 'Snooze 1 week' }),
          }),
        ],
      }),
    ]);
    expect(item).toMatchObject({
      ownerId: BOB,
      text: 'Send Globex the revised offer',
      state: 'open',
      channel: 'paid_search',
      createdById: ALICE,
      dmChannelId: BOB,
      dmTs: dm.response.body.ts,
    });
    expect(item?.dueDate.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    const deal = await t.store.deals.getByNumber(team.id, 1);
    expect(item?.dealId).toBe(deal.id);
  });

  it.each([
    [
      'a due date in the past',
      { due: '2026-11-27' },
      'action_item_due',
      '2026-11-27 is in the past; pick today (2026-11-30) or later',
    ],
    [
      'a deal that does not exist',
      { related: 'D-42' },
      'action_item_related',
      'D-42 does not exist in this team',
    ],
    ['an empty task', { text: ' ' }, 'action_item_text', 'Say what is to be done'],
  ])('keeps the form open on %s, naming the field', async (_case, change, blockId, message) => {
    const answer = await addActionItem(t, digest, {
      owner: BOB,
      text: 'Call Acme',
      due: '2026-12-04',
      ...change,
    });
    expect(answer.body).toMatchObject({
      response_action: 'errors',
      errors: { [blockId]: expect.stringContaining(message) },
    });
    expect(await t.database.prisma.actionItem.count()).toBe(0);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('keeps the item and says so when Slack does not deliver the DM', async () => {
    t.fake.failNext('chat.postMessage', { body: { ok: false, error: 'user_not_found' } });
    await addActionItem(t, digest, { owner: BOB, text: 'Call Acme', due: '2026-12-04' });
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.allText()).toContain(`Slack did not deliver the DM to <@${BOB}>`);
    expect(await t.database.prisma.actionItem.count()).toBe(1);
  });
});

describe('Done and Snooze in the owner’s DM', () => {
  async function itemWithDm() {
    await addActionItem(t, digest, { owner: BOB, text: 'Send Globex the revised offer', due: '2026-12-04' });
    await t.fake.waitFor('chat.postEphemeral');
    const dm = await t.fake.waitFor('chat.postMessage', (call) => call.body.channel === BOB);
    const item = await t.database.prisma.actionItem.findFirstOrThrow();
    t.fake.clearCalls();
    return { dm, item };
  }

  it('Done marks the item done and rewrites the DM without buttons', async () => {
    const { dm, item } = await itemWithDm();
    t.clock.set('2026-12-02T08:00:00Z');
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.actionItemDone,
        value: item.id,
        block_id: `${MeetingBlocks.actionItemButtonsPrefix}${item.id}`,
        action_ts: '1',
        text: { type: 'plain_text', text: 'Done' },
      },
      message: dm,
      userId: BOB,
    });
    const update = await t.fake.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: BOB, ts: dm.response.body.ts });
    expect(update.allText()).toContain(`~Send Globex the revised offer~ done by <@${BOB}> on 2 Dec 2026`);
    expect(update.json<Block[]>('blocks')?.some((block) => block.type === 'actions')).toBe(false);
    const stored = await t.database.prisma.actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ state: 'done', doneById: BOB });
    expect(stored.doneAt?.toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('Snooze pauses reminders for the chosen days and shows it in the DM', async () => {
    const { dm, item } = await itemWithDm();
    await t.slack.sendBlockActions({
      actions: {
        type: 'overflow',
        action_id: ActionIds.actionItemSnooze,
        block_id: `${MeetingBlocks.actionItemButtonsPrefix}${item.id}`,
        action_ts: '1',
        selected_option: { text: { type: 'plain_text', text: 'Snooze 3 days' }, value: `${item.id}:3` },
      },
      message: dm,
      userId: BOB,
    });
    const update = await t.fake.waitFor('chat.update');
    expect(update.allText()).toContain(':zzz: snoozed until Thu 3 Dec 2026');
    expect(update.json<Block[]>('blocks')?.some((block) => block.type === 'actions')).toBe(true);
    const stored = await t.database.prisma.actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.snoozedUntil?.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(stored.state).toBe('open');
  });

  it('tells the user when the item is gone', async () => {
    const { dm, item } = await itemWithDm();
    await t.database.prisma.actionItem.delete({ where: { id: item.id } });
    const click = await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.actionItemDone,
        value: item.id,
        block_id: 'b',
        action_ts: '1',
        text: { type: 'plain_text', text: 'Done' },
      },
      message: dm,
      userId: BOB,
    });
    const reply = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(reply.allText()).toContain('This action item no longer exists');
  });
});
