import type { types } from '@slack/bolt';
import { calendarDaysBetween } from '../../domain/calendar';
import { STAGE_LABELS, type Stage } from '../../domain/stages';
import type { WeakRecord } from '../../store/digestReminderStore';
import { ActionIds } from '../../slack/ids';
import { button, type KnownBlock, type SlackMessage } from '../../slack/views/message';
import { escapeMrkdwn } from '../../slack/views/text';
import { formatDateTime, formatPeriod, type DigestFormat } from '../format';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { capBlocks, contextText, mrkdwnSection } from './blockKit';

/** Records listed with a fix button; Slack allows 50 blocks and the DM needs a few of its own. */
export const REMINDER_RECORDS_LISTED = 40;

function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as Stage] ?? stage;
}

function recordSection(record: WeakRecord, now: Date, style: DigestFormat): types.SectionBlock {
  switch (record.kind) {
    case 'stale_deal': {
      const days = calendarDaysBetween(record.since, now, style.timeZone);
      return {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `\`D-${record.dealNumber}\` ${escapeMrkdwn(record.company)}: in ${stageLabel(record.stage)} for ${days} days without a stage change`,
        },
        accessory: button('Move…', ActionIds.dealMove, String(record.dealNumber)),
      };
    }
    case 'deal_without_value':
      return {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `\`D-${record.dealNumber}\` ${escapeMrkdwn(record.company)}: open in ${stageLabel(record.stage)} without a value`,
        },
        accessory: button('Set value…', ActionIds.dealMove, String(record.dealNumber)),
      };
    case 'lead_without_source':
      return {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `\`L-${record.leadNumber}\` ${escapeMrkdwn(record.company)}: no source channel`,
        },
        accessory: button('Edit lead…', ActionIds.leadEdit, String(record.leadNumber)),
      };
  }
}

/** The DM a rep gets the day before a digest: their records that would weaken it, each with a fix button. */
export function buildReminderMessage(input: {
  records: WeakRecord[];
  runAt: Date;
  period: ReportingPeriod;
  staleDealDays: number;
  now: Date;
  style: DigestFormat;
}): SlackMessage {
  const { records, style } = input;
  const when = formatDateTime(input.runAt, style.timeZone, style.locale);
  const period = formatPeriod(input.period, style.locale);
  const intro =
    `:clipboard: Tomorrow's digest (${when}) reports ${period}. ` +
    `${records.length === 1 ? 'This record of yours' : `These ${records.length} records of yours`} would weaken it; a minute now makes the meeting's figures right:`;
  const blocks: KnownBlock[] = [
    mrkdwnSection(intro),
    ...records.slice(0, REMINDER_RECORDS_LISTED).map((record) => recordSection(record, input.now, style)),
  ];
  if (records.length > REMINDER_RECORDS_LISTED) {
    blocks.push(mrkdwnSection(`_…and ${records.length - REMINDER_RECORDS_LISTED} more._`));
  }
  blocks.push(
    contextText(
      `Deals count as stale after ${input.staleDealDays} days in one stage. Leads without a source are those created in the period.`,
    ),
  );
  return {
    text: `Before tomorrow's digest: ${records.length} of your records need a look`,
    blocks: capBlocks(blocks),
  };
}
