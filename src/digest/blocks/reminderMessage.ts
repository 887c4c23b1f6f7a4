import type { types } from '@slack/bolt';
import { calendarDaysBetween } from '../../domain/calendar';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { type Stage, STAGES } from '../../domain/stages';
import { stageLabel } from '../../i18n/stageLabel';
import type { Translator } from '../../i18n/translator';
import type { WeakRecord } from '../../store/repos/digestReminderStore';
import { ActionIds } from '../../slack/ids';
import { encodeRunValue } from '../../views/messages/runButton';
import { button, type KnownBlock, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';
import { formatDateTime, formatPeriod, type DigestFormat } from '../format';
import { capBlocks, contextText, mrkdwnSection } from '../../blockKit/blockKit';

/** Records listed with a fix button; Slack allows 50 blocks and the DM needs a few of its own. */
export const REMINDER_RECORDS_LISTED = 40;

function stageName(stage: string, t: Translator): string {
  return (STAGES as readonly string[]).includes(stage) ? stageLabel(t, stage as Stage) : stage;
}

function recordSection(
  record: WeakRecord,
  now: Date,
  style: DigestFormat,
  teamId: string,
): types.SectionBlock {
  // The DM belongs to no team: each button names the record's own (a user may be in several teams).
  const valueOf = (number: number) => encodeRunValue({ text: String(number), teamId });
  const { t } = style;
  const section = (text: string, accessory: types.Button): types.SectionBlock => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
    accessory,
  });
  switch (record.kind) {
    case 'stale_deal': {
      const days = calendarDaysBetween(record.since, now, style.timeZone);
      return section(
        `\`D-${record.dealNumber}\` ${escapeMrkdwn(record.company)}: ${t.t('digest.reminder.stale', { stage: stageName(record.stage, t), count: days })}`,
        button(t.t('digest.reminder.move'), ActionIds.dealMove, valueOf(record.dealNumber)),
      );
    }
    case 'deal_without_value':
      return section(
        `\`D-${record.dealNumber}\` ${escapeMrkdwn(record.company)}: ${t.t('digest.reminder.noValue', { stage: stageName(record.stage, t) })}`,
        button(t.t('digest.reminder.setValue'), ActionIds.dealMove, valueOf(record.dealNumber)),
      );
    case 'lead_without_source':
      return section(
        `\`L-${record.leadNumber}\` ${escapeMrkdwn(record.company)}: ${t.t('digest.reminder.noSource')}`,
        button(t.t('digest.reminder.editLead'), ActionIds.leadEdit, valueOf(record.leadNumber)),
      );
  }
}

/** The DM a rep gets the day before a digest: their records that would weaken it, each with a fix button. */
export function buildReminderMessage(input: {
  /** The Tandem team the records belong to; its buttons carry it. */
  teamId: string;
  records: WeakRecord[];
  runAt: Date;
  period: ReportingPeriod;
  staleDealDays: number;
  now: Date;
  style: DigestFormat;
}): SlackMessage {
  const { records, style } = input;
  const { t } = style;
  const intro = t.t('digest.reminder.intro', {
    count: records.length,
    when: formatDateTime(input.runAt, style.timeZone, t),
    period: formatPeriod(input.period, t),
  });
  const blocks: KnownBlock[] = [
    mrkdwnSection(`:clipboard: ${intro}`),
    ...records
      .slice(0, REMINDER_RECORDS_LISTED)
      .map((record) => recordSection(record, input.now, style, input.teamId)),
  ];
  if (records.length > REMINDER_RECORDS_LISTED) {
    blocks.push(
      mrkdwnSection(t.t('digest.reminder.more', { count: records.length - REMINDER_RECORDS_LISTED })),
    );
  }
  blocks.push(contextText(t.t('digest.reminder.footer', { count: input.staleDealDays })));
  return {
    text: t.t('digest.reminder.text', { count: records.length }),
    blocks: capBlocks(blocks, t),
  };
}
