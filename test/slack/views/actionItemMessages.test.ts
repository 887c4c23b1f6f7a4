import {
  actionItemBlocks,
  actionItemLine,
  buildActionItemReminderMessage,
  replaceActionItemBlocks,
} from '../../../src/views/messages/actionItemMessages';
import { createTranslator } from '../../../src/i18n/translator';
import { section } from '../../../src/blockKit/message';
import { actionItemFixture } from '../../support/meetingFixtures';

const style = {
  t: createTranslator('en'),
  today: new Date('2026-12-03T00:00:00Z'),
  timeZone: 'Europe/Warsaw',
};

describe('actionItemLine', () => {
  it('shows the due date, how long overdue, the snooze, owner and related records, escaped', () => {
    const item = actionItemFixture({
      text: 'Call <!channel> & Acme',
      snoozedUntil: new Date('2026-12-05T00:00:00Z'),
      deal: { number: 3, lead: { company: 'A<b>' } },
      channel: 'seo',
    });
    expect(actionItemLine(item, { ...style, showOwner: true })).toBe(
      '*Call &lt;!channel&gt; &amp; Acme* · due Tue 1 Dec 2026 · :warning: 2 days overdue · :zzz: snoozed until Sat 5 Dec 2026 · <@U0000BOB> · `D-3` A&lt;b&gt; · channel seo',
    );
  });

  it('strikes a done item through and says who did it and when, in the team’s zone', () => {
    const item = actionItemFixture({
      state: 'done',
      doneById: 'U0000BOB',
      doneAt: new Date('2026-12-02T23:30:00Z'),
    });
    expect(actionItemLine(item, style)).toBe(
      ':white_check_mark: ~Send Globex the revised offer~ done by <@U0000BOB> on 3 Dec 2026',
    );
  });
});

describe('replaceActionItemBlocks', () => {
  it('replaces one item’s line and buttons in place, keeping the others', () => {
    const first = actionItemFixture({ id: 'a', text: 'First' });
    const second = actionItemFixture({ id: 'b', text: 'Second' });
    const blocks = [
      section('Heading'),
      ...actionItemBlocks(first, style),
      ...actionItemBlocks(second, style),
    ];
    const replaced = replaceActionItemBlocks(
      blocks,
      { ...first, state: 'done', doneById: 'U0000BOB', doneAt: new Date() },
      style,
    );
    expect(replaced.map((block) => block.block_id ?? block.type)).toEqual([
      'section',
      'action_item:a',
      'action_item:b',
      'action_item_buttons:b',
    ]);
    expect(JSON.stringify(replaced[1])).toContain('~First~ done');
  });

  it('leaves a message without the item unchanged', () => {
    const blocks = [section('Heading')];
    expect(replaceActionItemBlocks(blocks, actionItemFixture(), style)).toBe(blocks);
  });
});

describe('buildActionItemReminderMessage', () => {
  it('lists at most 20 items within Slack’s 50 blocks and counts the rest', () => {
    const items = Array.from({ length: 26 }, (_, index) =>
      actionItemFixture({ id: `i${index}`, text: 'x'.repeat(1000) }),
    );
    const message = buildActionItemReminderMessage(items, style);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.text).toBe('Reminder: 26 overdue action items');
    expect(JSON.stringify(message.blocks.at(-1))).toContain(
      '…and 6 more: `/meeting actions mine` lists them all.',
    );
    for (const block of message.blocks) {
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
  });
});
