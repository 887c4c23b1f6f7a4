import { buildLastMeetingSection } from '../../../src/digest/blocks/lastMeetingBlocks';
import { digestStyle } from '../../support/digestFigures';
import { actionItemFixture, meetingDetailsFixture, noteFixture } from '../../support/meetingFixtures';

/** The digest of 30 Nov – 13 Dec 2026 in Warsaw, posted on 14 Dec. */
const digest = {
  period: {
    start: new Date('2026-11-29T23:00:00Z'),
    end: new Date('2026-12-13T23:00:00Z'),
    timeZone: 'Europe/Warsaw',
  },
  style: digestStyle(),
};

const texts = (blocks: ReturnType<typeof buildLastMeetingSection>) =>
  blocks.map((block) => (block.type === 'section' ? (block.text?.text ?? '') : '')).join('\n');

describe('buildLastMeetingSection', () => {
  it('recalls the last meeting’s decisions and its action items, open (overdue at the digest) and done', () => {
    const last = meetingDetailsFixture({
      decisions: [noteFixture({ text: 'Stop <!channel> display ads', kpi: 'cost_per_lead' })],
      actionItems: [
        actionItemFixture({
          id: 'a',
          text: 'Pause the display campaign',
          dueDate: new Date('2026-12-10T00:00:00Z'),
        }),
        actionItemFixture({
          id: 'b',
          text: 'Write the SEO brief',
          ownerId: 'U0000ALICE',
          state: 'done',
          doneById: 'U0000ALICE',
          doneAt: new Date('2026-12-04T10:00:00Z'),
        }),
      ],
    });
    const text = texts(buildLastMeetingSection(last, digest));
    expect(text).toContain(
      '*Since the last meeting* (16–29 Nov 2026, held 30 Nov 2026 (marked by <@U0000ALICE>))',
    );
    expect(text).toContain(
      '*Decisions* (1)\n• Stop &lt;!channel&gt; display ads — <@U0000ALICE> · KPI: Cost per lead',
    );
    expect(text).toContain('*Action items*: 1 open, 1 done');
    expect(text).toContain(
      '• *Pause the display campaign* · due Thu 10 Dec 2026 · :warning: 4 days overdue · <@U0000BOB>',
    );
    expect(text).toContain(
      '• :white_check_mark: ~Write the SEO brief~ done by <@U0000ALICE> on 4 Dec 2026 · <@U0000ALICE>',
    );
  });

  it('says when nothing was decided and counts what is not listed, within Block Kit limits', () => {
    const items = Array.from({ length: 25 }, (_, index) =>
      actionItemFixture({ id: `i${index}`, text: `${index} ${'x'.repeat(390)}` }),
    );
    const last = meetingDetailsFixture({
      decisions: [],
      actionItems: items,
      totals: { decisions: 0, notes: 0, openItems: 60, doneItems: 2 },
    });
    const blocks = buildLastMeetingSection(last, digest);
    const text = texts(blocks);
    expect(text).toContain('*Decisions* (0)\n_No decisions recorded._');
    expect(text).toContain('*Action items*: 60 open, 2 done');
    expect(text).toMatch(/_…and \d+ more_/);
    expect(blocks.length).toBeLessThanOrEqual(3);
    for (const block of blocks)
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  });

  it('says a meeting not marked held was not', () => {
    const last = meetingDetailsFixture();
    last.meeting.heldAt = null;
    expect(texts(buildLastMeetingSection(last, digest))).toContain('(16–29 Nov 2026, not marked held)');
  });
});
