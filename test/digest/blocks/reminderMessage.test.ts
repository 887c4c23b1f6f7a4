import { buildReminderMessage, REMINDER_RECORDS_LISTED } from '../../../src/digest/blocks/reminderMessage';
import type { WeakRecord } from '../../../src/store/repos/digestReminderStore';
import { PERIOD, digestStyle } from '../../support/digestFigures';

const style = digestStyle();
const now = new Date('2026-11-22T08:00:00Z');

function build(records: WeakRecord[]) {
  return buildReminderMessage({
    teamId: 'T-team-1',
    records,
    runAt: new Date('2026-11-23T08:00:00Z'),
    period: PERIOD,
    staleDealDays: 14,
    now,
    style,
  });
}

describe('pre-digest reminder DM', () => {
  it('lists each record with a button that opens it for fixing', () => {
    const message = build([
      {
        kind: 'stale_deal',
        ownerId: 'U1',
        dealNumber: 4,
        company: 'Acme <b>',
        stage: 'OFFER',
        since: new Date('2026-11-01T10:00:00Z'),
      },
      { kind: 'lead_without_source', ownerId: 'U1', leadNumber: 9, company: 'Initech', createdAt: now },
    ]);
    expect(message.text).toBe("Before tomorrow's digest: 2 of your records need a look");
    expect(message.blocks[0]).toMatchObject({
      text: { text: expect.stringContaining("Tomorrow's digest (23 Nov 2026, 09:00) reports 9–22 Nov 2026") },
    });
    expect(message.blocks[1]).toMatchObject({
      text: { text: '`D-4` Acme &lt;b&gt;: in Offer for 21 days without a stage change' },
      // The button names its team: the DM belongs to none, and its reader may be in several.
      accessory: { action_id: 'deal_move', value: JSON.stringify({ text: '4', teamId: 'T-team-1' }) },
    });
    expect(message.blocks[2]).toMatchObject({
      accessory: { action_id: 'lead_edit', value: JSON.stringify({ text: '9', teamId: 'T-team-1' }) },
    });
  });

  it('cuts a long list so the DM stays within Slack’s 50 blocks', () => {
    const records = Array.from({ length: 70 }, (_, index): WeakRecord => ({
      kind: 'deal_without_value',
      ownerId: 'U1',
      dealNumber: index + 1,
      company: `Company ${index}`,
      stage: 'QUALIFIED',
    }));
    const message = build(records);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toContain(`…and ${70 - REMINDER_RECORDS_LISTED} more.`);
  });
});
