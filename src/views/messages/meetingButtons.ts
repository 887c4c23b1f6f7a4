import type { types } from '@slack/bolt';
import { type MeetingPeriod, meetingPeriodValue } from '../../domain/meeting';
import type { Translator } from '../../i18n/translator';
import { ActionIds, MeetingBlocks } from '../../slack/ids';
import { button } from '../../blockKit/message';

/**
 * The digest's meeting controls: "Add note", "Add action item", "Mark meeting held". Each carries
 * the digest's period, which names the meeting, so they work before the meeting has a row.
 */
export function buildMeetingButtons(period: MeetingPeriod, t: Translator): types.ActionsBlock {
  const value = meetingPeriodValue(period);
  return {
    type: 'actions',
    block_id: MeetingBlocks.buttons,
    elements: [
      button(`:memo: ${t.t('meeting.button.addNote')}`, ActionIds.meetingAddNote, value),
      button(
        `:ballot_box_with_check: ${t.t('meeting.button.addActionItem')}`,
        ActionIds.meetingAddActionItem,
        value,
      ),
      button(
        `:white_check_mark: ${t.t('meeting.button.markHeld')}`,
        ActionIds.meetingMarkHeld,
        value,
        'primary',
      ),
    ],
  };
}
